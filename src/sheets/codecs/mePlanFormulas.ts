import type { CellValue } from '../../core/model/cell';
import type { Indicator, Plan } from '../../core/model/plan';
import type { FormulaCell } from '../gateway';
import { columnLetter, quoteSheet } from '../layout';
import type { TableLocation } from './tableLocation';
import { typedCell } from './typedCells';

export interface MePlanDerived {
  area: FormulaCell;
  outcome: FormulaCell;
  indicatorText: FormulaCell;
  baseline: FormulaCell;
  midTarget: FormulaCell;
  endTarget: FormulaCell;
}

export interface MePlanFormulas {
  row(index: number, indicator: Indicator | undefined, plan: Plan): MePlanDerived;
}

/**
 * The M&E plan shows the NAP's facts by formula, so a baseline is typed once (in the NAP sheet). Plain A1
 * references rather than structured ones: Excel keeps them right when sheets are renamed or columns inserted,
 * they do not depend on translated header names, and every spreadsheet program evaluates them.
 */
export function mePlanFormulas(locations: {
  mePlan: TableLocation;
  indicators: TableLocation;
  objectives: TableLocation;
  areas: TableLocation;
}): MePlanFormulas {
  const column = (location: TableLocation, key: string) => {
    const letter = columnLetter(location.column(key));
    return `${quoteSheet(location.sheet)}!$${letter}:$${letter}`;
  };
  const lookup = (location: TableLocation, key: string, value: string, valueKey: string) =>
    `INDEX(${column(location, valueKey)},MATCH(${value},${column(location, key)},0))`;
  const { mePlan, indicators, objectives, areas } = locations;

  return {
    row(index, indicator, plan) {
      const excelRow = mePlan.top + 2 + index;
      const code = `$${columnLetter(mePlan.column('indicator'))}${excelRow}`;
      const fromIndicator = (key: string) => `IFERROR(${lookup(indicators, 'code', code, key)}&"","")`;
      // A number stays a number in the M&E plan too; a blank shows blank, not 0.
      const valueOf = (key: string) => {
        const found = lookup(indicators, 'code', code, key);
        return `=IFERROR(IF(${found}="","",${found}),"")`;
      };
      const shown = (value: CellValue | undefined) => typedCell(value ?? '', 'value').value as CellValue;
      const objectiveCode = lookup(indicators, 'code', code, 'objective');
      const objectiveText = lookup(objectives, 'code', objectiveCode, 'text');
      const areaCode = lookup(objectives, 'code', objectiveCode, 'area');
      const objective = plan.objectives.find((candidate) => candidate.code === indicator?.objective);
      const area = plan.areas.find((candidate) => candidate.code === objective?.area);
      const text = (value: CellValue | undefined) => (value === null || value === undefined ? '' : String(value));
      return {
        area: { formula: `=IFERROR(${lookup(areas, 'code', areaCode, 'name')}&"","")`, result: text(area?.name) },
        outcome: {
          formula: `=IFERROR(${objectiveCode}&" – "&${objectiveText},"")`,
          result: objective ? `${objective.code} – ${objective.text}` : '',
        },
        indicatorText: { formula: `=${fromIndicator('text')}`, result: text(indicator?.text) },
        baseline: { formula: valueOf('baseline'), result: shown(indicator?.baseline) },
        midTarget: { formula: valueOf('midTarget'), result: shown(indicator?.midTarget) },
        endTarget: { formula: valueOf('endTarget'), result: shown(indicator?.endTarget) },
      };
    },
  };
}
