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
} from '../../src/sheets/gateway';
import { batchProblems } from '../../src/sheets/validateBatch';
import { snapshotAfter, EMPTY_WORKBOOK } from './snapshotFromBatch';

/**
 * A workbook reduced to its tables, for testing use cases quickly: it applies batches the way a gateway
 * must (refusing invalid ones whole) and remembers every batch and selection.
 */
export class MemoryGateway implements WorkbookGateway {
  readonly batches: WriteBatch[] = [];
  readonly selections: CellTarget[] = [];
  reads = 0;

  constructor(public state: WorkbookSnapshot = EMPTY_WORKBOOK) {}

  async read(request: ReadRequest): Promise<WorkbookSnapshot> {
    this.reads++;
    const wanted = new Set(request.tables.map((name) => name.toLowerCase()));
    const tables = Object.fromEntries(
      Object.entries(this.state.tables).filter(([name]) => wanted.has(name.toLowerCase())),
    );
    return structuredClone({ ...this.state, tables });
  }

  async write(batch: WriteBatch): Promise<WriteResult> {
    const problems = batchProblems(batch);
    if (problems.length > 0) throw new Error(problems.join('; '));
    const remaining = { ...this.state.tables };
    for (const name of batch.deleteTables) delete remaining[name];
    const kept = {
      ...this.state,
      tables: remaining,
      tableNames: this.state.tableNames.filter((name) => !batch.deleteTables.includes(name)),
    };
    this.state = snapshotAfter(kept, batch);
    this.batches.push(batch);
    return { degraded: [] };
  }

  update<T>(request: ReadRequest, plan: (snapshot: WorkbookSnapshot) => Planned<T>): Promise<Updated<T>> {
    return updateByReadWrite(this, request, plan);
  }

  async select(target: CellTarget): Promise<void> {
    this.selections.push(target);
  }

  /** Types into a table cell as a user would. */
  edit(table: string, row: number, header: string, value: string | number): void {
    const snapshot = this.state.tables[table];
    const column = snapshot.headers.indexOf(header);
    if (column < 0) throw new Error(`no column ${header} in ${table}`);
    snapshot.rows[row][column] = value;
  }
}

/** Adds rows at the end of a table, as a user typing below it would. */
export function appendRows(gateway: MemoryGateway, table: string, rows: Record<string, string | number>[]): void {
  const snapshot = gateway.state.tables[table];
  for (const row of rows) snapshot.rows.push(snapshot.headers.map((header) => row[header] ?? ''));
}
