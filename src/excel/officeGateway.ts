import type { CellTarget, ReadRequest, WorkbookGateway, WorkbookSnapshot, WriteBatch, WriteResult } from '../sheets/gateway';
import { batchProblems } from '../sheets/validateBatch';
import { WorkbookError } from '../sheets/workbookError';
import { readWorkbook } from './readWorkbook';
import { queueWrites } from './writeWorkbook';

/**
 * The WorkbookGateway over Office.js: the only place that touches `Excel.*`. Each call is one `Excel.run`
 * with a single `context.sync()`; a write is checked in full before anything is queued.
 */
export class OfficeGateway implements WorkbookGateway {
  async read(request: ReadRequest): Promise<WorkbookSnapshot> {
    return Excel.run((context) => readWorkbook(context, request));
  }

  async write(batch: WriteBatch): Promise<WriteResult> {
    const problems = batchProblems(batch);
    if (problems.length > 0) {
      throw new WorkbookError('error.writeFailed', { detail: problems.join('; ') }, `Refused to write: ${problems.join('; ')}`);
    }
    return Excel.run(async (context) => {
      const degraded = queueWrites(context, batch);
      try {
        await context.sync();
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new WorkbookError('error.writeFailed', { detail }, `Excel refused the change: ${detail}`);
      }
      return { degraded };
    });
  }

  async select(target: CellTarget): Promise<void> {
    await Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(target.sheet);
      worksheet.activate();
      worksheet.getRange(target.address).select();
      await context.sync();
    });
  }
}
