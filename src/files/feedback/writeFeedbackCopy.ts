import { parseA1Range } from '../a1Range';
import { addCellNotes } from '../planPatch/cellNotes';
import { addSheetWithTable } from '../planPatch/newSheet';
import { PackageParts } from '../planPatch/packageParts';
import { setCells, type CellRestyle } from '../planPatch/sheetCells';
import { AddedStyles } from '../planPatch/styles';
import { WORKBOOK, workbookMap } from '../planPatch/workbookMap';

/** A cell to send back, with what is wrong in it, in the form's language. */
export interface FeedbackItem {
  sheet: string;
  cell: string;
  message: string;
}

export interface FeedbackLabels {
  /** The name of the added sheet ("Problems"), its title, and its column headers. */
  sheet: string;
  title: string;
  headers: [sheet: string, cell: string, message: string];
  /** Who the cell notes are from, as Excel and LibreOffice show it above a note. */
  author: string;
}

/** Light red, the colour spreadsheets use for "bad". */
const MARK = 'FFFFC7CE';
const TABLE = 'NapFeedback';

/**
 * The agency's own file sent back: every part of it as it was (its values, protection, dropdowns, notes),
 * the wrong cells filled in light red with a note saying what is wrong (shown when the cell is hovered),
 * and a sheet in front listing each problem by sheet and cell. Built by patching the package, so nothing
 * the agency typed is lost and the form still imports once corrected.
 */
export function writeFeedbackCopy(
  bytes: Uint8Array,
  items: readonly FeedbackItem[],
  labels: FeedbackLabels,
): Uint8Array {
  const parts = PackageParts.open(bytes);
  const map = workbookMap(parts);
  const styles = new AddedStyles(parts);
  for (const sheet of map.sheets) {
    const cells = items
      .filter((item) => item.sheet === sheet.name)
      .flatMap((item) => {
        const box = parseA1Range(item.cell);
        return box ? [{ row: box.top, column: box.left, text: item.message }] : [];
      });
    if (cells.length === 0) continue;
    const marks: CellRestyle[] = cells.map(({ row, column }) => ({
      row,
      column,
      restyle: (current: number) => styles.filled(current, MARK),
    }));
    parts.setText(sheet.part, setCells(parts.text(sheet.part), marks));
    addCellNotes(parts, sheet.part, cells, labels.author);
  }
  const taken = new Set(map.sheets.map((sheet) => sheet.name.toLowerCase()));
  let name = labels.sheet;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${labels.sheet} (${n})`;
  addSheetWithTable(
    parts,
    map.sheets,
    {
      create: { name, visible: true },
      table: {
        sheet: name,
        name: TABLE,
        top: 2,
        left: 0,
        headers: [...labels.headers],
        rows: items.map((item) => [item.sheet, item.cell, item.message]),
        columns: [
          { numberFormat: '@', width: 22, wrap: false, input: false },
          { numberFormat: '@', width: 8, wrap: false, input: false },
          { numberFormat: '@', width: 100, wrap: true, input: false },
        ],
        style: 'TableStyleLight9',
      },
      cells: [{ row: 0, column: 0, value: labels.title, bold: true }],
      freezeRows: 3,
      page: undefined,
    },
    styles,
  );
  // The problems sheet opens first, so the agency sees the list before anything else.
  const workbook = parts.text(WORKBOOK);
  const active = workbook.replace(/<(\w+:)?workbookView\b[^>]*?(?=\/?>)/, (view) =>
    /\sactiveTab="/.test(view)
      ? view.replace(/\sactiveTab="\d+"/, ` activeTab="${map.sheets.length}"`)
      : `${view} activeTab="${map.sheets.length}"`,
  );
  parts.setText(WORKBOOK, active);
  return parts.toBytes();
}
