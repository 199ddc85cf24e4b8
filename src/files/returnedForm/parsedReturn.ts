import * as z from 'zod';
import { ReturnedForm } from '../../core/consolidation/returnedForm';
import { ReturnFormMeta } from '../../sheets/returnForm';
import { ReaderProblem } from '../reader';

/**
 * A returned file after the checks that need only the file: read safely, recognised as a return form of
 * the current layout with its prefilled cells intact, and its typed cells gathered. Plain data, so it
 * crosses from the Web Worker to the task pane as it is. The checks that need the plan (which plan,
 * agency, period, form id) come after, in the import use case.
 */
export const ParsedReturn = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('refused'), fileName: z.string(), sha256: z.string(), problem: ReaderProblem }),
  z.object({
    kind: z.literal('form'),
    fileName: z.string(),
    sha256: z.string(),
    meta: ReturnFormMeta,
    form: ReturnedForm,
  }),
]);
export type ParsedReturn = z.infer<typeof ParsedReturn>;
