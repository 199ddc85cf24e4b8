import { ProgressBar, Field, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Completeness, CompletenessPart } from '../../core/checks';
import { useI18n } from '../i18nContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The share of indicators and activities without an error, per area and overall, with the counts behind it. */
export function CompletenessScore({
  completeness,
  areaNames,
}: {
  completeness: Completeness;
  areaNames: Record<string, string>;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const row = (key: string, label: string, part: CompletenessPart) => (
    <Field
      key={key}
      label={`${label}: ${part.share === null ? '–' : `${Math.round(part.share * 100)} %`}`}
      hint={t('ui.check.scoreCounts', {
        indicatorsOk: part.indicators.withoutError,
        indicators: part.indicators.total,
        activitiesOk: part.activities.withoutError,
        activities: part.activities.total,
      })}
      validationState="none"
    >
      <ProgressBar value={part.share ?? 0} max={1} thickness="large" color={part.share === 1 ? 'success' : 'brand'} />
    </Field>
  );
  return (
    <section className={styles.root} aria-label={t('ui.check.score')}>
      <Text as="h3" block size={400} weight="semibold">
        {t('ui.check.score')}
      </Text>
      {row('overall', t('ui.check.scoreOverall'), completeness.overall)}
      {completeness.areas.map((area) => row(area.area, `${area.area} ${areaNames[area.area] ?? ''}`, area))}
    </section>
  );
}
