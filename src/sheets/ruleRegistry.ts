import type { CellValue } from '../core/model/cell';
import type { ConditionalFormatCreate, ExistingRule, WorkbookSnapshot, WriteBatch } from './gateway';
import type { TableSpec } from './layout';
import { MARK_RULES_TABLE } from './layouts/checkTables';

export const ruleKey = (rule: Pick<ConditionalFormatCreate, 'sheet' | 'address' | 'formula'>) =>
  `${rule.sheet}|${rule.address}|${rule.formula}`;

/** Excel may report a formula with or without its "=" and in its own case. */
const sameFormula = (a: string, b: string) => a.replace(/^=/, '').toLowerCase() === b.replace(/^=/, '').toLowerCase();

/** The rules of `found` that carry this formula: by their formula, which names NAP Monitor's own marks list. */
export function rulesLike(formula: string, found: readonly ExistingRule[]): string[] {
  return found.filter((rule) => sameFormula(rule.formula, formula)).map((rule) => rule.id);
}

/**
 * Adds to the batch the conditional formats not yet in the workbook, and records them in the registry table
 * on its hidden sheet. Excel gives rules no names to find them by later, so this table is how a re-run knows
 * a rule is there and does not stack a second copy on the user's sheet. A rule added by a run that Excel
 * stopped before the registry recorded it is not in the table: where the gateway reports the rules on the
 * range (`supersedes` given), that leftover is replaced, and the registry forgets the rules replaced with it.
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
  const recorded = (registry?.rows ?? []).map((row) => ({
    sheet: String(row[0] ?? ''),
    address: String(row[1] ?? ''),
    formula: String(row[2] ?? ''),
  }));
  const known = new Set(recorded.map(ruleKey));
  const added = wanted.filter((rule) => !known.has(ruleKey(rule)));
  if (added.length === 0) return;
  batch.conditionalFormats.push(...added);
  const replaced = (row: (typeof recorded)[number]) =>
    added.some((rule) => rule.supersedes && rule.sheet === row.sheet && sameFormula(rule.formula, row.formula));
  writeTable(MARK_RULES_TABLE, registry ?? home(), [
    ...recorded.filter((row) => !replaced(row)).map((row) => [row.sheet, row.address, row.formula]),
    ...added.map((rule) => [rule.sheet, rule.address, rule.formula]),
  ]);
}
