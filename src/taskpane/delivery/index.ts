/**
 * The delivery port: how the task pane hands files to the user, one strategy per platform (research §1).
 *
 *   deliverFiles(files: DeliveredFile[], bundle: string, host: FileHost): Promise<DeliveryOutcome>
 *
 * - Excel on the web and on Windows: `<a download>` with an object URL; several files go as one .zip named
 *   `bundle` (fflate, stored), one file as it is. Any kind of file (.xlsx, .docx, .csv).
 * - Excel for Mac, where downloads silently do nothing: each .xlsx opens in Excel as a new workbook
 *   (Excel.createWorkbook, ExcelApi 1.8) for the user to save; other kinds, or Excel without ExcelApi 1.8,
 *   get an honest message naming the alternatives (Excel on the web, the nap-monitor command line).
 * - The host (`FileHost`) is `officeFileHost()` from src/excel/fileHost.ts, read when the files are ready:
 *   Office's platform and whether ExcelApi 1.8 is there (the preview's simulated Office answers as the web).
 * The outcome is a message key with parameters (`delivery.*`), translated by the panel that asked.
 */
export { deliverFiles, type DeliveryOutcome } from './deliverFiles';
export { deliveryRoute, type DeliveredFile, type DeliveryRoute } from './deliveryRoute';
export type { FileHost } from '../../excel/fileHost';
