import * as enums from './enums';
import { OfficeExtensionError, runMustReturnPromise } from './errors';
import { FakeRequestContext } from './proxy/context';
import type { WorkbookState } from './state/workbook';

/** The `Excel` global: run(), RequestContext and the enums, bound to one workbook. */
export function createExcelNamespace(state: WorkbookState) {
  class RequestContext extends FakeRequestContext {
    constructor() {
      super(state);
    }
  }

  /**
   * Excel.run: the batch gets a fresh context; after its promise settles the context syncs once more
   * (counted like any sync). A batch that does not return a promise fails with RunMustReturnPromise.
   */
  async function run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    if (typeof batch !== 'function') {
      throw new OfficeExtensionError({
        code: 'InvalidArgument',
        message: 'The fake Excel.run takes the batch function as its only argument.',
      });
    }
    const context = new RequestContext();
    const result = batch(context);
    if (!result || typeof (result as Promise<T>).then !== 'function') throw runMustReturnPromise();
    const value = await result;
    await context.sync();
    return value;
  }

  return { ...enums, run, RequestContext };
}
