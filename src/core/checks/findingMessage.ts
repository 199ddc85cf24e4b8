import type { MessageKey, Params, Translator } from '../i18n/translate';
import type { Finding } from './finding';

/** A finding in words: its parameters' own words translated first, then the message. Called at the edge. */
export function findingMessage(finding: Pick<Finding, 'messageKey' | 'params'>, t: Translator): string {
  const params: Params = {};
  for (const [name, value] of Object.entries(finding.params)) {
    params[name] = typeof value === 'object' && 'key' in value ? t(value.key as MessageKey) : value;
  }
  return t(finding.messageKey as MessageKey, params);
}
