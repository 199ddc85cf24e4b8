import { Field, Input, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  // A date input asks for its natural width; in a narrow pane or at 200 % zoom it must shrink with its column.
  field: { minWidth: 0 },
  input: { width: '100%', minWidth: 0, '& input': { minWidth: 0 } },
});

/** A date picked or typed as YYYY-MM-DD, as wide as its column and no wider. */
export function DateField({
  label,
  value,
  onChange,
  error,
  hint,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
}) {
  const styles = useStyles();
  return (
    <Field className={styles.field} label={label} validationMessage={error} hint={hint}>
      <Input className={styles.input} type="date" value={value} onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
}
