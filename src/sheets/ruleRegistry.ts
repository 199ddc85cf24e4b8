import type { CellValue } from '../core/model/cell';
import type { ConditionalFormatCreate, WorkbookSnapshot, WriteBatch } from './gateway';
import type { TableSpec } from './layout';
import { MARK_RULES_TABLE } from './layouts/checkTables';

export const ruleKey = (rule: Pick<ConditionalFormatCreate, 'sheet' | 'address' | 'formula'>) =>
  `${rule.sheet}|${rule.address}|${rule.formula}`;

/**
 * Adds to the batch the conditional formats not yet in the workbook, and records them in the registry table
 * on its hidden sheet. Excel gives rules no names to find them by later, so this table is how a re-run knows
 * a rule is there and does not stack a second copy on the user's sheet.
 */
export function addRulesOnce(
  batch: WriteBatch,
  snapshot: WorkbookSnapshot,
  wanted: ConditionalFormatCreate[],
  /** Where a new registry goes; called only when the workbook has none yet. */
  home: () => { sheet: string; top: number; left: number },
  writeTable: (spec: TableSpec, at: { sheet: string; top: number; left: number }, rows: CellValue[][]) => void,
): void {
  const registry = snapshot.tables[MARK_RULES_TABLE.name];
  const known = new Set((registry?.rows ?? []).map((row) => `${row[0]}|${row[1]}|${row[2] ?? ''}`));
  const added = wanted.filter((rule) => !known.has(ruleKey(rule)));
  if (added.length === 0) return;
  batch.conditionalFormats.push(...added);
  writeTable(MARK_RULES_TABLE, registry ?? home(), [
    ...(registry?.rows ?? []).map((row) => [row[0] ?? '', row[1] ?? '', row[2] ?? '']),
    ...added.map((rule) => [rule.sheet, rule.address, rule.formula]),
  ]);
}
