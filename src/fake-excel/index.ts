/** A strict in-memory Excel (Office.js) for tests and the preview page. See install.ts and fakeWorkbook.ts. */
export { installFakeOffice, type InstallOptions } from './install';
export {
  createFakeWorkbook,
  FakeWorkbook,
  type CellFormat,
  type CellInfo,
  type CellTablePart,
  type ChartInfo,
  type ConditionalFormatInfo,
  type NameInfo,
  type SheetInfo,
  type TableInfo,
  type ValidationInfo,
} from './fakeWorkbook';
export { OfficeExtensionError } from './errors';
export { columnLetters, parseLocalAddress, type Rect } from './address';
export type { OutputValue } from './state/cells';
export { chartLayout, type ChartLayout } from './state/charts';
export type { ConditionalFormatLook } from './state/conditionalFormats';
