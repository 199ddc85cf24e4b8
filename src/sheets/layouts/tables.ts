import type { ColumnSpec, TableSpec } from '../layout';
import { LISTS } from './lists';

/** Each plan table declared once; readers, writers and the checker's cell references all use these. */
function table<K extends string>(name: string, columns: readonly ColumnSpec<K>[]): TableSpec<K> {
  return { name, columns };
}

export const SETTINGS_TABLE = table('NapSettings', [
  { key: 'key', header: 'col.settings.key', kind: 'code', width: 27 },
  { key: 'label', header: 'col.settings.label', kind: 'text', width: 52, wrap: true },
  { key: 'value', header: 'col.settings.value', kind: 'text', width: 44, wrap: true },
] as const);

export const AREAS_TABLE = table('NapAreas', [
  { key: 'code', header: 'col.area.code', kind: 'code', width: 8 },
  { key: 'name', header: 'col.area.name', kind: 'text', width: 44, wrap: true },
] as const);

export const AGENCIES_TABLE = table('NapAgencies', [
  { key: 'code', header: 'col.agency.code', kind: 'code', width: 10 },
  { key: 'name', header: 'col.agency.name', kind: 'text', width: 40, wrap: true },
  { key: 'contactPerson', header: 'col.agency.contactPerson', kind: 'text', width: 24 },
  { key: 'email', header: 'col.agency.email', kind: 'text', width: 28 },
] as const);

export const OBJECTIVES_TABLE = table('NapObjectives', [
  { key: 'code', header: 'col.objective.code', kind: 'code', width: 8 },
  { key: 'area', header: 'col.objective.area', kind: 'code', width: 13 },
  { key: 'text', header: 'col.objective.text', kind: 'text', width: 50, wrap: true },
] as const);

export const INDICATORS_TABLE = table('NapIndicators', [
  { key: 'code', header: 'col.indicator.code', kind: 'code', width: 9 },
  { key: 'objective', header: 'col.indicator.objective', kind: 'code', width: 11 },
  { key: 'level', header: 'col.indicator.level', kind: 'list', list: 'level', width: 10 },
  { key: 'text', header: 'col.indicator.text', kind: 'text', width: 50, wrap: true },
  { key: 'type', header: 'col.indicator.type', kind: 'list', list: 'type', width: 12 },
  { key: 'direction', header: 'col.indicator.direction', kind: 'list', list: 'direction', width: 11 },
  { key: 'aggregation', header: 'col.indicator.aggregation', kind: 'list', list: 'aggregation', width: 13 },
  { key: 'unit', header: 'col.indicator.unit', kind: 'text', width: 12, wrap: true },
  { key: 'baseline', header: 'col.indicator.baseline', kind: 'value', width: 30, wrap: true },
  { key: 'baselineDate', header: 'col.indicator.baselineDate', kind: 'dateLike', width: 13 },
  { key: 'midTarget', header: 'col.indicator.midTarget', kind: 'value', width: 30, wrap: true },
  { key: 'midDate', header: 'col.indicator.midDate', kind: 'dateLike', width: 13 },
  { key: 'endTarget', header: 'col.indicator.endTarget', kind: 'value', width: 30, wrap: true },
  { key: 'endDate', header: 'col.indicator.endDate', kind: 'dateLike', width: 15 },
  { key: 'disaggregation', header: 'col.indicator.disaggregation', kind: 'text', width: 20 },
] as const);

export const KEY_MEASURES_TABLE = table('NapKeyMeasures', [
  { key: 'code', header: 'col.keyMeasure.code', kind: 'code', width: 8 },
  { key: 'objective', header: 'col.keyMeasure.objective', kind: 'code', width: 11 },
  { key: 'text', header: 'col.keyMeasure.text', kind: 'text', width: 50, wrap: true },
] as const);

export const ACTIVITIES_TABLE = table('NapActivities', [
  { key: 'code', header: 'col.activity.code', kind: 'code', width: 9 },
  { key: 'keyMeasure', header: 'col.activity.keyMeasure', kind: 'code', width: 11 },
  { key: 'text', header: 'col.activity.text', kind: 'text', width: 50, wrap: true },
  { key: 'responsible', header: 'col.activity.responsible', kind: 'text', width: 30, wrap: true },
  { key: 'start', header: 'col.activity.start', kind: 'dateLike', list: 'quarter', width: 16 },
  { key: 'completion', header: 'col.activity.completion', kind: 'dateLike', list: 'quarter', width: 16 },
  { key: 'resultIndicator', header: 'col.activity.resultIndicator', kind: 'text', width: 40, wrap: true },
  { key: 'financialEstimate', header: 'col.activity.financialEstimate', kind: 'amount', width: 16 },
  { key: 'fundingSource', header: 'col.activity.fundingSource', kind: 'text', width: 26, wrap: true },
] as const);

