import { translate } from '../core/i18n/translate';
import type { CellValue } from '../core/model/cell';
import {
  updateByReadWrite,
  type CellTarget,
  type Planned,
  type ReadRequest,
  type TableSnapshot,
  type Updated,
  type WorkbookGateway,
  type WorkbookSnapshot,
  type WriteResult,
} from '../sheets/gateway';
import { WorkbookError } from '../sheets/workbookError';
import { parseA1Range } from './a1Range';
import { cut, readWorkbookValues, type ReaderProblem, type SheetValues, type TableValues } from './reader';

/** Far above any plan or return form (a few thousand cells), low enough that a forged range cannot stall us. */
const MAX_TABLE_CELLS = 1_000_000;

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function problemError(problem: ReaderProblem): WorkbookError {
  return new WorkbookError(problem.key, problem.params, translate('en', problem.key, problem.params));
}

/**
 * The WorkbookGateway over a workbook file opened from disk, read by the values-only reader: `check` and
 * `status` on the command line read it and leave the file as it is, so writing to it is refused.
 */
export class XlsxFileGateway implements WorkbookGateway {
  private constructor(
    private readonly bytes: Uint8Array,
    private readonly file: string,
  ) {}

  /** Vets the file and its structure (sheets, tables, names) now, so a bad file is refused at once. */
  static open(bytes: Uint8Array, file: string): XlsxFileGateway {
    const structure = readWorkbookValues(bytes, { fileName: file, sheets: () => false });
    if (!structure.ok) throw problemError(structure.problems[0]);
    return new XlsxFileGateway(bytes, file);
  }

  /** Reads the cells of only the sheets that hold a requested table. */
  async read(request: ReadRequest): Promise<WorkbookSnapshot> {
    const wanted = (tables: readonly string[]) => tables.some((name) => request.tables.some((w) => same(w, name)));
    const result = readWorkbookValues(this.bytes, { fileName: this.file, sheets: (_, sheet) => wanted(sheet.tables) });
    if (!result.ok) throw problemError(result.problems[0]);
    const { sheets, tables } = result.workbook;
    const snapshots: Record<string, TableSnapshot> = {};
    for (const name of request.tables) {
      const table = tables.find((candidate) => same(candidate.name, name));
      const sheet = table && sheets.find((candidate) => candidate.name === table.sheet);
      if (table && sheet) snapshots[table.name] = tableSnapshot(table, sheet, this.file);
    }
    return {
      sheets: sheets.map((sheet) => ({ name: sheet.name, visible: sheet.state === 'visible' })),
      tableNames: tables.map((table) => table.name),
      tables: snapshots,
    };
  }

  update<T>(request: ReadRequest, plan: (snapshot: WorkbookSnapshot) => Planned<T>): Promise<Updated<T>> {
    return updateByReadWrite(this, request, plan);
  }

  async write(): Promise<WriteResult> {
    throw new WorkbookError('reader.error.readOnly', { file: this.file }, `${this.file} is opened for reading only`);
  }

  /** A file on disk has no window to show a cell in; the target is still checked, as Excel would. */
  async select(target: CellTarget): Promise<void> {
    const result = readWorkbookValues(this.bytes, { fileName: this.file, sheets: () => false });
    const sheet = result.ok
      ? result.workbook.sheets.find((candidate) => same(candidate.name, target.sheet))
      : undefined;
    if (!sheet || sheet.state !== 'visible' || !parseA1Range(target.address)) {
      const detail = `cannot select ${cut(target.sheet)}!${cut(target.address)}`;
      throw new WorkbookError('error.writeFailed', { detail }, detail);
    }
  }
}

/** A table as the gateway reports it: header texts and body rows, without a totals row. */
function tableSnapshot(table: TableValues, sheet: SheetValues, file: string): TableSnapshot {
  const { box } = table;
  const width = box.right - box.left + 1;
  if (width * (box.bottom - box.top + 1) > MAX_TABLE_CELLS) {
    throw new WorkbookError(
      'files.error.tableTooLarge',
      { file, table: cut(table.name), sheet: cut(sheet.name), limit: MAX_TABLE_CELLS },
      `${file}: table ${table.name} is over ${MAX_TABLE_CELLS} cells`,
    );
  }
  const rowValues = (row: number): CellValue[] =>
    Array.from({ length: width }, (_, index) => sheet.value(row, box.left + index));
  const firstBody = box.top + table.headerRowCount;
  const lastBody = box.bottom - table.totalsRowCount;
  const headers =
    table.headerRowCount > 0
      ? rowValues(box.top).map((value, index) => (value === '' ? table.columnNames[index] : String(value)))
      : table.columnNames;
  const rows: CellValue[][] = [];
  const dateCells: { row: number; column: number }[] = [];
  const percentCells: { row: number; column: number }[] = [];
  for (let row = firstBody; row <= lastBody; row++) {
    rows.push(rowValues(row));
    for (let column = 0; column < width; column++) {
      // One look at the cell's format; only a date-formatted number is converted, to leave out serial 60.
      const shown = sheet.shownAs(row, box.left + column);
      if (shown === 'percent') percentCells.push({ row: row - firstBody, column });
      else if (shown === 'date' && sheet.date(row, box.left + column) !== null)
        dateCells.push({ row: row - firstBody, column });
    }
  }
  const top = firstBody - 1;
  return { name: table.name, sheet: sheet.name, top, left: box.left, headers, rows, dateCells, percentCells };
}
