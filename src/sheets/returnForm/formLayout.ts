import * as z from 'zod';
import type { MessageKey } from '../../core/i18n/translate';
import { cellAddress } from '../layout';

/**
 * The layout of the return form (Annex 5) as data: where every cell of the form sheet sits. The generator
 * writes by it and the importer reads by it; neither hard-codes a column of its own.
 */

/** Bumped whenever a cell moves; a returned form of another version is refused by the importer. */
export const RETURN_FORM_LAYOUT_VERSION = 1;

/** Technical sheets are never seen by the agency, so their names are fixed; the visible ones are translated. */
export const META_SHEET_NAME = 'NapFormMeta';
export const LISTS_SHEET_NAME = 'NapFormLists';
export const VISIBLE_SHEETS = {
  instructions: 'forms.sheet.instructions',
  form: 'forms.sheet.form',
} as const satisfies Record<string, MessageKey>;

/** How a typed cell is read back: the importer validates by it, the generator sets Excel's validation by it. */
export const InputKind = z.enum(['number', 'count', 'amount', 'text', 'assessment', 'implementation', 'date']);
export type InputKind = z.infer<typeof InputKind>;

export interface FormColumn<K extends string = string> {
  key: K;
  /** 0-based column on the form sheet. */
  column: number;
  header: MessageKey;
  width: number;
}

/** The indicator block's columns: read-only context first, then what the agency types. */
export const INDICATOR_COLUMNS = [
  { key: 'code', column: 0, header: 'forms.col.code', width: 9 },
  { key: 'text', column: 1, header: 'forms.col.indicator', width: 44 },
  { key: 'unit', column: 2, header: 'forms.col.unit', width: 12 },
  { key: 'baseline', column: 3, header: 'forms.col.baseline', width: 16 },
  { key: 'midTarget', column: 4, header: 'forms.col.midTarget', width: 16 },
  { key: 'endTarget', column: 5, header: 'forms.col.endTarget', width: 16 },
  { key: 'lastValue', column: 6, header: 'forms.col.lastValue', width: 13 },
  { key: 'value', column: 7, header: 'forms.col.value', width: 13 },
  { key: 'numerator', column: 8, header: 'forms.col.numerator', width: 12 },
  { key: 'denominator', column: 9, header: 'forms.col.denominator', width: 12 },
  { key: 'outputs', column: 10, header: 'forms.col.outputs', width: 28 },
  { key: 'activities', column: 11, header: 'forms.col.activities', width: 28 },
  { key: 'assessment', column: 12, header: 'forms.col.assessment', width: 13 },
  { key: 'budgetSpent', column: 13, header: 'forms.col.budgetSpent', width: 13 },
  { key: 'donors', column: 14, header: 'forms.col.donors', width: 16 },
  { key: 'comment', column: 15, header: 'forms.col.comment', width: 30 },
] as const satisfies readonly FormColumn[];
export type IndicatorColumnKey = (typeof INDICATOR_COLUMNS)[number]['key'];

/** The activity block shares the sheet's columns (and so its widths) with the indicator block. */
export const ACTIVITY_COLUMNS = [
  { key: 'code', column: 0, header: 'forms.col.code', width: 9 },
  { key: 'text', column: 1, header: 'forms.col.activity', width: 44 },
  { key: 'start', column: 3, header: 'forms.col.start', width: 16 },
  { key: 'completion', column: 4, header: 'forms.col.completion', width: 16 },
  { key: 'implementation', column: 7, header: 'forms.col.implementation', width: 13 },
  { key: 'date', column: 8, header: 'forms.col.implementationDate', width: 12 },
  { key: 'comment', column: 10, header: 'forms.col.comment', width: 28 },
] as const satisfies readonly FormColumn[];
export type ActivityColumnKey = (typeof ACTIVITY_COLUMNS)[number]['key'];

export const FORM_WIDTH = INDICATOR_COLUMNS.length;

/** How an indicator's figure is typed: a number, words (milestones, qualitative), or numerator/denominator. */
export const EntryKind = z.enum(['number', 'text', 'ratio']);
export type EntryKind = z.infer<typeof EntryKind>;

/** Annex 5's header block: label in column A, the value in column C (merged to H), one row each. */
export const HEADER_FIELDS = [
  { key: 'institution', row: 2, label: 'forms.header.institution', input: null },
  { key: 'contactPerson', row: 3, label: 'forms.header.contactPerson', input: 'text' },
  { key: 'period', row: 4, label: 'forms.header.period', input: null },
  { key: 'dueDate', row: 5, label: 'forms.header.dueDate', input: null },
  { key: 'reportingTo', row: 6, label: 'forms.header.reportingTo', input: null },
  { key: 'observations', row: 7, label: 'forms.header.observations', input: 'text' },
] as const satisfies readonly { key: string; row: number; label: MessageKey; input: InputKind | null }[];
export type HeaderFieldKey = (typeof HEADER_FIELDS)[number]['key'];
export const HEADER_LABEL_COLUMN = 0;
export const HEADER_VALUE_COLUMN = 2;
export const HEADER_VALUE_LAST_COLUMN = 7;
export const TITLE_ROW = 0;
/** The first row the generator may use for the indicator block (a section title, then column headers). */
export const BODY_TOP = 9;

