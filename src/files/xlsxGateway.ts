import ExcelJS from 'exceljs';
import {
  updateByReadWrite,
  type CellTarget,
  type Planned,
  type ReadRequest,
  type Updated,
  type WorkbookGateway,
  type WorkbookSnapshot,
  type WriteBatch,
  type WriteResult,
} from '../sheets/gateway';
import { WorkbookError } from '../sheets/workbookError';
import { parseA1Range } from './a1Range';
import { workbookTables } from './exceljsTables';
import { columnsAddProblem } from './tableColumnAdd';
import { applyBatch } from './xlsxWrite';
import { readSnapshot } from './exceljsSnapshot';
import { writeProblems } from './writeProblems';
import { activateSheet, selectCell } from './workbookView';

/**
 * The WorkbookGateway over a new .xlsx workbook built in memory (exceljs, the writer), for `init` and for the
 * return forms and exports the task pane builds as files. Writes degrade only for charts, which exceljs
 * cannot draw. Files opened from disk are read by ./reader through XlsxFileGateway (xlsxRead.ts).
 */
export class XlsxGateway implements WorkbookGateway {
  private constructor(
    private readonly workbook: ExcelJS.Workbook,
    private readonly file: string,
  ) {}

  /** A new workbook with no sheets yet; `file` names it in messages. */
  static empty(file = 'workbook.xlsx'): XlsxGateway {
    const workbook = new ExcelJS.Workbook();
    workbook.calcProperties.fullCalcOnLoad = true;
    return new XlsxGateway(workbook, file);
  }

  async read(request: ReadRequest): Promise<WorkbookSnapshot> {
    return readSnapshot(this.workbook, request, this.file);
  }

  async write(batch: WriteBatch): Promise<WriteResult> {
    const tables = workbookTables(this.workbook);
    const problems = writeProblems(batch, {
      sheets: this.workbook.worksheets.map((worksheet) => ({
        name: worksheet.name,
        visible: worksheet.state === 'visible',
      })),
      tables: tables.map((table) => ({ name: table.name, sheet: table.worksheet.name, box: table.box })),
    });
    for (const add of batch.addColumns) {
      const problem = columnsAddProblem(tables, add);
      if (problem) problems.push(problem);
    }
    if (problems.length > 0) {
      const detail = problems.join('; ');
      throw new WorkbookError('error.writeFailed', { detail }, `Refused to write ${this.file}: ${detail}`);
    }
    return { degraded: applyBatch(this.workbook, batch, tables) };
  }

  update<T>(request: ReadRequest, plan: (snapshot: WorkbookSnapshot) => Planned<T>): Promise<Updated<T>> {
    return updateByReadWrite(this, request, plan);
  }

  async select(target: CellTarget): Promise<void> {
    const worksheet = this.workbook.worksheets.find(
      (candidate) => candidate.name.toLowerCase() === target.sheet.toLowerCase(),
    );
    if (!worksheet || worksheet.state !== 'visible' || !parseA1Range(target.address)) {
      const detail = `cannot select ${target.sheet}!${target.address}`;
      throw new WorkbookError('error.writeFailed', { detail }, detail);
    }
    activateSheet(this.workbook, worksheet);
    selectCell(worksheet, target.address);
  }

  /** The workbook as .xlsx bytes; Excel cannot open a workbook without a visible sheet, so that is refused. */
  async toBytes(): Promise<Uint8Array> {
    if (!this.workbook.worksheets.some((worksheet) => worksheet.state === 'visible')) {
      throw new WorkbookError('files.error.noVisibleSheet', {}, `${this.file} has no visible sheet`);
    }
    const written = await this.workbook.xlsx.writeBuffer();
    return written instanceof Uint8Array ? written : new Uint8Array(written);
  }
}
