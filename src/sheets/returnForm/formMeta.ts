import * as z from 'zod';
import { Language } from '../../core/model/enums';
import type { CellValue } from '../../core/model/cell';
import { IsoDate } from '../../core/values/isoDate';
import { FormRow } from './formLayout';

/**
 * What the veryHidden, protected metadata sheet carries, so the importer recognises the form (plan, agency,
 * period, layout version, form id) and notices tampering (the digest of the prefilled cells).
 */
export const ReturnFormMeta = z.object({
  planId: z.string().min(1),
  layoutVersion: z.number().int().positive(),
  formId: z.string().min(1),
  agency: z.string().min(1),
  period: z.string().min(1),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  dueDate: IsoDate,
  language: Language,
  /** ISO date-time of generation; a regenerated form keeps its form id and gets a new time. */
  generatedAt: z.string().min(1),
  /** The name of the visible form sheet (translated), so the importer finds it without guessing. */
  formSheet: z.string().min(1),
  /** SHA-256 (hex) of `digestText` over the prefilled cells. */
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  rows: z.array(FormRow),
});
export type ReturnFormMeta = z.infer<typeof ReturnFormMeta>;

/** The scalar fields, one per row in column A (name) and B (value), in this order from row 1. */
export const META_FIELDS = [
  'planId',
  'layoutVersion',
  'formId',
  'agency',
  'period',
  'periodStart',
  'periodEnd',
  'dueDate',
  'language',
  'generatedAt',
  'formSheet',
  'digest',
] as const satisfies readonly Exclude<keyof ReturnFormMeta, 'rows'>[];

/** The row map: a table whose header is at (ROWS_TOP, ROWS_LEFT), one form row per line below it. */
export const META_ROWS_TOP = 0;
export const META_ROWS_LEFT = 3;
export const META_ROW_COLUMNS = [
  'row',
  'kind',
  'code',
  'category',
  'entry',
] as const satisfies readonly (keyof FormRow)[];

/** Stable per plan, agency and period: regenerating a form does not orphan copies already sent out. */
export function formIdOf(planId: string, agency: string, period: string): string {
  return `${period}-${agency}-${planId.replace(/[^A-Za-z0-9]/g, '').slice(0, 8)}`.toUpperCase();
}

/** The metadata sheet's cells: fields at A:B, the row map at D:H. Every value is text or a number. */
export function metaGrid(meta: ReturnFormMeta): CellValue[][] {
  const height = Math.max(META_FIELDS.length, meta.rows.length + 1);
  const grid: CellValue[][] = Array.from({ length: height }, () => Array<CellValue>(META_ROWS_LEFT + 5).fill(null));
  META_FIELDS.forEach((field, i) => {
    grid[i][0] = field;
    grid[i][1] = meta[field];
  });
  META_ROW_COLUMNS.forEach((key, j) => (grid[META_ROWS_TOP][META_ROWS_LEFT + j] = key));
  meta.rows.forEach((row, i) =>
    META_ROW_COLUMNS.forEach((key, j) => (grid[META_ROWS_TOP + 1 + i][META_ROWS_LEFT + j] = row[key] ?? '')),
  );
  return grid;
}

const text = (value: CellValue | undefined) => (value === null || value === undefined ? '' : String(value).trim());
const number = (value: CellValue | undefined) => (typeof value === 'number' ? value : Number(text(value)));

/**
 * Reads the metadata back from the sheet's values (0-based grid, as any values-only reader gives them).
 * The result says which field is wrong, so the importer can name it; it never throws.
 */
export function parseMetaGrid(grid: readonly (readonly CellValue[])[]) {
  const fields: Record<string, CellValue> = {};
  for (const line of grid) {
    const name = text(line[0]);
    if ((META_FIELDS as readonly string[]).includes(name)) fields[name] = line[1] ?? null;
  }
  const rows: Record<string, unknown>[] = [];
  for (let i = META_ROWS_TOP + 1; i < grid.length; i++) {
    const line = grid[i] ?? [];
    if (text(line[META_ROWS_LEFT]) === '') continue;
    const [row, kind, code, category, entry] = META_ROW_COLUMNS.map((_, j) => line[META_ROWS_LEFT + j]);
    rows.push({
      row: number(row),
      kind: text(kind),
      code: text(code),
      category: text(category),
      entry: text(entry) || null,
    });
  }
  return ReturnFormMeta.safeParse({
    ...Object.fromEntries(META_FIELDS.map((field) => [field, text(fields[field])])),
    layoutVersion: number(fields.layoutVersion),
    rows,
  });
}
