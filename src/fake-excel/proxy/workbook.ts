import type { WorkbookState } from '../state/workbook';
import { ClientObject, defineType } from './base';
import type { FakeRequestContext } from './context';
import { NamedItemCollectionProxy } from './names';
import { RangeProxy } from './range';
import { TableCollectionProxy } from './tables';
import { WorksheetCollectionProxy } from './worksheet';

/** context.workbook. */
export class WorkbookProxy extends ClientObject<WorkbookState> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, 'Workbook', () => ctx.state);
  }

  get worksheets(): WorksheetCollectionProxy {
    return this._nav('worksheets', () => new WorksheetCollectionProxy(this._ctx, () => this._resolve()));
  }

  get tables(): TableCollectionProxy {
    return this._nav(
      'tables',
      () =>
        new TableCollectionProxy(this._ctx, () => {
          const wb = this._resolve();
          return wb && { workbook: wb, sheet: null };
        }),
    );
  }

  get names(): NamedItemCollectionProxy {
    this._gate('names');
    return this._nav('names', () => new NamedItemCollectionProxy(this._ctx, () => this._resolve()));
  }

  get application(): ApplicationProxy {
    return this._nav('application', () => new ApplicationProxy(this._ctx, () => this._resolve()));
  }

  /** The selection on the active sheet. */
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this._ctx, () => {
      const wb = this._resolve();
      if (!wb) return null;
      const selection = wb.selection;
      const sheet = selection ? wb.sheetById(selection.sheetId) : undefined;
      return sheet && selection
        ? { sheet, rect: selection.rect }
        : { sheet: wb.activeSheet(), rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }
}

defineType(WorkbookProxy, { name: { get: () => 'Book1.xlsx' } }, ['worksheets', 'tables', 'names', 'application']);

/** Excel.Application: the suspend calls are accepted and change nothing in the fake. */
export class ApplicationProxy extends ClientObject<WorkbookState> {
  constructor(ctx: FakeRequestContext, resolver: () => WorkbookState | null) {
    super(ctx, 'Application', resolver);
  }

  suspendApiCalculationUntilNextSync(): void {
    this._gate('suspendApiCalculationUntilNextSync');
    this._queue('suspendApiCalculationUntilNextSync', [], () => undefined);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._gate('suspendScreenUpdatingUntilNextSync');
    this._queue('suspendScreenUpdatingUntilNextSync', [], () => undefined);
  }
}

defineType(ApplicationProxy, { calculationMode: { get: () => 'Automatic' } });
