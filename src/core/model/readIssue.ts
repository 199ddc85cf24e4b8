import * as z from 'zod';

/**
 * Something the sheet reader could not take as typed: a label that is not in the column's list, a required
 * column the user deleted or renamed, or a number Excel made a date of ("3/4" typed into a value cell). The
 * checker reports these with the rest of its findings.
 */
export const ReadIssue = z.object({
  kind: z.enum(['unknownListValue', 'missingColumn', 'missingTable', 'becameDate']),
  table: z.string(),
  /** The record's row in the table body (0-based), null for the table as a whole. */
  row: z.number().int().nonnegative().nullable(),
  /** The column's key in the layout; messages name the column by `header` instead. */
  column: z.string().nullable(),
  value: z.string().nullable(),
  /** Where the user sees it: the sheet, and the row as Excel numbers it (the header row for a whole column). */
  sheet: z.string(),
  sheetRow: z.number().int().positive(),
  /** The message key of the column's header, so messages name it in the user's language. */
  header: z.string().nullable(),
});
export type ReadIssue = z.infer<typeof ReadIssue>;
