import type { MessageKey, Params } from '../core/i18n/translate';

/**
 * A problem with a workbook that the user can act on. It carries a catalogue key and the place (file,
 * sheet, cell) so the message can be shown in the user's language; `message` is English for logs and tests.
 */
export class WorkbookError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Params,
    message: string,
  ) {
    super(message);
    this.name = 'WorkbookError';
  }
}
