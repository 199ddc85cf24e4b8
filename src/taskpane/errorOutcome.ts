import type { Translator } from '../core/i18n/translate';
import { WorkbookError } from '../sheets/workbookError';
import type { Outcome } from './components/ResultMessage';

/** A WorkbookError speaks the user's language; anything else is shown as unexpected, with its text. */
export function errorOutcome(error: unknown, t: Translator): Outcome {
  if (error instanceof WorkbookError) return { intent: 'error', lines: [t(error.key, error.params)] };
  const detail = error instanceof Error ? error.message : String(error);
  return { intent: 'error', lines: [t('ui.error.unexpected', { detail })] };
}