/** One data row of the form sheet, as the metadata lists them (0-based `row`). */
export const FormRow = z.object({
  row: z.number().int().nonnegative(),
  kind: z.enum(['area', 'outcome', 'indicator', 'category', 'activity']),
  code: z.string(),
  /** A disaggregation category ("women", "form of exploitation=labour"); '' for the total. */
  category: z.string().default(''),
  entry: EntryKind.nullable().default(null),
});
export type FormRow = z.infer<typeof FormRow>;

export interface InputCell {
  key: string;
  column: number;
  kind: InputKind;
}

const col = (keys: readonly FormColumn[], key: string) => keys.find((c) => c.key === key)!.column;
const indicatorCol = (key: IndicatorColumnKey) => col(INDICATOR_COLUMNS, key);
const activityCol = (key: ActivityColumnKey) => col(ACTIVITY_COLUMNS, key);

const figureInputs = (entry: EntryKind | null): readonly InputCell[] =>
  entry === 'ratio'
    ? [
        { key: 'numerator', column: indicatorCol('numerator'), kind: 'count' },
        { key: 'denominator', column: indicatorCol('denominator'), kind: 'count' },
      ]
    : [{ key: 'value', column: indicatorCol('value'), kind: entry === 'text' ? 'text' : 'number' }];

const indicatorExtras: readonly InputCell[] = [
  { key: 'outputs', column: indicatorCol('outputs'), kind: 'text' },
  { key: 'activities', column: indicatorCol('activities'), kind: 'text' },
  { key: 'assessment', column: indicatorCol('assessment'), kind: 'assessment' },
  { key: 'budgetSpent', column: indicatorCol('budgetSpent'), kind: 'amount' },
  { key: 'donors', column: indicatorCol('donors'), kind: 'text' },
  { key: 'comment', column: indicatorCol('comment'), kind: 'text' },
];

/** Input cells by row kind and entry, built once: forms are read and written row by row, thousands of rows. */
const INPUTS = new Map<string, readonly InputCell[]>(
  EntryKind.options.flatMap((entry) => [
    [`indicator|${entry}`, Object.freeze([...figureInputs(entry), ...indicatorExtras])],
    [`category|${entry}`, Object.freeze(figureInputs(entry))],
  ]),
);
const ACTIVITY_INPUTS: readonly InputCell[] = Object.freeze([
  { key: 'implementation', column: activityCol('implementation'), kind: 'implementation' },
  { key: 'date', column: activityCol('date'), kind: 'date' },
  { key: 'comment', column: activityCol('comment'), kind: 'text' },
]);

/** The cells the agency types into on one row; everything else on the sheet is locked. */
export function inputCells(row: FormRow): readonly InputCell[] {
  switch (row.kind) {
    case 'indicator':
    case 'category':
      return INPUTS.get(`${row.kind}|${row.entry ?? 'number'}`)!;
    case 'activity':
      return ACTIVITY_INPUTS;
    default:
      return [];
  }
}

/** The header block's input cells (contact person, general observations) as addresses. */
export function headerInputCells(): { key: HeaderFieldKey; address: string; kind: InputKind }[] {
  return HEADER_FIELDS.filter((field) => field.input !== null).map((field) => ({
    key: field.key,
    address: cellAddress(field.row, HEADER_VALUE_COLUMN),
    kind: field.input as InputKind,
  }));
}

const PREFILLED = {
  indicator: Object.freeze(
    (['code', 'text', 'unit', 'baseline', 'midTarget', 'endTarget', 'lastValue'] as const).map(indicatorCol),
  ),
  activity: Object.freeze((['code', 'text', 'start', 'completion'] as const).map(activityCol)),
  other: Object.freeze([indicatorCol('code'), indicatorCol('text')]),
};

/** The prefilled (locked) cells of a row whose content the digest covers. */
export function prefilledColumns(row: FormRow): readonly number[] {
  return row.kind === 'indicator' || row.kind === 'activity' ? PREFILLED[row.kind] : PREFILLED.other;
}

/** Visits every prefilled cell of the form sheet the digest covers, in a fixed order: header, then rows. */
export function forEachPrefilledCell(rows: readonly FormRow[], visit: (row: number, column: number) => void): void {
  for (const field of HEADER_FIELDS) if (field.input === null) visit(field.row, HEADER_VALUE_COLUMN);
  for (const row of rows) for (const column of prefilledColumns(row)) visit(row.row, column);
}

/** The same cells as A1 addresses. */
export function prefilledAddresses(rows: readonly FormRow[]): string[] {
  const addresses: string[] = [];
  forEachPrefilledCell(rows, (row, column) => addresses.push(cellAddress(row, column)));
  return addresses;
}
