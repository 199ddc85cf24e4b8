import type { CellValue } from '../../core/model/cell';
import type { Activity, Agency, Area, Indicator, KeyMeasure, MePlanRow, Objective, Plan } from '../../core/model/plan';
import type { ReadIssue } from '../../core/model/readIssue';
import type { TableSpec } from '../layout';
import type { TableSnapshot, WorkbookSnapshot } from '../gateway';
import { WorkbookError } from '../workbookError';
import {
  ACTIVITIES_TABLE,
  AGENCIES_TABLE,
  AREAS_TABLE,
  INDICATORS_TABLE,
  KEY_MEASURES_TABLE,
  ME_HEADER_TABLE,
  ME_PLAN_TABLE,
  OBJECTIVES_TABLE,
  SETTINGS_TABLE,
} from '../layouts/tables';
import { cellWhere, codeOf, listValueOf, readRecords, textOf, type RawRecord } from './tableReader';
import { readSettings } from './settingsCodec';
import { percentTarget } from './typedCells';
import type { IndicatorType, NumberLocale } from '../../core/model/enums';

/** The plan without its monitoring and evaluation plan: what status and the period locks are computed from. */
export const PLAN_TABLES_WITHOUT_ME: readonly TableSpec[] = [
  SETTINGS_TABLE,
  AREAS_TABLE,
  AGENCIES_TABLE,
  OBJECTIVES_TABLE,
  INDICATORS_TABLE,
  KEY_MEASURES_TABLE,
  ACTIVITIES_TABLE,
];

export const PLAN_TABLES: readonly TableSpec[] = [...PLAN_TABLES_WITHOUT_ME, ME_HEADER_TABLE, ME_PLAN_TABLE];

export interface PlanRead {
  plan: Plan;
  issues: ReadIssue[];
  /** Every row of the settings table by key, for settings beyond the plan's own (status thresholds). */
  settingsRecord: Record<string, CellValue>;
}

/**
 * Reads the plan from the workbook's tables. A missing table means this is not a plan workbook (an error
 * naming the table); a missing column or an unknown list label is an issue the checker reports. Without
 * `mePlan` the M&E plan's tables are neither needed nor read (on a file each is a sheet parsed) and the plan
 * has an empty M&E plan: for the actions that never look at it.
 */
