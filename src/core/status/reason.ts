import type { MessageKey, Params } from '../i18n/translate';

/** A sentence still to be translated: engines decide what to say, translation happens once at the end. */
export interface Reason {
  key: MessageKey;
  params?: Params;
}

export function reason(key: MessageKey, params?: Params): Reason {
  return { key, params };
}
