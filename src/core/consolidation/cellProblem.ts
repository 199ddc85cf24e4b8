import * as z from 'zod';
import type { MessageKey, Params } from '../i18n/translate';
import type { CellAt } from './returnedForm';
import { paramsSchema } from '../i18n/params';

/**
 * A wrong cell in a returned form. An error keeps its row (and an indicator's whole group) out of the
 * ledger; a warning lets it in and marks the submission "accepted with warnings". The message key and
 * params are translated at the edge; params always name the file, sheet and cell.
 */
export const CellProblem = z.object({
  severity: z.enum(['error', 'warning']),
  key: z.string(),
  params: paramsSchema,
  file: z.string(),
  sheet: z.string(),
  cell: z.string(),
  code: z.string(),
});
export type CellProblem = z.infer<typeof CellProblem> & { key: MessageKey };

export function cellProblem(
  severity: CellProblem['severity'],
  key: MessageKey,
  file: string,
  at: CellAt,
  code: string,
  params: Params = {},
): CellProblem {
  return { severity, key, file, sheet: at.sheet, cell: at.cell, code, params: { file, ...at, code, ...params } };
}
