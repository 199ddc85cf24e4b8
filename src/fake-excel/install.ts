import { createExcelNamespace } from './excel';
import type { FakeWorkbook } from './fakeWorkbook';
import { createOfficeNamespace, OfficeExtension } from './office';

export { createFakeWorkbook, FakeWorkbook } from './fakeWorkbook';

export interface InstallOptions {
  /** The ExcelApi level this "Excel" supports, e.g. '1.7' (Office 2019) or '1.20'. */
  apiVersion: string;
}

/**
 * Puts `Excel`, `Office` and `OfficeExtension` on `target` (globalThis in tests, window in the preview),
 * all bound to `workbook`. Returns a function that restores what was there before.
 */
export function installFakeOffice(target: object, workbook: FakeWorkbook, options: InstallOptions): () => void {
  workbook.apiVersion = options.apiVersion;
  const slots = target as Record<string, unknown>;
  const previous = { Excel: slots.Excel, Office: slots.Office, OfficeExtension: slots.OfficeExtension };
  slots.Excel = createExcelNamespace(workbook.state);
  slots.Office = createOfficeNamespace(() => workbook.apiVersion);
  slots.OfficeExtension = OfficeExtension;
  return () => {
    slots.Excel = previous.Excel;
    slots.Office = previous.Office;
    slots.OfficeExtension = previous.OfficeExtension;
  };
}
