import { isFormulaCell, type CellWrite, type WriteBatch } from '../sheets/gateway';
import { batchProblems } from '../sheets/validateBatch';
import { boxesOverlap, parseA1Range, type CellBox } from './a1Range';

/** Excel's own limits on what a cell and a column can hold. */
const MAX_TEXT = 32_767;
const MAX_WIDTH = 255;
const MAX_ROWS = 1_048_576;
const COLOR = /^#?[0-9A-Fa-f]{6}$/;

/** The workbook as it really is, which the batch's `basis` (what it was planned on) should match. */
export interface ExistingWorkbook {
  sheets: { name: string; visible: boolean }[];
  tables: { name: string; sheet: string; box: CellBox }[];
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Everything that would make the file wrong or Excel refuse it, checked before the first change: the shared
 * rules (names, shapes, overlaps within the batch) plus what only the real workbook can tell, such as a new
 * table landing on a table already there.
 */
export function writeProblems(batch: WriteBatch, existing: ExistingWorkbook): string[] {
  const problems = batchProblems(batch);
  for (const name of batch.deleteTables) {
    if (!existing.tables.some((table) => same(table.name, name)))
      problems.push(`there is no table "${name}" to replace`);
  }
  const kept = existing.tables.filter((table) => !batch.deleteTables.some((name) => same(name, table.name)));
  for (const sheet of batch.createSheets) {
    const exists = existing.sheets.some((other) => same(other.name, sheet.name));
    if (exists && !sheet.resume) problems.push(`a sheet named "${sheet.name}" exists already`);
    if (!exists && sheet.resume) problems.push(`there is no sheet "${sheet.name}" to resume`);
    if (sheet.tabColor !== undefined && !COLOR.test(sheet.tabColor))
      problems.push(`sheet "${sheet.name}": tab colour ${sheet.tabColor}`);
  }
  for (const table of batch.tables) {
    const box = {
      top: table.top,
      left: table.left,
      bottom: table.top + Math.max(table.rows.length, 1),
      right: table.left + table.headers.length - 1,
    };
    for (const other of kept) {
      if (same(other.name, table.name)) problems.push(`a table named "${table.name}" exists already`);
      else if (same(other.sheet, table.sheet) && boxesOverlap(box, other.box))
        problems.push(`table ${table.name} overlaps the existing table ${other.name}`);
    }
    table.columns.forEach((column, index) => {
      if (!(column.width > 0 && column.width <= MAX_WIDTH))
        problems.push(`table ${table.name}, column ${index + 1}: width ${column.width}`);
      if (column.list && column.list.source.replace(/^=/, '').trim() === '')
        problems.push(`table ${table.name}, column ${index + 1}: empty list source`);
    });
    problems.push(...cellProblems(`table ${table.name}`, [table.headers, ...table.rows]));
  }
  for (const block of batch.blocks) {
    const what = `block at ${block.sheet} row ${block.top + 1}`;
    problems.push(...cellProblems(what, block.rows));
    block.widths?.forEach((width) => {
      if (!(width > 0 && width <= MAX_WIDTH)) problems.push(`${what}: width ${width}`);
    });
  }
  for (const append of batch.appendRows) problems.push(...cellProblems(`rows added to ${append.table}`, append.rows));
  const sheets = [...existing.sheets.map((sheet) => sheet.name), ...batch.createSheets.map((sheet) => sheet.name)];
  const targets = [
    batch.blocks,
    batch.tables,
    batch.freezeRows,
    batch.conditionalFormats,
    batch.charts,
    batch.pageLayouts,
  ].flatMap((items) => items.map((item) => item.sheet));
  for (const target of new Set(targets)) {
    if (!sheets.some((name) => same(name, target))) problems.push(`there is no sheet "${target}"`);
  }
  for (const freeze of batch.freezeRows) {
    if (!Number.isInteger(freeze.rows) || freeze.rows < 0 || freeze.rows >= MAX_ROWS)
      problems.push(`freeze panes on "${freeze.sheet}": ${freeze.rows} rows`);
  }
  for (const rule of batch.conditionalFormats) {
    const what = `conditional format on ${rule.sheet}!${rule.address}`;
    if (!parseA1Range(rule.address)) problems.push(`${what}: not a range`);
    if (rule.formula.replace(/^=/, '').trim() === '') problems.push(`${what}: empty formula`);
    for (const color of [rule.fill, rule.fontColor ?? '#000000'])
      if (!COLOR.test(color)) problems.push(`${what}: colour ${color}`);
  }
  if (batch.activate !== undefined) {
    const sheet = [...existing.sheets, ...batch.createSheets].find((candidate) =>
      same(candidate.name, batch.activate ?? ''),
    );
    if (!sheet) problems.push(`cannot activate "${batch.activate}": there is no such sheet`);
    else if (!sheet.visible) problems.push(`cannot activate the hidden sheet "${batch.activate}"`);
  }
  return [...new Set(problems)];
}

function cellProblems(what: string, rows: CellWrite[][]): string[] {
  const problems: string[] = [];
  rows.forEach((row, rowIndex) =>
    row.forEach((cell, columnIndex) => {
      const where = `${what}, row ${rowIndex + 1}, column ${columnIndex + 1}`;
      const value = isFormulaCell(cell) ? cell.result : cell;
      if (isFormulaCell(cell) && cell.formula.replace(/^=/, '').trim() === '') problems.push(`${where}: empty formula`);
      if (typeof value === 'number' && !Number.isFinite(value))
        problems.push(`${where}: ${value} is not a number Excel can hold`);
      if (typeof value === 'string' && value.length > MAX_TEXT)
        problems.push(`${where}: text longer than ${MAX_TEXT} characters`);
    }),
  );
  return problems;
}
