import * as z from 'zod';

/**
 * Something the sheet reader could not take as typed: a label that is not in the column's list, or a
 * required column the user deleted. The checker reports these with the rest of its findings.
 */
export const ReadIssue = z.object({
  kind: z.enum(['unknownListValue', 'missingColumn', 'missingTable']),
  table: z.string(),
  row: z.number().int().nonnegative().nullable(),
  column: z.string().nullable(),
  value: z.string().nullable(),
});
export type ReadIssue = z.infer<typeof ReadIssue>;
