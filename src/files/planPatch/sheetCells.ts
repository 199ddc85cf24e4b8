import type { CellValue } from '../../core/model/cell';
import { cellAddress, columnLetter } from '../../sheets/layout';
import { attributeOf, escapeXml, withAttribute } from './xmlText';

export interface CellEdit {
  row: number;
  column: number;
  value: CellValue;
  /** Style index (cellXfs) for a new cell; an existing cell keeps its own. */
  style?: number;
}

/** A cell's look changed, its content kept (an empty cell is added where there is none). */
export interface CellRestyle {
  row: number;
  column: number;
  restyle: (current: number) => number;
}

const ROW = /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
const CELL = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

function columnOf(reference: string): number {
  let column = 0;
  for (const letter of reference.replace(/\d+$/, '')) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column - 1;
}

/** A cell's XML: numbers as numbers, booleans as booleans, text inline (no shared-strings part to renumber). */
export function cellXml(row: number, column: number, value: CellValue, style: number | undefined): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  const r = cellAddress(row, column);
  if (value === null || value === '') return `<c r="${r}"${s}/>`;
  if (typeof value === 'number') return `<c r="${r}"${s}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${r}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${r}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

/** The style index of a cell in a sheet's XML, so rows added to a table look like the rows above. */
export function styleAt(sheetXml: string, row: number, column: number): number | undefined {
  const address = cellAddress(row, column);
  const match = new RegExp(`<c\\b[^>]*\\sr="${address}"[^>]*>`).exec(sheetXml);
  const s = match ? attributeOf(match[0], 's') : null;
  return s === null ? undefined : Number(s);
}

/**
 * Sets cells in a worksheet's XML, leaving every other row, cell and element as it was: a cell that exists
 * gets its value replaced (its style kept), a missing one is inserted in column order, a missing row in row
 * order; the sheet's dimension grows to cover them.
 */
export function setCells(sheetXml: string, edits: readonly (CellEdit | CellRestyle)[]): string {
  if (edits.length === 0) return sheetXml;
  const open = /<sheetData\s*\/>|<sheetData\b[^>]*>/.exec(sheetXml);
  if (!open) throw new Error('worksheet without sheetData');
  const selfClosed = open[0].endsWith('/>');
  const start = open.index + open[0].length;
  const end = selfClosed ? start : sheetXml.indexOf('</sheetData>', start);
  const rows = new Map<number, string>();
  for (const [element] of sheetXml.slice(start, end).matchAll(ROW))
    rows.set(Number(attributeOf(element, 'r')) - 1, element);
  const byRow = new Map<number, (CellEdit | CellRestyle)[]>();
  for (const edit of edits) byRow.set(edit.row, [...(byRow.get(edit.row) ?? []), edit]);
  for (const [row, cells] of byRow) rows.set(row, editRow(rows.get(row) ?? `<row r="${row + 1}"/>`, row, cells));
  const body = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, element]) => element)
    .join('');
  const head = selfClosed ? sheetXml.slice(0, open.index) + '<sheetData>' : sheetXml.slice(0, start);
  const tail = selfClosed ? '</sheetData>' + sheetXml.slice(start) : sheetXml.slice(end);
  return grownDimension(head + body + tail, edits);
}

function editRow(rowXml: string, row: number, edits: readonly (CellEdit | CellRestyle)[]): string {
  const openTag = /^<row\b[^>]*?(\/?)>/.exec(rowXml)!;
  const inner = openTag[1] === '/' ? '' : rowXml.slice(openTag[0].length, rowXml.length - '</row>'.length);
  const cells = new Map<number, string>();
  for (const [element] of inner.matchAll(CELL)) cells.set(columnOf(attributeOf(element, 'r') ?? 'A'), element);
  for (const edit of edits) {
    const existing = cells.get(edit.column);
    const style = existing ? attributeOf(existing, 's') : null;
    if ('restyle' in edit) {
      const look = edit.restyle(style === null ? 0 : Number(style));
      const element = existing ?? `<c r="${cellAddress(row, edit.column)}"/>`;
      cells.set(
        edit.column,
        element.replace(/^<c\b[^>]*?(?=\/?>)/, (open) => withAttribute(`${open}>`, 's', String(look)).slice(0, -1)),
      );
      continue;
    }
    cells.set(edit.column, cellXml(row, edit.column, edit.value, style === null ? edit.style : Number(style)));
  }
  const tag = openTag[0].replace(/\/>$/, '>').replace(/\sspans="[^"]*"/, '');
  return `${tag}${[...cells.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, c]) => c)
    .join('')}</row>`;
}

function grownDimension(sheetXml: string, edits: readonly { row: number; column: number }[]): string {
  const match = /<dimension\b[^>]*\/>/.exec(sheetXml);
  if (!match) return sheetXml;
  const bottom = Math.max(...edits.map((e) => e.row));
  const right = Math.max(...edits.map((e) => e.column));
  const ref = attributeOf(match[0], 'ref') ?? 'A1';
  const [first, last = first] = ref.split(':');
  const lastRow = Math.max(Number(last.replace(/^[A-Z]+/, '')) - 1, bottom);
  const lastColumn = Math.max(columnOf(last), right);
  const grown = withAttribute(match[0], 'ref', `${first}:${columnLetter(lastColumn)}${lastRow + 1}`);
  return sheetXml.replace(match[0], grown);
}
