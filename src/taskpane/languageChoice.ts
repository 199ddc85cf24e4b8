import { Language } from '../core/model/enums';
import { languageFromOffice } from './language';

/** Just what the pane needs of localStorage, so tests can hand in a map. */
export type ChoiceStorage = Pick<Storage, 'getItem' | 'setItem'>;

const KEY = 'nap-monitor.interface-language';

/**
 * Office asks add-ins to prefix storage keys with its partition key where it has one (Excel on the web), so
 * one add-in's data stays in its own partition; it is undefined where the webview does not partition.
 */
function storageKey(partitionKey: string | undefined): string {
  return partitionKey ? `${partitionKey}${KEY}` : KEY;
}

/**
 * The interface language: the one the user chose in the pane, else Office's display language. Storage may
 * be blocked by the browser's settings; then the pane simply follows Office.
 */
export function interfaceLanguage(
  displayLanguage: string | undefined,
  storage: ChoiceStorage | undefined,
  partitionKey?: string,
): Language {
  try {
    const chosen = Language.safeParse(storage?.getItem(storageKey(partitionKey)));
    if (chosen.success) return chosen.data;
  } catch {
    // Storage blocked: follow Office.
  }
  return languageFromOffice(displayLanguage);
}

/** Keeps the user's choice for the next time the pane opens; a blocked storage only loses the memory. */
export function rememberLanguage(language: Language, storage: ChoiceStorage | undefined, partitionKey?: string): void {
  try {
    storage?.setItem(storageKey(partitionKey), language);
  } catch {
    // Storage blocked or full: the choice holds for this session only.
  }
}

/** The browser's localStorage, or none where the browser's settings forbid even looking at it. */
export function browserStorage(): ChoiceStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
