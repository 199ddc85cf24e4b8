import type { Activity, Indicator } from '../../../src/core/model/plan';
import type { ReturnedField, ReturnedForm, ReturnedRow } from '../../../src/core/consolidation/returnedForm';
import type { CellValue } from '../../../src/core/model/cell';
import type { ValidationContext } from '../../../src/core/consolidation/validateReturnedForm';

const COLUMNS: Record<ReturnedField, string> = {
  value: 'H',
  numerator: 'I',
  denominator: 'J',
  outputs: 'K',
  activities: 'L',
  assessment: 'M',
  budgetSpent: 'N',
  donors: 'O',
  comment: 'P',
  implementation: 'H',
  date: 'I',
};

let nextRow = 12;

/** A returned row whose cells sit at plausible form addresses (one sheet row per returned row). */
export function row(
  kind: ReturnedRow['kind'],
  code: string,
  values: Partial<Record<ReturnedField, CellValue>>,
  extra: Partial<Pick<ReturnedRow, 'category' | 'entry'>> = {},
): ReturnedRow {
  const sheetRow = nextRow++;
  const cells = Object.fromEntries(
    Object.entries(values).map(([field, value]) => [
      field,
      { value: value as CellValue, at: { sheet: 'Form', cell: `${COLUMNS[field as ReturnedField]}${sheetRow}` } },
    ]),
  );
  return {
    kind,
    code,
    category: extra.category ?? '',
    entry: extra.entry ?? (kind === 'activity' ? null : 'number'),
    cells,
  };
}

export function form(rows: ReturnedRow[], over: Partial<ReturnedForm> = {}): ReturnedForm {
  return { file: 'moi-2026-Q2.xlsx', agency: 'MOI', period: '2026-Q2', rows, notes: [], ...over };
}

const indicator = (code: string, over: Partial<Indicator> = {}): Indicator => ({
  code,
  objective: '1',
  level: 'outcome',
  text: `Indicator ${code}`,
  type: 'number',
  direction: 'increase',
  aggregation: 'sum',
  unit: '',
  baseline: 10,
  baselineDate: 2025,
  midTarget: 20,
  midDate: 2026,
  endTarget: 30,
  endDate: 2027,
  disaggregation: '',
  ...over,
});

const activity = (code: string): Activity => ({
  code,
  keyMeasure: '1.1',
  text: `Activity ${code}`,
  responsible: 'MOI',
  start: 'I quarter',
  completion: 'IV quarter',
  resultIndicator: '',
  financialEstimate: null,
  fundingSource: '',
});

/** Counts (I1.1), a percentage (I1.2), a ratio (I1.3), a milestone (I1.4) and an activity (1.1.1). */
export function context(locale: ValidationContext['locale'] = 'dot'): ValidationContext {
  return {
    locale,
    indicators: [
      indicator('I1.1'),
      indicator('I1.2', { type: 'percentage', aggregation: 'latest' }),
      indicator('I1.3', { type: 'percentage', aggregation: 'ratio' }),
      indicator('I1.4', { type: 'milestone', aggregation: 'latest' }),
    ],
    activities: [activity('1.1.1')],
  };
}
