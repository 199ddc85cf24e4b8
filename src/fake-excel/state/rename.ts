import { quoteSheetName } from '../address';
import { tokenize } from '../formula/lexer';
import type { WorkbookState } from './workbook';

/** Rewrites "Old!A1" / "'Old'!A1" references in one formula after a sheet is renamed, as Excel does. */
export function renameInFormula(formula: string, oldName: string, newName: string): string {
  if (!formula.startsWith('=')) return formula;
  const source = formula.slice(1);
  let tokens;
  try {
    tokens = tokenize(source);
  } catch {
    return formula;
  }
  const lower = oldName.toLowerCase();
  let out = '';
  let last = 0;
  for (const token of tokens) {
    if (token.type !== 'ref' || !token.sheetSpan || token.sheet?.toLowerCase() !== lower) continue;
    out += source.slice(last, token.sheetSpan[0]) + quoteSheetName(newName);
    last = token.sheetSpan[1];
  }
  return `=${out}${source.slice(last)}`;
}

/** Every place a formula can live: cells, defined names, validation rules and conditional formats. */
export function renameSheetReferences(wb: WorkbookState, oldName: string, newName: string): void {
  const rename = (f: string) => renameInFormula(f, oldName, newName);
  for (const sheet of wb.sheets) {
    for (const [key, content] of sheet.contents) {
      if (content.formula !== null) {
        const next = rename(content.formula);
        if (next !== content.formula) sheet.contents.set(key, { value: null, formula: next });
      }
    }
    for (const layer of sheet.validations) {
      const rule = layer.settings.rule;
      if (!rule) continue;
      const [key] = Object.keys(rule);
      const criterion = { ...rule[key] };
      for (const field of ['source', 'formula', 'formula1', 'formula2']) {
        if (typeof criterion[field] === 'string') criterion[field] = rename(criterion[field] as string);
      }
      layer.settings = { ...layer.settings, rule: { [key]: criterion } };
    }
    for (const cf of sheet.conditionalFormats) {
      for (const field of ['formula', 'formula1', 'formula2'] as const) {
        const f = cf.rule[field];
        if (f !== undefined) cf.rule[field] = rename(f);
      }
    }
  }
  for (const item of wb.names.values()) item.formula = rename(item.formula);
}
