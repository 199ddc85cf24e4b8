import type { CellValue } from '../../core/model/cell';
import { cellAddress, quoteSheet } from '../../sheets/layout';
import type { PageLayoutWrite, SheetCreate, TableCreate } from '../../sheets/gateway';
import type { PackageParts } from './packageParts';
import { cellXml } from './sheetCells';
import type { AddedStyles } from './styles';
import { WORKBOOK, type SheetPart } from './workbookMap';
import { attributeOf, escapeXml } from './xmlText';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPES = '[Content_Types].xml';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const TABLE_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';

export interface NewSheet {
  create: SheetCreate;
  table: TableCreate;
  /** Cells outside the table (the title). */
  cells: { row: number; column: number; value: CellValue; bold?: boolean }[];
  freezeRows: number;
  page: PageLayoutWrite | undefined;
}

export function freeName(parts: PackageParts, pattern: (n: number) => string): string {
  for (let n = 1; ; n++) if (!parts.has(pattern(n))) return pattern(n);
}

export function addRelationship(parts: PackageParts, rels: string, type: string, target: string): string {
  const xml = parts.has(rels)
    ? parts.text(rels)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const ids = new Set([...xml.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let id = 'rIdNap1';
  for (let n = 1; ids.has(id); n++) id = `rIdNap${n}`;
  const element = `<Relationship Id="${id}" Type="${REL}/${type}" Target="${escapeXml(target)}"/>`;
  parts.setText(rels, xml.replace('</Relationships>', `${element}</Relationships>`));
  return id;
}

export function addContentType(parts: PackageParts, part: string, type: string): void {
  const xml = parts.text(TYPES);
  parts.setText(TYPES, xml.replace('</Types>', `<Override PartName="/${part}" ContentType="${type}"/></Types>`));
}

function nextTableId(parts: PackageParts): number {
  const ids = parts
    .names()
    .filter((name) => /^xl\/tables\/[^/]+\.xml$/.test(name))
    .map((name) => Number(attributeOf(/<(?:\w+:)?table\b[^>]*>/.exec(parts.text(name))?.[0] ?? '', 'id') ?? 0));
  return Math.max(0, ...ids) + 1;
}

/**
 * Adds a sheet holding one table to the package: the worksheet and table parts, their relationships and
 * content types, the sheet in workbook.xml (and its print titles), new styles appended. Every existing part
 * other than workbook.xml, its relationships, [Content_Types].xml and styles.xml is left as it was.
 */
export function addSheetWithTable(
  parts: PackageParts,
  sheets: readonly SheetPart[],
  sheet: NewSheet,
  styles: AddedStyles,
): void {
  const { table } = sheet;
  const sheetPart = freeName(parts, (n) => `xl/worksheets/sheet${n}.xml`);
  const tablePart = freeName(parts, (n) => `xl/tables/table${n}.xml`);
  const bottom = table.top + Math.max(table.rows.length, 1);
  const right = table.left + table.headers.length - 1;
  const ref = `${cellAddress(table.top, table.left)}:${cellAddress(bottom, right)}`;
  const columnStyles = table.columns.map((column) => styles.index({ numberFormat: column.numberFormat }));
  const rows = new Map<number, string[]>();
  const put = (row: number, xml: string) => rows.set(row, [...(rows.get(row) ?? []), xml]);
  for (const cell of sheet.cells)
    put(cell.row, cellXml(cell.row, cell.column, cell.value, cell.bold ? styles.index({ bold: true }) : undefined));
  table.headers.forEach((header, i) =>
    put(table.top, cellXml(table.top, table.left + i, header, styles.index({ bold: true }))),
  );
  table.rows.forEach((row, r) =>
    row.forEach((value, i) => {
      const at = table.top + 1 + r;
      put(at, cellXml(at, table.left + i, typeof value === 'object' && value !== null ? null : value, columnStyles[i]));
    }),
  );
  const sheetData = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, cells]) => `<row r="${row + 1}">${cells.join('')}</row>`)
    .join('');
  const cols = table.columns
    .map(
      (column, i) =>
        `<col min="${table.left + i + 1}" max="${table.left + i + 1}" width="${column.width}" customWidth="1"/>`,
    )
    .join('');
  const pane =
    sheet.freezeRows > 0
      ? `<pane ySplit="${sheet.freezeRows}" topLeftCell="A${sheet.freezeRows + 1}" activePane="bottomLeft" state="frozen"/>`
      : '';
  const page = sheet.page ? `<pageSetup orientation="${sheet.page.orientation}" fitToWidth="1" fitToHeight="0"/>` : '';
  const fit = sheet.page ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '';
  parts.setText(
    sheetPart,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${fit}<dimension ref="A1:${cellAddress(bottom, right)}"/><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${sheetData}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${page}<tableParts count="1"><tablePart r:id="${addRelationship(parts, `xl/worksheets/_rels/${sheetPart.slice('xl/worksheets/'.length)}.rels`, 'table', `../tables/${tablePart.slice('xl/tables/'.length)}`)}"/></tableParts></worksheet>`,
  );
  const columns = table.headers.map((header, i) => `<tableColumn id="${i + 1}" name="${escapeXml(header)}"/>`).join('');
  parts.setText(
    tablePart,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN}" id="${nextTableId(parts)}" name="${escapeXml(table.name)}" displayName="${escapeXml(table.name)}" ref="${ref}" totalsRowShown="0"><autoFilter ref="${ref}"/><tableColumns count="${table.headers.length}">${columns}</tableColumns><tableStyleInfo name="${escapeXml(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
  );
  addContentType(parts, sheetPart, WORKSHEET_TYPE);
  addContentType(parts, tablePart, TABLE_TYPE);
  addToWorkbook(parts, sheets, sheet, sheetPart, table.top);
}

function addToWorkbook(
  parts: PackageParts,
  sheets: readonly SheetPart[],
  sheet: NewSheet,
  sheetPart: string,
  headerRow: number,
): void {
  const id = addRelationship(parts, 'xl/_rels/workbook.xml.rels', 'worksheet', sheetPart.slice('xl/'.length));
  let xml = parts.text(WORKBOOK);
  const prefix = new RegExp(`xmlns:(\\w+)="${REL}"`).exec(xml)?.[1];
  if (!prefix) xml = xml.replace(/<workbook\b/, `<workbook xmlns:r="${REL}"`);
  const sheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
  const state = sheet.create.visible ? '' : ' state="hidden"';
  const element = `<sheet name="${escapeXml(sheet.create.name)}" sheetId="${sheetId}"${state} ${prefix ?? 'r'}:id="${id}"/>`;
  xml = xml.replace(/<\/(\w+:)?sheets>/, (close) => `${element}${close}`);
  if (sheet.page) {
    const title = `<definedName name="_xlnm.Print_Titles" localSheetId="${sheets.length}">${escapeXml(quoteSheet(sheet.create.name))}!$${headerRow + 1}:$${headerRow + 1}</definedName>`;
    xml = /<definedNames\b/.test(xml)
      ? xml.replace(/<\/(\w+:)?definedNames>/, (close) => `${title}${close}`)
      : xml.replace(/<\/(\w+:)?sheets>/, (close) => `${close}<definedNames>${title}</definedNames>`);
  }
  parts.setText(WORKBOOK, xml);
}
