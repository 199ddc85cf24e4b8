import { fail } from '../errors';
import { isWholeRows, parseAddress, type Rect } from '../address';
import type { SheetState } from './sheet';

export type Orientation = 'Portrait' | 'Landscape';

/** A sheet's print setup, as Excel's PageLayout (ExcelApi 1.9) shows it. */
export interface PageLayoutState {
  orientation: Orientation;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printArea: Rect | null;
  printTitleRows: Rect | null;
  footers: { left: string; center: string; right: string };
  /** 0-based rows that begin a page after a manual break (Worksheet.horizontalPageBreaks), in order. */
  rowBreaks: number[];
}

export function defaultPageLayout(): PageLayoutState {
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    printArea: null,
    printTitleRows: null,
    footers: { left: '', center: '', right: '' },
    rowBreaks: [],
  };
}

/** The paper sizes of Excel.PaperType the fake accepts (a sample of the 40-odd Excel knows). */
const PAPER_TYPES = new Set(['Letter', 'Legal', 'A3', 'A4', 'A5', 'B4', 'B5', 'Executive', 'Tabloid']);
/** Excel refuses a header or footer section longer than this. */
const HEADER_FOOTER_MAX = 255;

export function setOrientation(sheet: SheetState, value: unknown, location: string): void {
  if (value !== 'Portrait' && value !== 'Landscape') fail('InvalidArgument', location);
  sheet.pageLayout.orientation = value;
  sheet.workbook.changed();
}

export function setPaperSize(sheet: SheetState, value: unknown, location: string): void {
  if (typeof value !== 'string' || !PAPER_TYPES.has(value)) fail('InvalidArgument', location);
  sheet.pageLayout.paperSize = value;
  sheet.workbook.changed();
}

const fitCount = (value: unknown) => value === undefined || (Number.isInteger(value) && (value as number) >= 0);

/** A scale between 10 and 400, or pages to fit to (0 = as many as needed); not both. */
export function setZoom(sheet: SheetState, value: unknown, location: string): void {
  if (typeof value !== 'object' || value === null) fail('InvalidArgument', location);
  const { scale, horizontalFitToPages, verticalFitToPages } = value as PageLayoutState['zoom'];
  const fits = horizontalFitToPages !== undefined || verticalFitToPages !== undefined;
  const scaleOk = scale === undefined || (typeof scale === 'number' && scale >= 10 && scale <= 400);
  if (!scaleOk || !fitCount(horizontalFitToPages) || !fitCount(verticalFitToPages) || (fits && scale !== undefined))
    fail('InvalidArgument', location);
  sheet.pageLayout.zoom = fits ? { horizontalFitToPages, verticalFitToPages } : { scale };
  sheet.workbook.changed();
}

/** An address on this sheet; the print area may be whole columns, title rows must be whole rows. */
function localRect(sheet: SheetState, address: unknown, location: string): Rect {
  const parsed = typeof address === 'string' ? parseAddress(address) : null;
  if (!parsed || (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()))
    fail('InvalidArgument', location);
  return parsed.rect;
}

export function setPrintArea(sheet: SheetState, address: unknown, location: string): void {
  sheet.pageLayout.printArea = localRect(sheet, address, location);
  sheet.workbook.changed();
}

export function setPrintTitleRows(sheet: SheetState, address: unknown, location: string): void {
  const rect = localRect(sheet, address, location);
  if (!isWholeRows(rect)) fail('InvalidArgument', location);
  sheet.pageLayout.printTitleRows = rect;
  sheet.workbook.changed();
}

export function setFooter(
  sheet: SheetState,
  part: keyof PageLayoutState['footers'],
  value: unknown,
  location: string,
): void {
  if (typeof value !== 'string' || value.length > HEADER_FOOTER_MAX) fail('InvalidArgument', location);
  sheet.pageLayout.footers[part] = value;
  sheet.workbook.changed();
}

/** A manual page break above the range's first row; Excel refuses one above the sheet's first row. */
export function addRowBreak(sheet: SheetState, address: unknown, location: string): void {
  const { r0 } = localRect(sheet, address, location);
  if (r0 === 0) fail('InvalidArgument', location);
  if (!sheet.pageLayout.rowBreaks.includes(r0))
    sheet.pageLayout.rowBreaks = [...sheet.pageLayout.rowBreaks, r0].sort((a, b) => a - b);
  sheet.workbook.changed();
}

export function removeRowBreaks(sheet: SheetState): void {
  sheet.pageLayout.rowBreaks = [];
  sheet.workbook.changed();
}
