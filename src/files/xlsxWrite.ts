import type ExcelJS from 'exceljs';
import type { MessageKey } from '../core/i18n/translate';
import type { BlockWrite, ConditionalFormatCreate, TableCreate, WriteBatch } from '../sheets/gateway';
import { boxesOverlap, parseA1Range, type CellBox } from './a1Range';
import { exceljsValue } from './cellWrite';
import { workbookTables, type SheetTable } from './exceljsTables';
import { appendToTable } from './tableAppend';
import { addColumnsToTable } from './tableColumnAdd';
import { setRowHeights, writeTable } from './tableWrite';
import { setPageSetup } from './pageSetup';
import { activateSheet, freezeRows } from './workbookView';

const argb = (color: string) => `FF${color.replace('#', '').toUpperCase()}`;

/**
 * Applies a batch that writeProblems found valid, in the order Office.js does: replaced tables out, sheets,
 * columns added to tables, blocks, tables, panes, rules, then the active sheet. Returns what a file cannot hold (charts: exceljs
 * cannot draw them).
 */
export function applyBatch(workbook: ExcelJS.Workbook, batch: WriteBatch, existingTables: SheetTable[]): MessageKey[] {
  const sheet = (name: string): ExcelJS.Worksheet => {
    const found = workbook.worksheets.find((worksheet) => worksheet.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new Error(`Sheet ${name} vanished after validation`);
    return found;
  };
  const deleted = existingTables.filter((table) =>
    batch.deleteTables.some((name) => name.toLowerCase() === table.name.toLowerCase()),
  );
  for (const table of deleted) deleteTable(table);
  const kept = existingTables.filter((table) => !deleted.includes(table));
  for (const create of batch.createSheets) {
    const state = create.visible ? 'visible' : 'hidden';
    const tabColor = create.tabColor ? { tabColor: { argb: argb(create.tabColor) } } : {};
    if (!create.resume) workbook.addWorksheet(create.name, { state, properties: tabColor });
    else Object.assign(sheet(create.name), { state, properties: { ...sheet(create.name).properties, ...tabColor } });
  }
  for (const add of batch.addColumns)
    addColumnsToTable(
      workbookTables(workbook).find((table) => table.name.toLowerCase() === add.table.toLowerCase())!,
      add,
    );
  for (const block of batch.blocks) writeBlock(sheet(block.sheet), block);
  for (const table of batch.tables) writeTable(sheet(table.sheet), table, neighbours(table, batch, kept));
  for (const table of batch.tables) setRowHeights(sheet(table.sheet), table);
  if (batch.appendRows.length > 0) {
    const now = workbookTables(workbook);
    for (const append of batch.appendRows)
      appendToTable(
        now.find((table) => table.name.toLowerCase() === append.table.toLowerCase())!,
        append,
      );
  }
  for (const freeze of batch.freezeRows) freezeRows(sheet(freeze.sheet), freeze.rows);
  for (const layout of batch.pageLayouts) setPageSetup(sheet(layout.sheet), layout);
  for (const rule of batch.conditionalFormats.filter((candidate) => candidate.replace))
    clearConditionalFormats(sheet(rule.sheet), rule.address);
  batch.conditionalFormats.forEach((rule) => addConditionalFormat(sheet(rule.sheet), rule));
  if (batch.activate) activateSheet(workbook, sheet(batch.activate));
  return batch.charts.length > 0 ? ['files.degraded.noCharts'] : [];
}

/** As Office.js `getRange().clear()` then `delete()`: the cells, their formats and dropdowns go too. */
function deleteTable(table: SheetTable): void {
  const { worksheet, box } = table;
  for (let row = box.top; row <= box.bottom; row++) {
    for (let column = box.left; column <= box.right; column++) {
      const cell = worksheet.findCell(row + 1, column + 1);
      if (!cell) continue;
      cell.value = null;
      cell.style = {};
    }
  }
  const validations = (worksheet as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations
    .model;
  for (const range of Object.keys(validations)) {
    const start = parseA1Range(range.split(':')[0]);
    if (start && boxesOverlap(start, box)) delete validations[range];
  }
  worksheet.removeTable(table.name);
}

function writeBlock(worksheet: ExcelJS.Worksheet, block: BlockWrite): void {
  block.rows.forEach((row, rowIndex) =>
    row.forEach((value, columnIndex) => {
      const cell = worksheet.getCell(block.top + rowIndex + 1, block.left + columnIndex + 1);
      const format = block.numberFormats?.[columnIndex];
      if (format) cell.numFmt = format;
      cell.value = exceljsValue(value);
      if (block.bold) cell.font = { ...cell.font, bold: true };
      if (block.wrap) cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' };
    }),
  );
  block.widths?.forEach((width, index) => {
    worksheet.getColumn(block.left + index + 1).width = width;
  });
}

/** Drops the rules on exactly this range, as the Office gateway clears its own output columns. */
function clearConditionalFormats(worksheet: ExcelJS.Worksheet, address: string): void {
  const sheet = worksheet as unknown as { conditionalFormattings: { ref: string }[] };
  sheet.conditionalFormattings = sheet.conditionalFormattings.filter((format) => format.ref !== address);
}

function addConditionalFormat(worksheet: ExcelJS.Worksheet, rule: ConditionalFormatCreate): void {
  worksheet.addConditionalFormatting({
    ref: rule.address,
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: [rule.formula.replace(/^=/, '')],
        style: {
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.fill) } },
          ...(rule.fontColor ? { font: { color: { argb: argb(rule.fontColor) } } } : {}),
        },
      },
    ],
  });
}

/** What else occupies the table's sheet: kept tables, the batch's other tables and its blocks. */
function neighbours(table: TableCreate, batch: WriteBatch, kept: SheetTable[]): CellBox[] {
  const same = (sheet: string) => sheet.toLowerCase() === table.sheet.toLowerCase();
  return [
    ...kept.filter((other) => same(other.worksheet.name)).map((other) => other.box),
    ...batch.tables
      .filter((other) => other !== table && same(other.sheet))
      .map((other) => ({
        top: other.top,
        left: other.left,
        bottom: other.top + Math.max(other.rows.length, 1),
        right: other.left + other.headers.length - 1,
      })),
    ...batch.blocks
      .filter((block) => same(block.sheet))
      .map((block) => ({
        top: block.top,
        left: block.left,
        bottom: block.top + block.rows.length - 1,
        right: block.left + (block.rows[0]?.length ?? 1) - 1,
      })),
  ];
}
