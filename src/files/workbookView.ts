import type ExcelJS from 'exceljs';
import { cellAddress } from '../sheets/layout';

/** exceljs keeps `tabSelected` in the view model but leaves it out of its type declarations. */
type SheetView = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };

/** exceljs writes the selected cell only for a view with a state, so a view without one counts as normal. */
function firstView(worksheet: ExcelJS.Worksheet): SheetView {
  return { state: 'normal', ...(worksheet.views[0] as SheetView | undefined) } as SheetView;
}

function setFirstView(worksheet: ExcelJS.Worksheet, view: SheetView): void {
  worksheet.views = [view as Partial<ExcelJS.WorksheetView>, ...worksheet.views.slice(1)];
}

/** Freezes the top `rows` rows (0 unfreezes), keeping the selected cell and tab state of the view. */
export function freezeRows(worksheet: ExcelJS.Worksheet, rows: number): void {
  const { activeCell, tabSelected } = firstView(worksheet);
  const view: SheetView =
    rows > 0 ? { state: 'frozen', xSplit: 0, ySplit: rows, topLeftCell: cellAddress(rows, 0) } : { state: 'normal' };
  setFirstView(worksheet, { ...view, activeCell, tabSelected });
}

/** The sheet the file opens on: the workbook's active tab, and the only sheet whose tab is selected. */
export function activateSheet(workbook: ExcelJS.Workbook, worksheet: ExcelJS.Worksheet): void {
  const activeTab = workbook.worksheets.indexOf(worksheet);
  const [current] = workbook.views;
  workbook.views = [
    { ...(current ?? { x: 0, y: 0, width: 25_000, height: 10_000, visibility: 'visible' }), firstSheet: 0, activeTab },
  ];
  for (const other of workbook.worksheets)
    setFirstView(other, { ...firstView(other), tabSelected: other === worksheet });
}

/** The cell the sheet opens with selected; for a range, its first cell (exceljs stores one active cell). */
export function selectCell(worksheet: ExcelJS.Worksheet, address: string): void {
  const [first] = address.replace(/\$/g, '').split(':');
  setFirstView(worksheet, { ...firstView(worksheet), activeCell: first.toUpperCase() });
}
