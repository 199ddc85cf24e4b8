import type { Translator } from '../../core/i18n/translate';
import type { CellValue } from '../../core/model/cell';
import type { Plan } from '../../core/model/plan';
import type { CellWrite } from '../gateway';
import { LISTS } from '../layouts/lists';
import { SETTING_ROWS, settingCellValue, statusSettingRows } from './settingsCodec';
import type { MePlanFormulas } from './mePlanFormulas';
import { reportingSettingRows } from './reportingSettingsCodec';

const label = <T extends string>(t: Translator, family: string, value: T | null): CellValue =>
  value === null ? '' : t(`enum.${family}.${value}` as Parameters<Translator>[0]);

const blankIfNull = (value: CellValue): CellValue => (value === null ? '' : value);

/** Body rows for each plan table, in the tables' declared column order. */
export function planTableRows(plan: Plan, t: Translator, mePlan: MePlanFormulas): Record<string, CellWrite[][]> {
  const indicatorByCode = new Map(plan.indicators.map((indicator) => [indicator.code, indicator]));
  const longestList = Math.max(...LISTS.map((list) => list.items.length));
  return {
    NapSettings: [
      ...SETTING_ROWS.map(({ key, label: settingLabel }): CellWrite[] => [
        key,
        t(settingLabel),
        settingCellValue(plan.settings, key, t),
      ]),
      ...statusSettingRows(t),
      ...reportingSettingRows(plan.settings, t),
    ],
    NapAreas: plan.areas.map((area) => [area.code, area.name]),
    NapAgencies: plan.agencies.map((agency) => [agency.code, agency.name, agency.contactPerson, agency.email]),
    NapObjectives: plan.objectives.map((objective) => [objective.code, objective.area, objective.text]),
    NapIndicators: plan.indicators.map((i) => [
      i.code,
      i.objective,
      label(t, 'level', i.level),
      i.text,
      label(t, 'type', i.type),
      label(t, 'direction', i.direction),
      label(t, 'aggregation', i.aggregation),
      i.unit,
      blankIfNull(i.baseline),
      blankIfNull(i.baselineDate),
      blankIfNull(i.midTarget),
      blankIfNull(i.midDate),
      blankIfNull(i.endTarget),
      blankIfNull(i.endDate),
      i.disaggregation,
    ]),
    NapKeyMeasures: plan.keyMeasures.map((measure) => [measure.code, measure.objective, measure.text]),
    NapActivities: plan.activities.map((a) => [
      a.code,
      a.keyMeasure,
      a.text,
      a.responsible,
      blankIfNull(a.start),
      blankIfNull(a.completion),
      a.resultIndicator,
      blankIfNull(a.financialEstimate),
      a.fundingSource,
    ]),
    NapMeHeader: [
      [t('meHeader.purpose'), plan.mePlanHeader.purpose],
      [t('meHeader.context'), plan.mePlanHeader.context],
      [t('meHeader.reporting'), plan.mePlanHeader.reporting],
      [t('meHeader.review'), plan.mePlanHeader.review],
    ],
    // At least one row, so the derived columns' formulas are there for the rows users add.
    NapMePlan: (plan.mePlan.length > 0 ? plan.mePlan : [null]).map((row, index) => {
      const derived = mePlan.row(index, row ? indicatorByCode.get(row.indicator) : undefined, plan);
      return [
        derived.area,
        derived.outcome,
        row?.output ?? '',
        row?.indicator ?? '',
        derived.indicatorText,
        derived.baseline,
        derived.midTarget,
        derived.endTarget,
        row?.meansOfVerification ?? '',
        row ? label(t, 'frequency', row.frequency) : '',
        row?.responsible ?? '',
      ];
    }),
    NapLists: Array.from({ length: longestList }, (_, index) =>
      LISTS.map((list) => (list.items[index] ? t(list.items[index].label) : '')),
    ),
  };
}
