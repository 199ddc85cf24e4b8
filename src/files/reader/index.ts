/**
 * The one reader for every workbook NAP Monitor opens from disk or a file picker: values only, for untrusted
 * .xlsx. Pure functions over a Uint8Array (no Node API, no DOM), so it runs in Node and in a Web Worker.
 *
 * Contract (stable; the import of return forms builds on it):
 *
 *   readWorkbookValues(bytes, { fileName, sheets?, limits? }): ReadResult
 *
 * - `fileName` names the file in every message. `sheets(name, { state, tables })` picks the sheets whose
 *   cells are read (all when absent); every sheet's name and state (visible, hidden, veryHidden), every table
 *   and every defined name are read whatever it says. A veryHidden metadata sheet is read by name like any.
 * - `{ ok: true, workbook }`: `workbook.sheets` in tab order, each with `value(row, column)` (0-based; numbers,
 *   text, booleans, error texts, cached formula results, '' when empty; dates as Excel serials) and
 *   `date(row, column)` (ISO date of a date-formatted cell, else null), and `bounds` (the cells that hold a
 *   value; the file's `<dimension>` is not trusted). `workbook.tables`: name, sheet, box (header and totals
 *   included), headerRowCount (1 when the file leaves it out, as Excel does), totalsRowCount, column names.
 *   `workbook.definedNames`: name, sheet scope, formula text (never evaluated).
 * - `{ ok: false, problems }`: why the file was refused, as message keys with parameters naming the file and,
 *   where there is one, the sheet, cell, table or part (long text from the file cut to 80 characters).
 *   Nothing is thrown for a bad file.
 *
 * Before anything is inflated the zip's directory is checked (file size, part count, declared sizes and
 * ratios); each part read is inflated alone, stopped at its declared size and checked against its CRC, and
 * its local header must name the same part as the directory. XML goes through a bounded tokenizer that
 * refuses DOCTYPEs and entities other than the predefined ones. Only workbook.xml, relationships, shared
 * strings, styles (date formats), the requested worksheets and table definitions are read.
 */
export { readWorkbookValues, type ReadOptions, type ReadResult, type SheetFilter } from './readWorkbookValues';
export { DEFAULT_READER_LIMITS, type ReaderLimits } from './limits';
export { ReaderProblem, cut } from './problem';
export type { DefinedNameValues, SheetState, SheetValues, TableValues, WorkbookValues } from './workbookValues';
