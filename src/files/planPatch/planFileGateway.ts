import type { MessageKey } from '../../core/i18n/translate';
import {
  isFormulaCell,
  updateByReadWrite,
  type CellTarget,
  type Planned,
  type ReadRequest,
  type Updated,
  type WorkbookGateway,
  type WorkbookSnapshot,
  type WriteBatch,
  type WriteResult,
} from '../../sheets/gateway';
import { batchProblems } from '../../sheets/validateBatch';
import { WorkbookError } from '../../sheets/workbookError';
import { parseA1Range } from '../a1Range';
import { XlsxFileGateway } from '../xlsxRead';
import { addSheetWithTable } from './newSheet';
import { addTableColumns, columnsAddProblem } from './tableColumns';
import { PackageParts } from './packageParts';
import { setCells, styleAt, type CellEdit } from './sheetCells';
import { AddedStyles } from './styles';
import { workbookMap } from './workbookMap';
import { withAttribute } from './xmlText';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The WorkbookGateway over a plan file someone else made, for the command line's writes: reads through the
 * values-only reader, writes by patching only the parts that hold what NAP Monitor owns (cells of its
 * tables, the table parts it grows, sheets it adds) and keeps every other part byte for byte, so charts,
 * images, comments, names, rules, validations and styles survive. It takes the writes an import makes:
 * values into existing sheets, columns and rows added to tables, new sheets holding one table; anything else
 * is refused whole before the file is touched.
 */
export class PlanFileGateway implements WorkbookGateway {
  private bytes: Uint8Array;
  private reader: XlsxFileGateway;

  private constructor(
    bytes: Uint8Array,
    private readonly file: string,
  ) {
    this.bytes = bytes;
    this.reader = XlsxFileGateway.open(bytes, file);
  }

  static open(bytes: Uint8Array, file: string): PlanFileGateway {
    return new PlanFileGateway(bytes, file);
  }

  read(request: ReadRequest): Promise<WorkbookSnapshot> {
    return this.reader.read(request);
  }

  update<T>(request: ReadRequest, plan: (snapshot: WorkbookSnapshot) => Planned<T>): Promise<Updated<T>> {
    return updateByReadWrite(this, request, plan);
  }

  select(target: CellTarget): Promise<void> {
    return this.reader.select(target);
  }

  /** The file as it is now (after the writes so far). */
  toBytes(): Uint8Array {
    return this.bytes;
  }

  async write(batch: WriteBatch): Promise<WriteResult> {
    const problems = [...batchProblems(batch), ...unsupported(batch)];
    if (problems.length > 0) {
      const detail = problems.join('; ');
      throw new WorkbookError('error.writeFailed', { detail }, `Refused to write ${this.file}: ${detail}`);
    }
    const parts = PackageParts.open(this.bytes);
    const placement = batch.addColumns.map((add) => columnsAddProblem(parts, add)).filter((p) => p !== null);
    if (placement.length > 0) {
      const detail = placement.join('; ');
      throw new WorkbookError('error.writeFailed', { detail }, `Refused to write ${this.file}: ${detail}`);
    }
    const styles = new AddedStyles(parts);
    for (const add of batch.addColumns) addTableColumns(parts, add, styles);
    const map = workbookMap(parts);
    const created = new Set(batch.createSheets.map((sheet) => sheet.name.toLowerCase()));
    const edits = new Map<string, CellEdit[]>();
    const edit = (part: string, cells: CellEdit[]) => edits.set(part, [...(edits.get(part) ?? []), ...cells]);
    for (const block of batch.blocks.filter((b) => !created.has(b.sheet.toLowerCase()))) {
      const sheet = map.sheets.find((candidate) => same(candidate.name, block.sheet))!;
      edit(
        sheet.part,
        block.rows.flatMap((row, r) =>
          row.map((value, c) => ({
            row: block.top + r,
            column: block.left + c,
            value: isFormulaCell(value) ? null : value,
          })),
        ),
      );
    }
    for (const append of batch.appendRows) {
      const table = map.tables.find((candidate) => same(candidate.name, append.table))!;
      const box = parseA1Range(table.ref)!;
      const sheetXml = parts.text(table.sheet.part);
      const look = Array.from({ length: box.right - box.left + 1 }, (_, i) =>
        styleAt(sheetXml, box.bottom, box.left + i),
      );
      edit(
        table.sheet.part,
        append.rows.flatMap((row, r) =>
          row.map((value, i) => ({ row: box.bottom + 1 + r, column: box.left + i, value, style: look[i] })),
        ),
      );
      const grown = { ...box, bottom: box.bottom + append.rows.length };
      const ref = `${table.ref.split(':')[0]}:${table.ref.split(':')[1].replace(/\d+$/, String(grown.bottom + 1))}`;
      const xml = parts.text(table.part).replace(/<(?:\w+:)?table\b[^>]*>/, (head) => withAttribute(head, 'ref', ref));
      parts.setText(
        table.part,
        xml.replace(/<(?:\w+:)?autoFilter\b[^>]*>/, (filter) => withAttribute(filter, 'ref', ref)),
      );
    }
    for (const [part, cells] of edits) parts.setText(part, setCells(parts.text(part), cells));
    for (const create of batch.createSheets) {
      const table = batch.tables.find((candidate) => same(candidate.sheet, create.name))!;
      const cells = batch.blocks
        .filter((block) => same(block.sheet, create.name))
        .flatMap((block) =>
          block.rows.flatMap((row, r) =>
            row.map((value, c) => ({
              row: block.top + r,
              column: block.left + c,
              value: isFormulaCell(value) ? null : value,
              bold: block.bold,
            })),
          ),
        );
      const freezeRows = batch.freezeRows.find((freeze) => same(freeze.sheet, create.name))?.rows ?? 0;
      const page = batch.pageLayouts.find((layout) => same(layout.sheet, create.name));
      addSheetWithTable(parts, workbookMap(parts).sheets, { create, table, cells, freezeRows, page }, styles);
    }
    this.bytes = parts.toBytes();
    this.reader = XlsxFileGateway.open(this.bytes, this.file);
    return { degraded: batch.charts.length > 0 ? (['files.degraded.noCharts'] as MessageKey[]) : [] };
  }
}

/** What this writer does not do, named so the refusal says it; an import never asks for these. */
function unsupported(batch: WriteBatch): string[] {
  const created = new Set(batch.createSheets.map((sheet) => sheet.name.toLowerCase()));
  const problems: string[] = [];
  if (batch.deleteTables.length > 0) problems.push('replacing tables');
  if (batch.conditionalFormats.length > 0) problems.push('colour rules');
  if (batch.charts.length + batch.deleteCharts.length > 0) problems.push('charts');
  if (batch.createSheets.some((sheet) => sheet.resume)) problems.push('resuming a sheet');
  for (const table of batch.tables)
    if (!created.has(table.sheet.toLowerCase())) problems.push(`a new table on the existing sheet ${table.sheet}`);
  for (const sheet of batch.createSheets)
    if (batch.tables.filter((table) => same(table.sheet, sheet.name)).length !== 1)
      problems.push(`sheet ${sheet.name} without exactly one table`);
  return problems.map((what) => `the plan file writer does not do ${what}`);
}
