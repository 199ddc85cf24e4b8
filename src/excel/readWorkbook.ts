import type { CellValue } from '../core/model/cell';
import { numberShownAs, type NumberShown } from '../sheets/numberFormatKind';
import type { ExistingRule, ReadRequest, SheetInfo, TableSnapshot, WorkbookSnapshot } from '../sheets/gateway';

/** One round trip: sheet names, table names, and the full range of every requested table that exists. */
export async function readWorkbook(context: Excel.RequestContext, request: ReadRequest): Promise<WorkbookSnapshot> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  const tables = context.workbook.tables;
  tables.load('items/name');
  const rulesOn = new Set(request.rulesOn ?? []);
  const wanted = request.tables.map((name) => {
    const table = context.workbook.tables.getItemOrNullObject(name);
    table.load('name');
    const range = table.getRange();
    range.load('values,numberFormat,rowIndex,columnIndex,address');
    const rules = rulesOn.has(name)
      ? range.conditionalFormats.load('items/id,items/customOrNullObject/rule/formula')
      : null;
    return { table, range, rules };
  });
  const starts = (request.sheetStarts ?? []).map((name) => {
    const worksheet = sheets.getItemOrNullObject(name);
    worksheet.load('name');
    const a1 = worksheet.getRange('A1');
    a1.load('values');
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load('address');
    const charts = worksheet.charts.load('items/name,items/title/text');
    return { worksheet, a1, used, charts };
  });
  await context.sync();

  const start = new Map<string, SheetInfo['start']>();
  for (const { worksheet, a1, used, charts } of starts) {
    if (worksheet.isNullObject) continue;
    const local = used.isNullObject ? null : used.address.slice(used.address.lastIndexOf('!') + 1);
    start.set(worksheet.name, {
      a1: (a1.values as CellValue[][])[0][0],
      onlyA1: local === null || local === 'A1',
      charts: charts.items.map((chart) => ({ name: chart.name, title: chart.title.text ?? '' })),
    });
  }
  const snapshots: Record<string, TableSnapshot> = {};
  for (const { table, range, rules } of wanted) {
    if (table.isNullObject) continue;
    const [headers, ...rows] = range.values as CellValue[][];
    const formats = (range.numberFormat as string[][]).slice(1);
    const shown: Record<NumberShown, { row: number; column: number }[]> = { date: [], percent: [] };
    rows.forEach((cells, row) =>
      cells.forEach((cell, column) => {
        const as = typeof cell === 'number' ? numberShownAs(String(formats[row]?.[column] ?? '')) : null;
        if (as) shown[as].push({ row, column });
      }),
    );
    snapshots[table.name] = {
      name: table.name,
      sheet: sheetOfAddress(range.address),
      top: range.rowIndex,
      left: range.columnIndex,
      headers: headers.map((header) => String(header ?? '')),
      rows,
      dateCells: shown.date,
      percentCells: shown.percent,
      ...(rules ? { rules: customRules(rules) } : {}),
    };
  }
  return {
    sheets: sheets.items.map((sheet) => {
      const info: SheetInfo = { name: sheet.name, visible: sheet.visibility === 'Visible' };
      const begun = start.get(sheet.name);
      return begun ? { ...info, start: begun } : info;
    }),
    tableNames: tables.items.map((table) => table.name),
    tables: snapshots,
  };
}

/** The custom-formula rules of a loaded collection; other kinds (data bars, colour scales...) have no formula. */
function customRules(rules: Excel.ConditionalFormatCollection): ExistingRule[] {
  return rules.items.flatMap((rule) =>
    rule.customOrNullObject.isNullObject ? [] : [{ id: rule.id, formula: rule.customOrNullObject.rule.formula }],
  );
}

/** "'M&E plan'!A9:K14" → "M&E plan": Excel quotes names with spaces or symbols and doubles their quotes. */
export function sheetOfAddress(address: string): string {
  const sheet = address.slice(0, address.lastIndexOf('!'));
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}
