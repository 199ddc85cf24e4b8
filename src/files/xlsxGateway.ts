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
import { applyBatch } from './xlsxWrite';
import { readSnapshot } from './xlsxRead';
import { writeProblems } from './writeProblems';
import { activateSheet, selectCell } from './workbookView';
import { guardXlsx } from './zipGuard';

/**
 * Parts of a sheet that exceljs expands cell by cell while loading, so that one forged range such as a merge
 * or dropdown over A1:XFD1048576 takes minutes and gigabytes. None of them carries a value or a table.
 */
const EXPANDING_NODES = ['mergeCells', 'dataValidations', 'conditionalFormatting', 'hyperlinks'];

/**
 * The WorkbookGateway over an .xlsx file held in memory (exceljs), for the command line and for the return
 * forms and exports the task pane builds as files. Writes degrade only for charts, which exceljs cannot draw.
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

  /**
   * Opens a file for reading, after the zip guard has vetted it. The parts in EXPANDING_NODES are skipped,
   * so saving a workbook opened this way would drop its merges, dropdowns, conditional formats and links:
   * write new files with `empty()`.
   */
  static async fromBytes(bytes: Uint8Array, file: string): Promise<XlsxGateway> {
    await guardXlsx(bytes, file);
    const workbook = new ExcelJS.Workbook();
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    try {
      await workbook.xlsx.load(buffer, { ignoreNodes: EXPANDING_NODES });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new WorkbookError('error.fileNotXlsx', { file, detail }, `${file} could not be read: ${detail}`);
    }
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
