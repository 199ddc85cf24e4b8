import { isInsideSheet, MAX_COLUMNS, MAX_ROWS, parseAddress, type Rect } from '../address';
import { fail } from '../errors';
import { parseFormula } from '../formula/parser';
import type { SheetState } from '../state/sheet';
import type { WorkbookState } from '../state/workbook';
import { ClientObject } from './base';

/** What a Range proxy stands for once resolved. */
export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

export const ADDRESS_LENGTH_LIMIT = 8192;
export const WHOLE_SHEET: Rect = { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 };

/** A defined name that refers to a range: its sheet and rectangle. */
function namedRange(wb: WorkbookState, name: string): RangeTarget | null {
  const item = wb.names.get(name.toLowerCase());
  if (!item) return null;
  const node = parseFormula(item.formula);
  if (node.kind !== 'ref' || node.ref.sheet === null) return null;
  const sheet = wb.sheetByName(node.ref.sheet);
  return sheet ? { sheet, rect: node.ref.rect } : null;
}

/**
 * An address given to getRange/tables.add/...: "A1:C5", "A:A", "1:3", "Sheet1!A1", a defined name.
 * `sheet` is where an address without a sheet points; with `strictSheet`, a prefix naming another sheet is refused.
 */
export function resolveAddress(
  wb: WorkbookState,
  sheet: SheetState | null,
  address: unknown,
  location: string,
  strictSheet: boolean,
): RangeTarget {
  if (typeof address !== 'string' || address.length > ADDRESS_LENGTH_LIMIT) fail('InvalidArgument', location);
  const parsed = parseAddress(address);
  if (!parsed) {
    const named = namedRange(wb, address.trim());
    if (!named || (strictSheet && sheet && named.sheet !== sheet)) fail('InvalidArgument', location);
    return named;
  }
  const target = parsed.sheet === null ? sheet : (wb.sheetByName(parsed.sheet) ?? null);
  if (strictSheet && sheet && target !== sheet) fail('InvalidArgument', location);
  if (!target) fail(parsed.sheet === null ? 'InvalidArgument' : 'ItemNotFound', location);
  return { sheet: target, rect: parsed.rect };
}

/** A range argument that may be an address string or a Range proxy (resolved within the same batch). */
export function rangeArgument(
  wb: WorkbookState,
  value: unknown,
  sheet: SheetState | null,
  location: string,
): RangeTarget {
  if (value instanceof ClientObject && value._type === 'Range') {
    const target = value._resolve() as RangeTarget | null;
    if (!target) fail('InvalidArgument', location);
    return target;
  }
  return resolveAddress(wb, sheet, value, location, false);
}

export function checkedRect(rect: Rect, location: string): Rect {
  if (!isInsideSheet(rect)) fail('InvalidArgument', location);
  return rect;
}
