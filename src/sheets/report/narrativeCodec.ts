import { allTranslations, type MessageKey, type Translator } from '../../core/i18n/translate';
import type { CellValue } from '../../core/model/cell';
import { narrativeKey, SECTIONS_AFTER_OUTCOMES, SECTIONS_BEFORE_OUTCOMES, type NarrativeItem } from '../../core/report';
import type { TableSnapshot } from '../gateway';
import { readRecords, textOf } from '../codecs/tableReader';
import { REPORT_NARRATIVE_TABLE } from './reportTables';

const GUIDANCE_KEYS: MessageKey[] = [
  ...[...SECTIONS_BEFORE_OUTCOMES, ...SECTIONS_AFTER_OUTCOMES].map((name): MessageKey => `report.guidance.${name}`),
  'report.guidance.outcomeComment',
];

let guidance: Set<string> | null = null;

/** A cell still showing the guidance, in any UI language, is a placeholder and not the user's text. */
function isPlaceholder(text: string): boolean {
  guidance ??= new Set(GUIDANCE_KEYS.flatMap((key) => allTranslations(key).map((sentence) => sentence.trim())));
  return guidance.has(text.trim());
}

/**
 * What users wrote in the narrative table, by key (found by the Key column, wherever the row now is), every
 * word as typed. Rows sharing a key (a row copied by hand) are joined, not dropped.
 */
export function readNarrative(snapshot: TableSnapshot | undefined): Map<string, string> {
  const texts = new Map<string, string>();
  if (!snapshot) return texts;
  for (const record of readRecords(REPORT_NARRATIVE_TABLE, snapshot).records) {
    const key = narrativeKey(textOf(record.key));
    const text = record.text === null ? '' : String(record.text);
    if (key === '' || text.trim() === '' || isPlaceholder(text)) continue;
    const before = texts.get(key);
    texts.set(key, before === undefined ? text : `${before}\n${text}`);
  }
  return texts;
}

/** The rows written back: key, heading, and the user's text or, where none, the guidance as placeholder. */
export function narrativeRows(items: readonly NarrativeItem[], t: Translator): CellValue[][] {
  return items.map((item) => [
    item.key,
    t(item.heading.key, item.heading.params),
    item.text !== '' ? item.text : t(item.guidance.key, item.guidance.params),
  ]);
}
