import { Archive } from './archive';
import { readNumberStyles } from './numberStyles';
import { DEFAULT_READER_LIMITS, type ReaderLimits } from './limits';
import { relsPathOf } from './partPath';
import { cut, fail, ReaderFailure, type ReaderProblem } from './problem';
import { readRelationships, relationshipOfKind, type Relationship } from './relationships';
import { serialToIsoDate } from './serialDate';
import { readSharedStrings } from './sharedStrings';
import { SheetCells } from './sheetCells';
import { readTablePart } from './tablePart';
import { readWorkbookPart, type WorkbookSheetEntry } from './workbookPart';
import type { SheetState, SheetValues, TableValues, WorkbookValues } from './workbookValues';
import { readWorksheet, type CellContext } from './worksheetPart';

/** Which sheets to read cells from: by name, with the state and table names the workbook declares. */
export type SheetFilter = (name: string, sheet: { state: SheetState; tables: readonly string[] }) => boolean;

export interface ReadOptions {
  /** Names the file in every message (a path or the name the user picked). */
  fileName: string;
  /** Sheets whose cells are read; all when absent. Every sheet's name, state and tables are always read. */
  sheets?: SheetFilter;
  limits?: Partial<ReaderLimits>;
}

export type ReadResult = { ok: true; workbook: WorkbookValues } | { ok: false; problems: ReaderProblem[] };

const DEFAULT_WORKBOOK_PART = 'xl/workbook.xml';
const WORKSHEET = 'worksheet';

/** Reads a workbook's values from untrusted bytes; see index.ts for the contract. */
export function readWorkbookValues(bytes: Uint8Array, options: ReadOptions): ReadResult {
  const limits: ReaderLimits = { ...DEFAULT_READER_LIMITS, ...options.limits };
  try {
    return { ok: true, workbook: read(bytes, options.fileName, options.sheets, limits) };
  } catch (error) {
    if (error instanceof ReaderFailure) return { ok: false, problems: [error.problem] };
    // Whatever else went wrong is told in the user's terms; the technical text stays out of the message.
    return { ok: false, problems: [{ key: 'reader.error.unreadable', params: { file: options.fileName } }] };
  }
}

function read(bytes: Uint8Array, file: string, filter: SheetFilter | undefined, limits: ReaderLimits): WorkbookValues {
  const archive = Archive.open(bytes, file, limits);
  const workbookPart = findWorkbookPart(archive, limits);
  const workbook = readWorkbookPart(archive, workbookPart, limits);
  const relationships = readRelationships(archive, workbookPart, limits);
  const located = workbook.sheets.map((entry) => locateSheet(archive, entry, relationships));

  const tables: TableValues[] = [];
  const sheetTables = located.map(({ entry, relationship }) => {
    if (relationship.kind !== WORKSHEET) return [];
    const own = [...readRelationships(archive, relationship.part, limits, { sheet: entry.name }).values()]
      .filter((related) => related.kind === 'table')
      .map((related) => readTablePart(archive, related.part, entry.name, limits));
    for (const table of own) {
      const other = tables.find((known) => known.name.toLowerCase() === table.name.toLowerCase());
      if (other)
        fail('reader.error.tableNameTwice', {
          file,
          table: cut(table.name),
          sheet: cut(other.sheet),
          otherSheet: cut(table.sheet),
        });
      if (tables.length >= limits.tables) fail('reader.error.tooComplexPart', { file, part: relationship.part });
      tables.push(table);
    }
    return own.map((table) => table.name);
  });

  const wanted = located.map(
    ({ entry, relationship }, index) =>
      relationship.kind === WORKSHEET &&
      (filter?.(entry.name, { state: entry.state, tables: sheetTables[index] }) ?? true),
  );
  const context: CellContext = { sharedStrings: [], numberStyles: [], cellCount: { value: 0 } };
  if (wanted.some(Boolean)) {
    const strings = relationshipOfKind(relationships, 'sharedStrings');
    if (strings) context.sharedStrings = readSharedStrings(archive, strings.part, limits);
    const styles = relationshipOfKind(relationships, 'styles');
    if (styles) context.numberStyles = readNumberStyles(archive, styles.part, limits);
  }
  const sheets = located.map(({ entry, relationship }, index): SheetValues => {
    const cells = new SheetCells();
    if (wanted[index]) readWorksheet(archive, relationship.part, entry.name, cells, context, limits);
    return {
      name: entry.name,
      state: entry.state,
      loaded: wanted[index],
      bounds: cells.bounds,
      value: (row, column) => cells.get(row, column),
      date: (row, column) => {
        const value = cells.get(row, column);
        return typeof value === 'number' && cells.shownAs(row, column) === 'date'
          ? serialToIsoDate(value, workbook.date1904)
          : null;
      },
      shownAs: (row, column) => cells.shownAs(row, column),
    };
  });
  return {
    file,
    date1904: workbook.date1904,
    sheets,
    tables,
    definedNames: workbook.definedNames.map(({ localSheetId, ...name }) => ({
      ...name,
      sheet: localSheetId === null ? null : (workbook.sheets[localSheetId]?.name ?? null),
    })),
  };
}

/** The workbook part, through the package's own relationships; older producers leave those out. */
function findWorkbookPart(archive: Archive, limits: ReaderLimits): string {
  const packageRels = relsPathOf('');
  if (archive.has(packageRels)) {
    const officeDocument = relationshipOfKind(readRelationships(archive, '', limits), 'officeDocument');
    if (officeDocument) return officeDocument.part;
  }
  if (!archive.has(DEFAULT_WORKBOOK_PART)) fail('reader.error.notWorkbook', { file: archive.file });
  return DEFAULT_WORKBOOK_PART;
}

function locateSheet(
  archive: Archive,
  entry: WorkbookSheetEntry,
  relationships: Map<string, Relationship>,
): { entry: WorkbookSheetEntry; relationship: Relationship } {
  const relationship = relationships.get(entry.relationshipId);
  if (!relationship) fail('reader.error.sheetMissing', { file: archive.file, sheet: cut(entry.name) });
  return { entry, relationship };
}
