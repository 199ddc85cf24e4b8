import { evaluateNode, resultOf } from '../formula/evaluator';
import type { FormulaHost } from '../formula/host';
import { parseFormula, type Node } from '../formula/parser';
import { ExcelError, type Scalar } from '../formula/values';
import { cellKey } from './cellMap';
import type { WorkbookState } from './workbook';

/** Formulas are computed when read, and remembered until the workbook next changes. */
export class WorkbookEvaluator implements FormulaHost {
  private cacheVersion = -1;
  private readonly results = new Map<string, Map<number, Scalar>>();
  private readonly extents = new Map<string, { rows: number; cols: number }>();
  private readonly inProgress = new Set<string>();
  private readonly parsed = new Map<string, Node>();

  constructor(private readonly workbook: WorkbookState) {}

  parse(formula: string): Node {
    let node = this.parsed.get(formula);
    if (!node) {
      node = parseFormula(formula);
      this.parsed.set(formula, node);
    }
    return node;
  }

  private fresh(): void {
    if (this.cacheVersion === this.workbook.version) return;
    this.cacheVersion = this.workbook.version;
    this.results.clear();
    this.extents.clear();
  }

  sheetIdByName(name: string): string | null {
    return this.workbook.sheetByName(name)?.id ?? null;
  }

  sheetName(sheetId: string): string {
    return this.workbook.sheetById(sheetId)?.name ?? '';
  }

  usedExtent(sheetId: string): { rows: number; cols: number } {
    this.fresh();
    let extent = this.extents.get(sheetId);
    if (!extent) {
      const rect = this.workbook.sheetById(sheetId)?.usedRect(true);
      extent = rect ? { rows: rect.r1 + 1, cols: rect.c1 + 1 } : { rows: 0, cols: 0 };
      this.extents.set(sheetId, extent);
    }
    return extent;
  }

  definedName(name: string): Node | null {
    const item = this.workbook.names.get(name.toLowerCase());
    return item ? this.parse(item.formula) : null;
  }

  cellValue(sheetId: string, row: number, col: number): Scalar {
    const sheet = this.workbook.sheetById(sheetId);
    const content = sheet?.content(row, col);
    if (!content) return null;
    if (content.formula === null) return content.value;
    this.fresh();
    let sheetResults = this.results.get(sheetId);
    if (!sheetResults) {
      sheetResults = new Map();
      this.results.set(sheetId, sheetResults);
    }
    const key = cellKey(row, col);
    const cached = sheetResults.get(key);
    if (cached !== undefined) return cached;
    const marker = `${sheetId}:${key}`;
    // A circular reference shows 0 in Excel (after its warning).
    if (this.inProgress.has(marker)) return 0;
    this.inProgress.add(marker);
    try {
      const result = this.evaluate(content.formula, sheetId, row, col, 0, 0);
      sheetResults.set(key, result);
      return result;
    } finally {
      this.inProgress.delete(marker);
    }
  }

  /** Evaluates `formula` as if it sat in (row, col); shifts move its relative references. */
  evaluate(formula: string, sheetId: string, row: number, col: number, rowShift: number, colShift: number): Scalar {
    const ctx = { host: this, sheetId, row, col, rowShift, colShift };
    return resultOf(evaluateNode(this.parse(formula), ctx), ctx);
  }
}

/** How a computed value appears in Range.values: errors as their text ("#N/A"), blanks as ''. */
export function outputValue(value: Scalar): number | string | boolean {
  if (value === null) return '';
  if (value instanceof ExcelError) return value.code;
  return value;
}
