import * as z from 'zod';
import { CellValue, SourceRow } from './cell';
import {
  Aggregation,
  Direction,
  Frequency,
  IndicatorLevel,
  IndicatorType,
  Language,
  NumberLocale,
  PaperSize,
  ReportingFrequency,
} from './enums';
import { IsoDate } from '../values/isoDate';

const code = z.string().trim().min(1);
const text = z.string();
const from = SourceRow.optional();

export const PlanSettings = z.object({
  planId: z.string().min(1),
  layoutVersion: z.number().int().positive(),
  title: text,
  country: text,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  reportingFrequency: ReportingFrequency,
  language: Language,
  currency: z.string().default('EUR'),
  numberLocale: NumberLocale.default('dot'),
  /** Absent in plans made before it was a setting: they print on A4. */
  paperSize: PaperSize.optional(),
});
export type PlanSettings = z.infer<typeof PlanSettings>;

/** The guide's four areas by default; countries rename, split or add them, so they are data. */
export const Area = z.object({ code, name: text, from });
export type Area = z.infer<typeof Area>;

export const Agency = z.object({
  code,
  name: text,
  contactPerson: text.default(''),
  email: text.default(''),
  from,
});
export type Agency = z.infer<typeof Agency>;

export const Objective = z.object({ code, area: text, text, from });
export type Objective = z.infer<typeof Objective>;

/**
 * A performance indicator as the NAP table holds it. Baseline and targets stay as typed (a number, "12%",
 * "+10 %", "achieved"): reading them is the job of core/values, so the checker and the status engine see
 * the same raw facts. How it is measured (means of verification, frequency, responsible) is in MePlanRow.
 */
export const Indicator = z.object({
  code,
  objective: text,
  level: IndicatorLevel.nullable(),
  text,
  type: IndicatorType.nullable(),
  direction: Direction.nullable(),
  aggregation: Aggregation.nullable(),
  unit: text.default(''),
  baseline: CellValue,
  baselineDate: CellValue,
  midTarget: CellValue,
  midDate: CellValue,
  endTarget: CellValue,
  endDate: CellValue,
  disaggregation: text.default(''),
  from,
});
export type Indicator = z.infer<typeof Indicator>;

/**
 * A row of the M&E plan (Annex 4), keyed by indicator code. Baseline and targets are shown there by formula
 * from the NAP table; `shown` holds what the sheet displays, so the checker can report a typed-over copy.
 */
export const MePlanRow = z.object({
  indicator: code,
  output: text.default(''),
  meansOfVerification: text.default(''),
  frequency: Frequency.nullable(),
  responsible: text.default(''),
  shown: z.object({ baseline: CellValue, midTarget: CellValue, endTarget: CellValue }),
  from,
});
export type MePlanRow = z.infer<typeof MePlanRow>;

/** Annex 4's header block above the M&E table. */
export const MePlanHeader = z.object({
  purpose: text.default(''),
  context: text.default(''),
  reporting: text.default(''),
  review: text.default(''),
});
export type MePlanHeader = z.infer<typeof MePlanHeader>;

export const KeyMeasure = z.object({ code, objective: text, text, from });
export type KeyMeasure = z.infer<typeof KeyMeasure>;

/** Start and completion are quarters ("I quarter", "Q3 2026") or dates, as officials write them. */
export const Activity = z.object({
  code,
  keyMeasure: text,
  text,
  responsible: text.default(''),
  start: CellValue,
  completion: CellValue,
  resultIndicator: text.default(''),
  financialEstimate: CellValue,
  fundingSource: text.default(''),
  from,
});
export type Activity = z.infer<typeof Activity>;

export const Plan = z.object({
  settings: PlanSettings,
  areas: z.array(Area),
  agencies: z.array(Agency),
  objectives: z.array(Objective),
  indicators: z.array(Indicator),
  keyMeasures: z.array(KeyMeasure),
  activities: z.array(Activity),
  mePlanHeader: MePlanHeader,
  mePlan: z.array(MePlanRow),
});
export type Plan = z.infer<typeof Plan>;
