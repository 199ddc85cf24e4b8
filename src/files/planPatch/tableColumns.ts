import type { ColumnsAdd } from '../../sheets/gateway';
import { cellAddress } from '../../sheets/layout';
import { a1Range, boxesOverlap, parseA1Range, type CellBox } from '../a1Range';
import type { PackageParts } from './packageParts';
import { setCells, styleAt } from './sheetCells';
import type { AddedStyles } from './styles';
import { workbookMap, type TablePart } from './workbookMap';
import { attributeOf, escapeXml, withAttribute } from './xmlText';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
/** A cell holding a value, a formula or inline text (empty cells and cells with only a style are free). */
const CELL_WITH_CONTENT = /<c\b[^>]*\sr="([A-Z]+)(\d+)"[^>]*?(?<!\/)>\s*<(?:v|f|is)\b/g;

function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column - 1;
}

/** Where the added columns go: beside the table, over its header and body rows. */
function newColumnsBox(table: TablePart, count: number): CellBox {
  const box = parseA1Range(table.ref)!;
  return { top: box.top, bottom: box.bottom, left: box.right + 1, right: box.right + count };
}

/**
 * Why the columns cannot be added here, or null. Excel would move the cells to the right of the table; this
 * writer keeps every part it does not own as it is, so it refuses (before anything is written) instead.
 */
export function columnsAddProblem(parts: PackageParts, add: ColumnsAdd): string | null {
  const table = workbookMap(parts).tables.find((candidate) => same(candidate.name, add.table));
  if (!table) return `there is no table "${add.table}" to add columns to`;
  const box = newColumnsBox(table, add.headers.length);
  const neighbour = workbookMap(parts).tables.find(
    (other) => other !== table && other.sheet.part === table.sheet.part && boxesOverlap(parseA1Range(other.ref)!, box),
  );
  if (neighbour) return `columns added to ${add.table} would cover the table ${neighbour.name}`;
  for (const [, letters, row] of parts.text(table.sheet.part).matchAll(CELL_WITH_CONTENT)) {
    const at = {
      top: Number(row) - 1,
      bottom: Number(row) - 1,
      left: columnNumber(letters),
      right: columnNumber(letters),
    };
    if (boxesOverlap(at, box)) return `columns added to ${add.table} would cover ${cellAddress(at.top, at.left)}`;
  }
  return null;
}

/**
 * Columns at the right edge of a table, as Office.js `table.columns.add` does: the table part gets the columns
 * and its new reference, the sheet the header cells (in the header row's look), blank body cells in the
 * column's number format, and the column widths.
 */
export function addTableColumns(parts: PackageParts, add: ColumnsAdd, styles: AddedStyles): void {
  const table = workbookMap(parts).tables.find((candidate) => same(candidate.name, add.table))!;
  const box = parseA1Range(table.ref)!;
  const added = newColumnsBox(table, add.headers.length);
  const ref = a1Range({ ...box, right: added.right });
  let sheetXml = parts.text(table.sheet.part);
  const headerStyle = styleAt(sheetXml, box.top, box.right);
  sheetXml = setCells(
    sheetXml,
    add.headers.flatMap((header, i) => {
      const body = styles.index({ numberFormat: add.columns[i].numberFormat });
      const column = added.left + i;
      return [
        { row: box.top, column, value: header, style: headerStyle },
        ...Array.from({ length: box.bottom - box.top }, (_, r) => ({
          row: box.top + 1 + r,
          column,
          value: '',
          style: body,
        })),
      ];
    }),
  );
  parts.setText(
    table.sheet.part,
    withColumnWidths(
      sheetXml,
      added.left,
      add.columns.map((column) => column.width),
    ),
  );
  let xml = parts.text(table.part);
  const ids = [...xml.matchAll(/<(?:\w+:)?tableColumn\b[^>]*>/g)].map(([e]) => Number(attributeOf(e, 'id') ?? 0));
  const next = Math.max(0, ...ids) + 1;
  const columns = add.headers.map((header, i) => `<tableColumn id="${next + i}" name="${escapeXml(header)}"/>`);
  xml = xml.replace(
    /<((?:\w+:)?)tableColumns\b([^>]*)>([\s\S]*?)<\/\1tableColumns>/,
    (_, prefix: string, attrs: string, inner: string) => {
      const count = ids.length + columns.length;
      const head = withAttribute(`<${prefix}tableColumns${attrs}>`, 'count', String(count));
      const own =
        prefix === '' ? columns : columns.map((column) => column.replace('<tableColumn', `<${prefix}tableColumn`));
      return `${head}${inner}${own.join('')}</${prefix}tableColumns>`;
    },
  );
  xml = xml.replace(/<(?:\w+:)?table\b[^>]*>/, (head) => withAttribute(head, 'ref', ref));
  parts.setText(
    table.part,
    xml.replace(/<(?:\w+:)?autoFilter\b[^>]*>/, (filter) => withAttribute(filter, 'ref', ref)),
  );
}

/** Widths for columns no `<col>` element covers yet (a width the sheet already gives a column is kept), in order. */
function withColumnWidths(sheetXml: string, left: number, widths: number[]): string {
  const cols = [...sheetXml.matchAll(/<col\b[^>]*\/>/g)].map(([element]) => ({
    min: Number(attributeOf(element, 'min')) - 1,
    max: Number(attributeOf(element, 'max')) - 1,
    element,
  }));
  const added = widths
    .map((width, i) => ({ column: left + i, width }))
    .filter(({ column }) => !cols.some((col) => col.min <= column && column <= col.max))
    .map(({ column, width }) => ({
      min: column,
      max: column,
      element: `<col min="${column + 1}" max="${column + 1}" width="${width}" customWidth="1"/>`,
    }));
  if (added.length === 0) return sheetXml;
  const all = [...cols, ...added].sort((a, b) => a.min - b.min).map((col) => col.element);
  const block = /<cols\b[^>]*>[\s\S]*?<\/cols>|<cols\s*\/>/.exec(sheetXml);
  if (block) return sheetXml.replace(block[0], `<cols>${all.join('')}</cols>`);
  return sheetXml.replace(/<sheetData\b/, `<cols>${all.join('')}</cols><sheetData`);
}
