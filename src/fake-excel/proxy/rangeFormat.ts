import { fail } from '../errors';
import { cellText } from '../state/cells';
import { applyStyle, readStyle, uniformStyle } from '../state/formatting';
import { assertFormattable, assertUnprotected } from '../state/protection';
import type { SheetState } from '../state/sheet';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type CellStyle, type StylePatch } from '../state/style';
import { ClientObject, defineType, type ScalarSpec } from './base';
import { normalizeColor } from './colors';
import type { FakeRequestContext } from './context';
import type { RangeTarget } from './rangeTarget';

const HORIZONTAL = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

/** A style property of every cell in the range: null when the cells differ. */
function styleSpec<K extends keyof CellStyle>(
  property: K,
  check: (value: unknown, location: string) => CellStyle[K],
): ScalarSpec<RangeTarget> {
  return {
    get: ({ sheet, rect }) => readStyle(sheet, rect, property),
    set: ({ sheet, rect }, value, location) => {
      const checked = check(value, location);
      assertFormattable(sheet, 'cells', location);
      applyStyle(sheet, rect, { [property]: checked } as StylePatch);
      sheet.workbook.changed();
    },
  };
}

const boolean = (value: unknown, location: string): boolean => {
  if (typeof value !== 'boolean') fail('InvalidArgument', location);
  return value;
};

const oneOf =
  (allowed: string[]) =>
  (value: unknown, location: string): string => {
    if (typeof value !== 'string' || !allowed.includes(value)) fail('InvalidArgument', location);
    return value;
  };

/** columnWidth / rowHeight in points: one size for each column (row) the range touches; null when they differ. */
function lineSizeSpec(kind: 'columns' | 'rows'): ScalarSpec<RangeTarget> {
  const lines = ({ sheet, rect }: RangeTarget) =>
    kind === 'columns'
      ? { sizes: sheet.columnWidths, from: rect.c0, to: rect.c1, fallback: DEFAULT_COLUMN_WIDTH }
      : { sizes: sheet.rowHeights, from: rect.r0, to: rect.r1, fallback: DEFAULT_ROW_HEIGHT };
  return {
    get: (target) => {
      const { sizes, from, to, fallback } = lines(target);
      const first = sizes.get(from) ?? fallback;
      for (let i = from; i <= to; i++) if ((sizes.get(i) ?? fallback) !== first) return null;
      return first;
    },
    set: (target, value, location) => {
      if (typeof value !== 'number' || !(value >= 0)) fail('InvalidArgument', location);
      assertFormattable(target.sheet, kind, location);
      const { sizes, from, to } = lines(target);
      for (let i = from; i <= to; i++) sizes.set(i, value);
      target.sheet.workbook.changed();
    },
  };
}

/** Roughly Excel's autofit: widest display text in Calibri 11 (about 5.6 points a character) plus padding. */
function autofit(sheet: SheetState, target: RangeTarget): void {
  const { rect } = target;
  const used = sheet.usedRect(true);
  const lastRow = Math.min(rect.r1, used ? used.r1 : rect.r0);
  for (let c = rect.c0; c <= rect.c1; c++) {
    let longest = 0;
    for (let r = rect.r0; r <= lastRow; r++) longest = Math.max(longest, cellText(sheet.workbook, sheet, r, c).length);
    sheet.columnWidths.set(c, longest === 0 ? DEFAULT_COLUMN_WIDTH : Math.round((longest * 5.6 + 7.5) * 4) / 4);
  }
  sheet.workbook.changed();
}

/** Excel.RangeFormat. */
export class RangeFormatProxy extends ClientObject<RangeTarget> {
  constructor(ctx: FakeRequestContext, resolver: () => RangeTarget | null) {
    super(ctx, 'RangeFormat', resolver);
  }

  get font(): RangeFontProxy {
    return this._nav('font', () => new RangeFontProxy(this._ctx, () => this._resolve()));
  }

  get fill(): RangeFillProxy {
    return this._nav('fill', () => new RangeFillProxy(this._ctx, () => this._resolve()));
  }

  get protection(): FormatProtectionProxy {
    this._gate('protection');
    return this._nav('protection', () => new FormatProtectionProxy(this._ctx, () => this._resolve()));
  }

  autofitColumns(): void {
    this._gate('autofitColumns');
    this._queue('autofitColumns', [], (target, location) => {
      assertFormattable(target.sheet, 'columns', location);
      autofit(target.sheet, target);
    });
  }

  autofitRows(): void {
    this._queue('autofitRows', [], (target, location) => assertFormattable(target.sheet, 'rows', location));
  }
}

defineType<RangeTarget>(
  RangeFormatProxy,
  {
    columnWidth: lineSizeSpec('columns'),
    rowHeight: lineSizeSpec('rows'),
    wrapText: styleSpec('wrapText', boolean),
    horizontalAlignment: styleSpec('horizontalAlignment', oneOf(HORIZONTAL)),
    verticalAlignment: styleSpec('verticalAlignment', oneOf(VERTICAL)),
  },
  ['font', 'fill', 'protection'],
);

/** Excel.RangeFont. */
export class RangeFontProxy extends ClientObject<RangeTarget> {
  constructor(ctx: FakeRequestContext, resolver: () => RangeTarget | null) {
    super(ctx, 'RangeFont', resolver);
  }
}

defineType<RangeTarget>(RangeFontProxy, {
  bold: styleSpec('bold', boolean),
  italic: styleSpec('italic', boolean),
  color: styleSpec('fontColor', normalizeColor),
  size: styleSpec('fontSize', (value, location) => {
    if (typeof value !== 'number' || value < 1 || value > 409) fail('InvalidArgument', location);
    return value;
  }),
  name: styleSpec('fontName', (value, location) => {
    if (typeof value !== 'string' || value === '') fail('InvalidArgument', location);
    return value;
  }),
});

/** Excel.RangeFill: color reads "#FFFFFF" where there is no fill, as Excel reports it. */
export class RangeFillProxy extends ClientObject<RangeTarget> {
  constructor(ctx: FakeRequestContext, resolver: () => RangeTarget | null) {
    super(ctx, 'RangeFill', resolver);
  }

  clear(): void {
    this._queue('clear', [], ({ sheet, rect }, location) => {
      assertFormattable(sheet, 'cells', location);
      applyStyle(sheet, rect, { fillColor: null });
      sheet.workbook.changed();
    });
  }
}

defineType<RangeTarget>(RangeFillProxy, {
  color: {
    get: ({ sheet, rect }) => {
      const fill = uniformStyle(sheet, rect, 'fillColor');
      return fill ? (fill.value ?? '#FFFFFF') : null;
    },
    set: ({ sheet, rect }, value, location) => {
      const color = normalizeColor(value, location);
      assertFormattable(sheet, 'cells', location);
      applyStyle(sheet, rect, { fillColor: color });
      sheet.workbook.changed();
    },
  },
});

/** Excel.FormatProtection: which cells stay editable once the sheet is protected. */
export class FormatProtectionProxy extends ClientObject<RangeTarget> {
  constructor(ctx: FakeRequestContext, resolver: () => RangeTarget | null) {
    super(ctx, 'FormatProtection', resolver);
  }
}

defineType<RangeTarget>(FormatProtectionProxy, {
  locked: {
    get: ({ sheet, rect }) => readStyle(sheet, rect, 'locked'),
    set: ({ sheet, rect }, value, location) => {
      const locked = boolean(value, location);
      assertUnprotected(sheet, location);
      applyStyle(sheet, rect, { locked });
      sheet.workbook.changed();
    },
  },
});
