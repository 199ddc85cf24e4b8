import {
  addRowBreak,
  removeRowBreaks,
  setFooter,
  setOrientation,
  setPaperSize,
  setPrintArea,
  setPrintTitleRows,
  setZoom,
  type PageLayoutState,
} from '../state/pageLayout';
import type { SheetState } from '../state/sheet';
import { ClientObject, defineType } from './base';
import type { FakeRequestContext } from './context';
import type { RangeTarget } from './rangeTarget';
import { formatRect, quoteSheetName } from '../address';

/** A Range proxy or an address string, as setPrintArea and setPrintTitleRows take them. */
function addressOf(value: unknown): unknown {
  if (value instanceof ClientObject && value._type === 'Range') {
    const target = value._resolve() as RangeTarget | null;
    return target ? `${quoteSheetName(target.sheet.name)}!${formatRect(target.rect)}` : null;
  }
  return value;
}

/** Excel.PageLayout (ExcelApi 1.9): orientation, paper, zoom, print area, title rows, headers and footers. */
export class PageLayoutProxy extends ClientObject<SheetState> {
  constructor(ctx: FakeRequestContext, resolver: () => SheetState | null) {
    super(ctx, 'PageLayout', resolver);
  }

  get headersFooters(): HeaderFooterGroupProxy {
    return this._nav('headersFooters', () => new HeaderFooterGroupProxy(this._ctx, () => this._resolve()));
  }

  setPrintArea(printArea: unknown): void {
    this._queue('setPrintArea', [printArea], (sheet, location) => setPrintArea(sheet, addressOf(printArea), location));
  }

  setPrintTitleRows(printTitleRows: unknown): void {
    this._queue('setPrintTitleRows', [printTitleRows], (sheet, location) =>
      setPrintTitleRows(sheet, addressOf(printTitleRows), location),
    );
  }
}

defineType<SheetState>(
  PageLayoutProxy,
  {
    orientation: { get: (s) => s.pageLayout.orientation, set: setOrientation },
    paperSize: { get: (s) => s.pageLayout.paperSize, set: setPaperSize },
    zoom: { get: (s) => ({ ...s.pageLayout.zoom }), set: setZoom },
  },
  ['headersFooters'],
);

/** Excel.HeaderFooterGroup: only the headers and footers shared by all pages are modelled. */
export class HeaderFooterGroupProxy extends ClientObject<SheetState> {
  constructor(ctx: FakeRequestContext, resolver: () => SheetState | null) {
    super(ctx, 'HeaderFooterGroup', resolver);
  }

  get defaultForAllPages(): HeaderFooterProxy {
    return this._nav('defaultForAllPages', () => new HeaderFooterProxy(this._ctx, () => this._resolve()));
  }
}

defineType(HeaderFooterGroupProxy, {}, ['defaultForAllPages']);

const footer = (part: keyof PageLayoutState['footers']) => ({
  get: (s: SheetState) => s.pageLayout.footers[part],
  set: (s: SheetState, value: unknown, location: string) => setFooter(s, part, value, location),
});

/** Excel.HeaderFooter: the footers (headers are not modelled). */
export class HeaderFooterProxy extends ClientObject<SheetState> {
  constructor(ctx: FakeRequestContext, resolver: () => SheetState | null) {
    super(ctx, 'HeaderFooter', resolver);
  }
}

defineType<SheetState>(HeaderFooterProxy, {
  leftFooter: footer('left'),
  centerFooter: footer('center'),
  rightFooter: footer('right'),
});

/** Excel.PageBreakCollection (ExcelApi 1.9) of a sheet's horizontal breaks: add one, or remove them all. */
export class PageBreakCollectionProxy extends ClientObject<SheetState> {
  constructor(ctx: FakeRequestContext, resolver: () => SheetState | null) {
    super(ctx, 'PageBreakCollection', resolver);
  }

  add(pageBreakRange: unknown): void {
    this._queue('add', [pageBreakRange], (sheet, location) => addRowBreak(sheet, addressOf(pageBreakRange), location));
  }

  removePageBreaks(): void {
    this._queue('removePageBreaks', [], (sheet) => removeRowBreaks(sheet));
  }
}

defineType<SheetState>(PageBreakCollectionProxy, {});
