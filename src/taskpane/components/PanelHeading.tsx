import { Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  intro: { color: tokens.colorNeutralForeground2 },
});

/** A panel's title and the sentence that says what its action does. */
export function PanelHeading({ heading, intro }: { heading: string; intro: string }) {
  const styles = useStyles();
  return (
    <>
      <Text as="h2" block size={500} weight="semibold">
        {heading}
      </Text>
      <Text block className={styles.intro}>
        {intro}
      </Text>
    </>
  );
}
