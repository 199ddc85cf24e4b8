import * as z from 'zod';

/** A value as it sits in a cell: what officials typed, not yet interpreted. Dates are Excel serials or text. */
export const CellValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type CellValue = z.infer<typeof CellValue>;

/** Where a record came from, so findings can point at the cell. `row` is 0-based within the table body. */
export const SourceRow = z.object({ table: z.string(), row: z.number().int().nonnegative() });
export type SourceRow = z.infer<typeof SourceRow>;

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value.trim() : String(value);
}
