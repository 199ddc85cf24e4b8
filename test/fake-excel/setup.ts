import { createFakeWorkbook, installFakeOffice, type FakeWorkbook } from '@fake-excel/install';

/**
 * A fresh workbook with Excel/Office installed on a private object, typed with @types/office-js: the tests
 * drive the fake through the real API's names, so a name the fake gets wrong does not compile.
 */
export function fakeExcel(apiVersion = '1.20'): {
  wb: FakeWorkbook;
  Excel: typeof Excel;
  Office: typeof Office;
  OfficeExtension: typeof OfficeExtension;
} {
  const wb = createFakeWorkbook();
  const target = {} as { Excel: typeof Excel; Office: typeof Office; OfficeExtension: typeof OfficeExtension };
  installFakeOffice(target, wb, { apiVersion });
  return { wb, Excel: target.Excel, Office: target.Office, OfficeExtension: target.OfficeExtension };
}

export type Context = Excel.RequestContext;

/** The error a promise rejects with (failing the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<OfficeExtension.Error> {
  try {
    await promise;
  } catch (error) {
    return error as OfficeExtension.Error;
  }
  throw new Error('Expected the promise to reject');
}

/** What `fn` throws synchronously. */
export function thrown(fn: () => unknown): OfficeExtension.Error {
  try {
    fn();
  } catch (error) {
    return error as OfficeExtension.Error;
  }
  throw new Error('Expected a synchronous throw');
}

/** Runs one batch against Sheet1 and syncs. */
export async function onSheet1(
  excel: typeof Excel,
  batch: (sheet: Excel.Worksheet, ctx: Context) => void,
): Promise<void> {
  await excel.run(async (ctx) => {
    batch(ctx.workbook.worksheets.getItem('Sheet1'), ctx);
    await ctx.sync();
  });
}
