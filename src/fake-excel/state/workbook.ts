import type { Rect } from '../address';
import { WorkbookEvaluator } from './evaluation';
import { FaultPlan } from './faults';
import type { NamedItemState } from './names';
import { SheetState } from './sheet';
import type { TableState } from './tables';

export interface Selection {
  sheetId: string;
  rect: Rect;
}

/** The whole simulated workbook. Operations live in the sibling modules; this holds the data and the clock. */
export class WorkbookState {
  readonly sheets: SheetState[] = [];
  readonly tables: TableState[] = [];
  /** Keyed by lower-case name: Excel names are case-insensitive. */
  readonly names = new Map<string, NamedItemState>();
  activeSheetId = '';
  selection: Selection | null = null;
  apiVersion = '1.20';
  syncCount = 0;
  /**
   * Time spent standing in for Excel (measuring each request's payload, running synced commands): the share of a
   * measured action that real Excel would spend instead.
   */
  executeMs = 0;
  readonly faults = new FaultPlan();
  /**
   * Excel on the web refuses a request (one sync's commands) larger than 5 MB with
   * RequestPayloadSizeLimitExceeded; the fake measures a batch as the JSON of its arguments.
   */
  requestPayloadLimit = 5 * 1024 * 1024;
  /** Bumped by every change; caches (formula results, used extents) are valid for one version. */
  version = 0;
  readonly evaluator: WorkbookEvaluator = new WorkbookEvaluator(this);
  private lastId = 0;
  private readonly listeners = new Set<() => void>();
  private notifiedVersion = 0;

  newId(prefix: string): string {
    this.lastId += 1;
    return `${prefix}${this.lastId}`;
  }

  createSheet(name: string): SheetState {
    const sheet = new SheetState(this.newId('{sheet-'), name, this);
    this.sheets.push(sheet);
    if (!this.activeSheetId) {
      this.activeSheetId = sheet.id;
      this.selection = { sheetId: sheet.id, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    }
    this.changed();
    return sheet;
  }

  sheetByName(name: string): SheetState | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: string): SheetState | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  activeSheet(): SheetState {
    return this.sheetById(this.activeSheetId) ?? this.sheets[0];
  }

  changed(): void {
    this.version += 1;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells subscribers once per burst of changes (after a sync, or after a direct arrange call). */
  notifyIfChanged(): void {
    if (this.notifiedVersion === this.version) return;
    this.notifiedVersion = this.version;
    for (const listener of [...this.listeners]) listener();
  }
}
