import { renderSentence } from '../../core/i18n/sentence';
import { allTranslations, translate, type MessageKey, type Translator } from '../../core/i18n/translate';
import type { CellValue } from '../../core/model/cell';
import { narrativeKey, SECTIONS_AFTER_OUTCOMES, SECTIONS_BEFORE_OUTCOMES, type NarrativeItem } from '../../core/report';
import type { TableSnapshot } from '../gateway';
import { readRecords, textOf } from '../codecs/tableReader';
import { WorkbookError } from '../workbookError';
import { REPORT_NARRATIVE_TABLE } from './reportTables';

const GUIDANCE_KEYS: MessageKey[] = [
  ...[...SECTIONS_BEFORE_OUTCOMES, ...SECTIONS_AFTER_OUTCOMES].map((name): MessageKey => `report.guidance.${name}`),
  'report.guidance.outcomeComment',
  'report.guidance.kept',
];

let guidance: Set<string> | null = null;

/** A cell still showing the guidance, in any UI language, is a placeholder and not the user's text. */
function isPlaceholder(text: string): boolean {
  guidance ??= new Set(GUIDANCE_KEYS.flatMap((key) => allTranslations(key).map((sentence) => sentence.trim())));
  return guidance.has(text.trim());
}

/** The key under which text typed in a row without a key is kept, numbered so no two rows meet. */
const KEPT_PREFIX = 'kept:';

/**
 * What users wrote in the narrative table, by key (found by the Key column, wherever the row now is), every
 * word as typed. Rows sharing a key (a row copied by hand) are joined, and text in a row whose key was
 * cleared is kept under a key of its own. A table whose Key or text column cannot be found is refused,
 * since rebuilding it would lose what is written there.
 */
export function readNarrative(snapshot: TableSnapshot | undefined): Map<string, string> {
  const texts = new Map<string, string>();
  if (!snapshot) return texts;
  const { records, issues } = readRecords(REPORT_NARRATIVE_TABLE, snapshot);
  const missing = issues.find((issue) => issue.kind === 'missingColumn' && issue.column !== 'section');
  if (missing) {
    const column = REPORT_NARRATIVE_TABLE.columns.find((spec) => spec.key === missing.column)!;
    throw new WorkbookError(
      'report.error.narrativeColumn',
      { table: snapshot.name, sheet: snapshot.sheet, column: translate('en', column.header) },
      `The table ${snapshot.name} on sheet "${snapshot.sheet}" has lost its column "${translate('en', column.header)}".`,
    );
  }
  let kept = 0;
  for (const record of records) {
    const text = record.text === null ? '' : String(record.text);
    if (text.trim() === '' || isPlaceholder(text)) continue;
    let key = narrativeKey(textOf(record.key));
    if (key === '') {
      do kept++;
      while (texts.has(`${KEPT_PREFIX}${kept}`));
      key = `${KEPT_PREFIX}${kept}`;
    }
    const before = texts.get(key);
    texts.set(key, before === undefined ? text : `${before}\n${text}`);
  }
  return texts;
}

/** The rows written back: key, heading, and the user's text or, where none, the guidance as placeholder. */
export function narrativeRows(items: readonly NarrativeItem[], t: Translator): CellValue[][] {
  return items.map((item) => [
    item.key,
    renderSentence(t, item.heading),
    item.text !== '' ? item.text : renderSentence(t, item.guidance),
  ]);
}
