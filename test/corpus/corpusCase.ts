import type { MessageKey, Params } from '../../src/core/i18n/translate';
import type { WorkbookValues } from '../../src/files/reader';

/** The classes of bad input issue 11 lists; every class has cases. */
export type CorpusClass = 'zip' | 'bomb' | 'xml' | 'sheet' | 'table' | 'value' | 'fileSystem';

/**
 * What must happen to a file: refused with a message key (and the parameters that name the place), read
 * with values the check function asserts, or, for plan workbooks, checked by the CLI with the findings of
 * the unmodified example plan.
 */
export type Expectation =
  | { refused: MessageKey; params?: Params }
  | { accepted: (workbook: WorkbookValues) => void }
  | { samePlanAsExample: true };

export interface CorpusCase {
  name: string;
  class: CorpusClass;
  /** The file's bytes; or, for file-system oddities, a function that makes the path itself. */
  make: Uint8Array | ((path: string) => void);
  expect: Expectation;
}