export const ME_HEADER_TABLE = table('NapMeHeader', [
  { key: 'section', header: 'col.meHeader.section', kind: 'code', width: 20 },
  // Shares its sheet column with the plan's outcome below, so it has that column's width.
  { key: 'text', header: 'col.meHeader.text', kind: 'text', width: 30, wrap: true },
] as const);

export const ME_PLAN_TABLE = table('NapMePlan', [
  { key: 'area', header: 'col.mePlan.area', kind: 'text', width: 20, derived: true, wrap: true },
  { key: 'outcome', header: 'col.mePlan.outcome', kind: 'text', width: 30, derived: true, wrap: true },
  { key: 'output', header: 'col.mePlan.output', kind: 'code', width: 10 },
  { key: 'indicator', header: 'col.mePlan.indicator', kind: 'code', width: 13 },
  { key: 'indicatorText', header: 'col.mePlan.indicatorText', kind: 'text', width: 40, derived: true, wrap: true },
  { key: 'baseline', header: 'col.mePlan.baseline', kind: 'value', width: 22, derived: true, wrap: true },
  { key: 'midTarget', header: 'col.mePlan.midTarget', kind: 'value', width: 22, derived: true, wrap: true },
  { key: 'endTarget', header: 'col.mePlan.endTarget', kind: 'value', width: 22, derived: true, wrap: true },
  { key: 'meansOfVerification', header: 'col.mePlan.meansOfVerification', kind: 'text', width: 30, wrap: true },
  { key: 'frequency', header: 'col.mePlan.frequency', kind: 'list', list: 'frequency', width: 14 },
  { key: 'responsible', header: 'col.mePlan.responsible', kind: 'text', width: 28, wrap: true },
] as const);

/** The lists behind the dropdowns, one column each, on the hidden Lists sheet. */
export const LISTS_TABLE = table(
  'NapLists',
  LISTS.map((list) => ({ key: list.name, header: list.header, kind: 'text' as const, width: 18 })),
);

export type ColumnKeyOf<T> = T extends TableSpec<infer K> ? K : never;

/** The progress ledger: one row per reported value. Typed by hand now, filled by the return-form import later. */
export const PROGRESS_TABLE = table('NapProgress', [
  { key: 'period', header: 'col.progress.period', kind: 'code', width: 10 },
  { key: 'agency', header: 'col.progress.agency', kind: 'text', width: 14 },
  { key: 'code', header: 'col.progress.code', kind: 'code', width: 9 },
  { key: 'value', header: 'col.progress.value', kind: 'value', width: 14 },
  { key: 'numerator', header: 'col.progress.numerator', kind: 'number', width: 11 },
  { key: 'denominator', header: 'col.progress.denominator', kind: 'number', width: 13 },
  { key: 'category', header: 'col.progress.category', kind: 'text', width: 12 },
  { key: 'implementation', header: 'col.progress.implementation', kind: 'list', list: 'implementation', width: 16 },
  { key: 'assessment', header: 'col.progress.assessment', kind: 'list', list: 'assessment', width: 15 },
  { key: 'outputs', header: 'col.progress.outputs', kind: 'text', width: 30, wrap: true },
  { key: 'activities', header: 'col.progress.activities', kind: 'text', width: 30, wrap: true },
  { key: 'budgetSpent', header: 'col.progress.budgetSpent', kind: 'amount', width: 13 },
  { key: 'donors', header: 'col.progress.donors', kind: 'text', width: 16 },
  { key: 'comment', header: 'col.progress.comment', kind: 'text', width: 30, wrap: true },
  { key: 'source', header: 'col.progress.source', kind: 'text', width: 16 },
  { key: 'received', header: 'col.progress.received', kind: 'date', width: 12 },
  // Consolidation needs these; ledgers of plans set up before the import get them on the first import or set-up.
  { key: 'submission', header: 'col.progress.submission', kind: 'code', width: 24, addedLater: true },
  { key: 'supersededBy', header: 'col.progress.supersededBy', kind: 'code', width: 24, addedLater: true },
] as const);