export function readPlan(snapshot: WorkbookSnapshot, file: string, { mePlan: withMePlan = true } = {}): PlanRead {
  for (const spec of withMePlan ? PLAN_TABLES : PLAN_TABLES_WITHOUT_ME) {
    if (!snapshot.tables[spec.name]) {
      throw new WorkbookError(
        'error.notPlanWorkbook',
        { file, table: spec.name },
        `${file} is not a NAP Monitor plan workbook: the table ${spec.name} is missing.`,
      );
    }
  }
  const issues: ReadIssue[] = [];
  let locale: NumberLocale = 'dot';
  const records = (spec: TableSpec): { rows: RawRecord[]; snapshot: TableSnapshot } => {
    const tableSnapshot = snapshot.tables[spec.name];
    const read = readRecords(spec, tableSnapshot, locale);
    issues.push(...read.issues);
    return { rows: read.records, snapshot: tableSnapshot };
  };
  const from = (spec: TableSpec, record: RawRecord) => ({ table: spec.name, row: record.__row });
  const list = <T extends string>(
    spec: TableSpec,
    record: RawRecord,
    key: string,
    listName: Parameters<typeof listValueOf>[0],
  ) => listValueOf<T>(listName, record[key], cellWhere(spec, snapshot.tables[spec.name], record.__row, key), issues);

  const settingsRows = records(SETTINGS_TABLE);
  const settings = readSettings(settingsRows, file);
  locale = settings.numberLocale;
  const settingsRecord = Object.fromEntries(settingsRows.rows.map((row) => [textOf(row.key), row.value]));

  const areas: Area[] = records(AREAS_TABLE).rows.map((r) => ({
    code: codeOf(r.code),
    name: textOf(r.name),
    from: from(AREAS_TABLE, r),
  }));
  const agencies: Agency[] = records(AGENCIES_TABLE).rows.map((r) => ({
    code: codeOf(r.code),
    name: textOf(r.name),
    contactPerson: textOf(r.contactPerson),
    email: textOf(r.email),
    from: from(AGENCIES_TABLE, r),
  }));
  const objectives: Objective[] = records(OBJECTIVES_TABLE).rows.map((r) => ({
    code: codeOf(r.code),
    area: codeOf(r.area),
    text: textOf(r.text),
    from: from(OBJECTIVES_TABLE, r),
  }));
  const indicatorRows = records(INDICATORS_TABLE).rows;
  const indicators: Indicator[] = indicatorRows.map((r) => {
    const type = list<IndicatorType>(INDICATORS_TABLE, r, 'type', 'type');
    return {
      code: codeOf(r.code),
      objective: codeOf(r.objective),
      level: list(INDICATORS_TABLE, r, 'level', 'level'),
      text: textOf(r.text),
      type,
      direction: list(INDICATORS_TABLE, r, 'direction', 'direction'),
      aggregation: list(INDICATORS_TABLE, r, 'aggregation', 'aggregation'),
      unit: textOf(r.unit),
      baseline: r.baseline,
      baselineDate: r.baselineDate,
      midTarget: targetOf(r, 'midTarget', type),
      midDate: r.midDate,
      endTarget: targetOf(r, 'endTarget', type),
      endDate: r.endDate,
      disaggregation: textOf(r.disaggregation),
      from: from(INDICATORS_TABLE, r),
    };
  });
  const indicatorOf = new Map(
    indicators.map((indicator, index) => [indicator.code, { indicator, record: indicatorRows[index] }]),
  );
  const keyMeasures: KeyMeasure[] = records(KEY_MEASURES_TABLE).rows.map((r) => ({
    code: codeOf(r.code),
    objective: codeOf(r.objective),
    text: textOf(r.text),
    from: from(KEY_MEASURES_TABLE, r),
  }));
  const activities: Activity[] = records(ACTIVITIES_TABLE).rows.map((r) => ({
    code: codeOf(r.code),
    keyMeasure: codeOf(r.keyMeasure),
    text: textOf(r.text),
    responsible: textOf(r.responsible),
    start: r.start,
    completion: r.completion,
    resultIndicator: textOf(r.resultIndicator),
    financialEstimate: r.financialEstimate,
    fundingSource: textOf(r.fundingSource),
    from: from(ACTIVITIES_TABLE, r),
  }));
  const header = withMePlan ? records(ME_HEADER_TABLE).rows : [];
  const headerText = (index: number) => textOf(header.find((r) => r.__row === index)?.text ?? null);
  const mePlan: MePlanRow[] = (withMePlan ? records(ME_PLAN_TABLE).rows : []).map((r) => ({
    indicator: codeOf(r.indicator),
    output: codeOf(r.output),
    meansOfVerification: textOf(r.meansOfVerification),
    frequency: list(ME_PLAN_TABLE, r, 'frequency', 'frequency'),
    responsible: textOf(r.responsible),
    shown: mePlanShown(r, indicatorOf.get(codeOf(r.indicator))),
    from: from(ME_PLAN_TABLE, r),
  }));

  return {
    plan: {
      settings,
      areas,
      agencies,
      objectives,
      indicators,
      keyMeasures,
      activities,
      mePlanHeader: { purpose: headerText(0), context: headerText(1), reporting: headerText(2), review: headerText(3) },
      mePlan,
    },
    issues,
    settingsRecord,
  };
}

/** A target as typed: one Excel shows as a percent is read by its indicator's unit (see percentTarget). */
function targetOf(record: RawRecord, key: 'midTarget' | 'endTarget', type: IndicatorType | null): CellValue {
  const value = record[key];
  return typeof value === 'string' && record.__percent?.[key] !== undefined ? percentTarget(value, type) : value;
}

/**
 * What the M&E plan shows of an indicator's values (by formula). The number behind a percent the NAP sheet
 * shows is the same value, whether the M&E cell shows it as a percent or not ("10%" or 0.1): it reads as the
 * indicator's, so only a copy typed over with another value differs.
 */
function mePlanShown(
  record: RawRecord,
  source: { indicator: Indicator; record: RawRecord } | undefined,
): MePlanRow['shown'] {
  const shown = (key: 'baseline' | 'midTarget' | 'endTarget'): CellValue => {
    const value = record.__percent?.[key] ?? record[key];
    const behind = source?.record.__percent?.[key];
    if (source && behind !== undefined && value === behind) return source.indicator[key];
    return record[key] ?? '';
  };
  return { baseline: shown('baseline'), midTarget: shown('midTarget'), endTarget: shown('endTarget') };
}
