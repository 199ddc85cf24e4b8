import type {
  CellTarget,
  Planned,
  ReadRequest,
  Updated,
  WorkbookGateway,
  WorkbookSnapshot,
  WriteBatch,
} from '../sheets/gateway';
import { batchProblems } from '../sheets/validateBatch';
import { WorkbookError } from '../sheets/workbookError';
import { readWorkbook } from './readWorkbook';
import { readStrayTables, strayAdoptions } from './strayTables';
import { queueWrites } from './writeWorkbook';

/**
 * The WorkbookGateway over Office.js: the only place that touches `Excel.*`. An update is one `Excel.run`:
 * one sync to read, then the writes are queued and go with the run's closing sync (a batch larger than one
 * request allows goes in parts). A batch is checked in full before anything is queued.
 */
export class OfficeGateway implements WorkbookGateway {
  async read(request: ReadRequest): Promise<WorkbookSnapshot> {
    return Excel.run((context) => readWorkbook(context, request));
  }

  async update<T>(request: ReadRequest, plan: (snapshot: WorkbookSnapshot) => Planned<T>): Promise<Updated<T>> {
    // Once writes are queued, a failure may come after some of them were applied: Excel does not roll back.
    let writing = false;
    try {
      return await Excel.run(async (context) => {
        const snapshot = await readWorkbook(context, request);
        const { batch, result } = plan(snapshot);
        if (!batch) return { result, degraded: [] };
        checkBatch(batch);
        const adoptions = strayAdoptions(batch, await readStrayTables(context, snapshot.tableNames));
        writing = true;
        const degraded = await queueWrites(context, batch, adoptions);
        return { result, degraded };
      });
    } catch (error) {
      if (error instanceof WorkbookError || !isOfficeError(error)) throw error;
      if (writing) {
        throw new WorkbookError(
          'error.writeInterrupted',
          { detail: error.message },
          `Excel stopped part-way through the change: ${error.message}`,
        );
      }
      throw new WorkbookError(
        'error.writeFailed',
        { detail: error.message },
        `Excel refused the change: ${error.message}`,
      );
    }
  }

  async select(target: CellTarget): Promise<void> {
    await Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(target.sheet);
      worksheet.activate();
      worksheet.getRange(target.address).select();
    });
  }
}

/** Nothing is queued for a batch Excel would refuse part-way. */
function checkBatch(batch: WriteBatch): void {
  const problems = batchProblems(batch);
  if (problems.length > 0) {
    throw new WorkbookError(
      'error.writeFailed',
      { detail: problems.join('; ') },
      `Refused to write: ${problems.join('; ')}`,
    );
  }
}

function isOfficeError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string';
}
