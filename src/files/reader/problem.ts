import * as z from 'zod';
import { isMessageKey, type MessageKey } from '../../core/i18n/translate';
import { paramsSchema } from '../../core/i18n/params';

/**
 * Why a file was refused: a catalogue key and its parameters (always `file`; `sheet`, `cell`, `table`, `part`
 * where there is one). Plain data, so it crosses from a Web Worker to the task pane as it is.
 */
export const ReaderProblem = z.object({
  key: z.custom<MessageKey>((key) => typeof key === 'string' && isMessageKey(key)),
  params: paramsSchema,
});
export type ReaderProblem = z.infer<typeof ReaderProblem>;

/** Thrown inside the reader and caught at its edge, which hands back the problem as a value. */
export class ReaderFailure extends Error {
  constructor(readonly problem: ReaderProblem) {
    super(problem.key);
    this.name = 'ReaderFailure';
  }
}

export function fail(key: MessageKey, params: ReaderProblem['params']): never {
  throw new ReaderFailure({ key, params });
}

/** Text from a file shown in a message (a sheet name, a bad value) is cut, so no file can flood the output. */
export const SHOWN_TEXT = 80;

export function cut(text: string): string {
  if (text.length <= SHOWN_TEXT) return text;
  return `${Array.from(text.slice(0, SHOWN_TEXT))
    .slice(0, SHOWN_TEXT - 1)
    .join('')}…`;
}
