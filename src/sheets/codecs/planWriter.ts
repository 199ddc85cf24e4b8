import type { Translator } from '../../core/i18n/translate';
import type { CellValue } from '../../core/model/cell';
import type { Plan } from '../../core/model/plan';
import type { CellWrite } from '../gateway';
import { rowOf } from './rowOf';
import {
  ACTIVITIES_TABLE,
  AGENCIES_TABLE,
  AREAS_TABLE,
  INDICATORS_TABLE,
  KEY_MEASURES_TABLE,
  LISTS_TABLE,
  ME_HEADER_TABLE,
  ME_PLAN_TABLE,
  OBJECTIVES_TABLE,
  SETTINGS_TABLE,
} from '../layouts/tables';
import { LISTS } from '../layouts/lists';
import { SETTING_ROWS, settingCellValue, statusSettingRows } from './settingsCodec';
import type { MePlanFormulas } from './mePlanFormulas';
import { reportingSettingRows } from './reportingSettingsCodec';

const label = <T extends string>(t: Translator, family: string, value: T | null): CellValue =>
  value === null ? '' : t(`enum.${family}.${value}` as Parameters<Translator>[0]);

const blankIfNull = (value: CellValue): CellValue => (value === null ? '' : value);

/** Body rows for each plan table, written by column key. */
export function planTableRows(plan: Plan, t: Translator, mePlan: MePlanFormulas): Record<string, CellWrite[][]> {
  const indicatorByCode = new Map(plan.indicators.map((indicator) => [indicator.code, indicator]));
  const longestList = Math.max(...LISTS.map((list) => list.items.length));
  const settingRow = (key: string, settingLabel: string, value: CellValue) =>
    rowOf(SETTINGS_TABLE, { key, label: settingLabel, value });
  return {
    [SETTINGS_TABLE.name]: [
      ...SETTING_ROWS.map(({ key, label: settingLabel }) =>
        settingRow(key, t(settingLabel), settingCellValue(plan.settings, key, t)),
      ),
      ...statusSettingRows(t),
      ...reportingSettingRows(plan.settings, t),
    ],
    [AREAS_TABLE.name]: plan.areas.map((area) => rowOf(AREAS_TABLE, { code: area.code, name: area.name })),
    [AGENCIES_TABLE.name]: plan.agencies.map((agency) =>
      rowOf(AGENCIES_TABLE, {
        code: agency.code,
        name: agency.name,
        contactPerson: agency.contactPerson,
        email: agency.email,
      }),
    ),
    [OBJECTIVES_TABLE.name]: plan.objectives.map((objective) =>
      rowOf(OBJECTIVES_TABLE, { code: objective.code, area: objective.area, text: objective.text }),
    ),
    [INDICATORS_TABLE.name]: plan.indicators.map((i) =>
      rowOf(INDICATORS_TABLE, {
        code: i.code,
        objective: i.objective,
        level: label(t, 'level', i.level),
        text: i.text,
        type: label(t, 'type', i.type),
        direction: label(t, 'direction', i.direction),
        aggregation: label(t, 'aggregation', i.aggregation),
        unit: i.unit,
        baseline: blankIfNull(i.baseline),
        baselineDate: blankIfNull(i.baselineDate),
        midTarget: blankIfNull(i.midTarget),
        midDate: blankIfNull(i.midDate),
        endTarget: blankIfNull(i.endTarget),
        endDate: blankIfNull(i.endDate),
        disaggregation: i.disaggregation,
      }),
    ),
    [KEY_MEASURES_TABLE.name]: plan.keyMeasures.map((measure) =>
      rowOf(KEY_MEASURES_TABLE, { code: measure.code, objective: measure.objective, text: measure.text }),
    ),
    [ACTIVITIES_TABLE.name]: plan.activities.map((a) =>
      rowOf(ACTIVITIES_TABLE, {
        code: a.code,
        keyMeasure: a.keyMeasure,
        text: a.text,
        responsible: a.responsible,
        start: blankIfNull(a.start),
        completion: blankIfNull(a.completion),
        resultIndicator: a.resultIndicator,
        financialEstimate: blankIfNull(a.financialEstimate),
        fundingSource: a.fundingSource,
      }),
    ),
    [ME_HEADER_TABLE.name]: (['purpose', 'context', 'reporting', 'review'] as const).map((section) =>
      rowOf(ME_HEADER_TABLE, { section: t(`meHeader.${section}`), text: plan.mePlanHeader[section] }),
    ),
    // At least one row, so the derived columns' formulas are there for the rows users add.
    [ME_PLAN_TABLE.name]: (plan.mePlan.length > 0 ? plan.mePlan : [null]).map((row, index) => {
      const derived = mePlan.row(index, row ? indicatorByCode.get(row.indicator) : undefined, plan);
      return rowOf(ME_PLAN_TABLE, {
        ...derived,
        output: row?.output ?? '',
        indicator: row?.indicator ?? '',
        meansOfVerification: row?.meansOfVerification ?? '',
        frequency: row ? label(t, 'frequency', row.frequency) : '',
        responsible: row?.responsible ?? '',
      });
    }),
    [LISTS_TABLE.name]: Array.from({ length: longestList }, (_, index) =>
      rowOf(
        LISTS_TABLE,
        Object.fromEntries(LISTS.map((list) => [list.name, list.items[index] ? t(list.items[index].label) : ''])),
      ),
    ),
  };
}
