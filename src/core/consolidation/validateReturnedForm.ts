import type { MessageKey } from '../i18n/translate';
import { codeKey } from '../model/code';
import { cellText, isBlank, type CellValue } from '../model/cell';
import type { NumberLocale } from '../model/enums';
import type { Activity, Indicator } from '../model/plan';
import { AgencyAssessment, ImplementationStatus, type ProgressRow } from '../model/progress';
import { parseDateLike } from '../values/dateLike';
import { cellProblem, type CellProblem } from './cellProblem';
import { listChoice } from './listChoice';
import { flagPersonalData, type PersonalDataFlag } from './personalDataFlag';
import type { ReturnedCell, ReturnedField, ReturnedForm, ReturnedRow } from './returnedForm';
import { readReturnedNumber } from './returnedNumber';

export interface ValidationContext {
  indicators: readonly Indicator[];
  activities: readonly Activity[];
  locale: NumberLocale;
}

/** A validated row of the ledger, before it is given its submission. */
export type ValidatedRow = Omit<ProgressRow, 'from' | 'received' | 'submission' | 'superseded'>;

export interface ValidatedForm {
  rows: ValidatedRow[];
  problems: CellProblem[];
  personalData: PersonalDataFlag[];
  /** Indicator groups and activities kept out of the ledger because of an error. */
  refusedRows: number;
}

const TEXT_FIELDS = ['outputs', 'activities', 'donors', 'comment'] as const;

type Problems = CellProblem[];

/**
 * Checks every cell an agency typed, as an official would: numbers that are numbers, counts that are not
 * negative, percentages up to 100, numerators within denominators, parts that add up to the total, choices
 * from the dropdowns, real dates, and the values the form asks for. Rows with an error stay out (an
 * indicator with its categories as one group); free text is scanned for personal data.
 */
export function validateReturnedForm(form: ReturnedForm, context: ValidationContext): ValidatedForm {
  const indicators = new Map(context.indicators.map((i) => [codeKey(i.code), i]));
  const activities = new Map(context.activities.map((a) => [codeKey(a.code), a]));
  const result: ValidatedForm = { rows: [], problems: [], personalData: [], refusedRows: 0 };
  for (const note of form.notes) pushFlag(result, flagPersonalData(form.file, '', note));
  for (const group of groups(form.rows)) {
    const head = group[0];
    const problems: Problems = [];
    let rows: ValidatedRow[];
    if (head.kind === 'activity') {
      const activity = activities.get(codeKey(head.code));
      rows = activity ? [activityRow(form, activity, head, problems)] : unknownCode(form, head, problems);
    } else {
      const indicator = indicators.get(codeKey(head.code));
      rows = indicator
        ? indicatorGroup(form, indicator, group, context.locale, problems)
        : unknownCode(form, head, problems);
    }
    for (const row of group)
      for (const field of TEXT_FIELDS) {
        const cell = row.cells[field];
        if (cell) pushFlag(result, flagPersonalData(form.file, row.code, cell));
      }
    result.problems.push(...problems);
    if (problems.some((p) => p.severity === 'error')) result.refusedRows += 1;
    else result.rows.push(...rows);
  }
  return result;
}

function pushFlag(result: ValidatedForm, flag: PersonalDataFlag | null): void {
  if (flag) result.personalData.push(flag);
}

/** An indicator's total row and the category rows that follow it form one group; an activity is its own. */
function groups(rows: readonly ReturnedRow[]): ReturnedRow[][] {
  const out: ReturnedRow[][] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    if (row.kind === 'category' && last && last[0].kind === 'indicator' && codeKey(last[0].code) === codeKey(row.code))
      last.push(row);
    else out.push([row]);
  }
  return out;
}

function unknownCode(form: ReturnedForm, row: ReturnedRow, problems: Problems): ValidatedRow[] {
  const at = Object.values(row.cells)[0]?.at ?? { sheet: '', cell: '' };
  problems.push(cellProblem('error', 'import.cell.unknownCode', form.file, at, row.code));
  return [];
}

function emptyRow(form: ReturnedForm, code: string, category: string): ValidatedRow {
  return {
    period: form.period,
    agency: form.agency,
    code,
    value: null,
    numerator: null,
    denominator: null,
    category,
    implementation: null,
    assessment: null,
    outputs: '',
    activities: '',
    budgetSpent: null,
    donors: '',
    comment: '',
    source: form.file,
  };
}

class CellReader {
  constructor(
    private readonly form: ReturnedForm,
    private readonly code: string,
    private readonly locale: NumberLocale,
    private readonly problems: Problems,
  ) {}

  problem(severity: CellProblem['severity'], key: MessageKey, cell: ReturnedCell, params = {}): void {
    this.problems.push(cellProblem(severity, key, this.form.file, cell.at, this.code, params));
  }

  /** A count or amount: a number, not negative; percentages up to 100 where the indicator is one. */
  number(cell: ReturnedCell | undefined, options: { percent: boolean }): number | null {
    if (!cell) return null;
    const reading = readReturnedNumber(cell.value, this.locale, options.percent);
    if (reading.kind === 'blank') return null;
    if (reading.kind === 'problem') {
      this.problem('error', reading.key, cell, reading.params);
      return null;
    }
    if (reading.value < 0) this.problem('error', 'import.cell.negative', cell, { value: reading.value });
    else if (options.percent && reading.value > 100)
      this.problem('error', 'import.cell.percentOver100', cell, { value: reading.value });
    return reading.value;
  }

  required(cell: ReturnedCell | undefined): void {
    if (cell && isBlank(cell.value)) this.problem('error', 'import.cell.required', cell);
  }

  choice<V extends string>(cell: ReturnedCell | undefined, family: string, options: readonly V[]): V | null {
    if (!cell || isBlank(cell.value)) return null;
    const choice = listChoice(cell.value, family, options);
    if (choice === null) this.problem('error', 'import.cell.outsideList', cell, { value: cellText(cell.value) });
    return choice;
  }

  text(cell: ReturnedCell | undefined): string {
    return cell ? cellText(cell.value) : '';
  }
}

interface Figure {
  value: number | string | null;
  numerator: number | null;
  denominator: number | null;
  cell: ReturnedCell | undefined;
}

function figure(read: CellReader, row: ReturnedRow, indicator: Indicator): Figure {
  const percent = indicator.type === 'percentage';
  if (row.entry === 'ratio') {
    const numerator = read.number(row.cells.numerator, { percent: false });
    const denominator = read.number(row.cells.denominator, { percent: false });
    if (numerator !== null && denominator !== null && numerator > denominator && row.cells.numerator)
      read.problem('error', 'import.cell.numeratorAboveDenominator', row.cells.numerator, { numerator, denominator });
    return { value: null, numerator, denominator, cell: row.cells.numerator };
  }
  if (row.entry === 'text') {
    const text = read.text(row.cells.value);
    return { value: text === '' ? null : text, numerator: null, denominator: null, cell: row.cells.value };
  }
  return {
    value: read.number(row.cells.value, { percent }),
    numerator: null,
    denominator: null,
    cell: row.cells.value,
  };
}

function isEmptyFigure(f: Figure): boolean {
  return f.value === null && f.numerator === null && f.denominator === null;
}

function indicatorGroup(
  form: ReturnedForm,
  indicator: Indicator,
  group: readonly ReturnedRow[],
  locale: NumberLocale,
  problems: Problems,
): ValidatedRow[] {
  const [head, ...parts] = group;
  const read = new CellReader(form, indicator.code, locale, problems);
  const before = problems.length;
  const total = figure(read, head, indicator);
  const partFigures = parts.map((part) => figure(read, part, indicator));
  const readable = problems.length === before;
  if (readable) requireFigure(read, head, total, partFigures);
  if (readable && indicator.aggregation !== 'latest' && indicator.type !== 'percentage')
    checkParts(read, head, total, partFigures);
  const row: ValidatedRow = {
    ...emptyRow(form, indicator.code, ''),
    value: total.value ?? sumOf(partFigures.map((f) => f.value)),
    numerator: total.numerator,
    denominator: total.denominator,
    assessment: read.choice(head.cells.assessment, 'assessment', AgencyAssessment.options),
    outputs: read.text(head.cells.outputs),
    activities: read.text(head.cells.activities),
    budgetSpent: read.number(head.cells.budgetSpent, { percent: false }),
    donors: read.text(head.cells.donors),
    comment: read.text(head.cells.comment),
  };
  const partRows = parts
    .map((part, i) => ({ part, f: partFigures[i] }))
    .filter(({ f }) => !isEmptyFigure(f))
    .map(({ part, f }) => ({
      ...emptyRow(form, indicator.code, part.category),
      value: f.value,
      numerator: f.numerator,
      denominator: f.denominator,
    }));
  return [row, ...partRows];
}

/** The figure the form asks for: the total, or every part from which the total follows. */
function requireFigure(read: CellReader, head: ReturnedRow, total: Figure, parts: readonly Figure[]): void {
  if (head.entry === 'ratio') {
    read.required(head.cells.numerator);
    read.required(head.cells.denominator);
    return;
  }
  if (total.value !== null) return;
  const derivable = head.entry === 'number' && parts.length > 0 && parts.every((p) => typeof p.value === 'number');
  if (derivable && head.cells.value) read.problem('warning', 'import.cell.totalFromParts', head.cells.value);
  else read.required(head.cells.value);
}

function sumOf(values: readonly (CellValue | number | null)[]): number | null {
  if (values.length === 0 || !values.every((v) => typeof v === 'number')) return null;
  return Math.round((values as number[]).reduce((a, b) => a + b, 0) * 1e9) / 1e9;
}

/** Parts of a count add up to its total; parts partly filled must not exceed it. */
function checkParts(read: CellReader, head: ReturnedRow, total: Figure, parts: readonly Figure[]): void {
  if (parts.length === 0) return;
  const fields: (keyof Figure & ('value' | 'numerator' | 'denominator'))[] =
    head.entry === 'ratio' ? ['numerator', 'denominator'] : ['value'];
  for (const field of fields) {
    const whole = total[field];
    if (typeof whole !== 'number') continue;
    const filled = parts.map((p) => p[field]).filter((v): v is number => typeof v === 'number');
    if (filled.length === 0) continue;
    const sum = sumOf(filled) ?? 0;
    const cell = head.cells[field as ReturnedField];
    if (!cell) continue;
    const complete = filled.length === parts.length;
    if ((complete && sum !== whole) || sum > whole)
      read.problem('error', 'import.cell.partsDoNotAddUp', cell, { sum, total: whole });
    else if (!complete) read.problem('warning', 'import.cell.partsIncomplete', cell, { sum, total: whole });
  }
}

function activityRow(form: ReturnedForm, activity: Activity, row: ReturnedRow, problems: Problems): ValidatedRow {
  const read = new CellReader(form, activity.code, 'dot', problems);
  read.required(row.cells.implementation);
  const implementation = read.choice(row.cells.implementation, 'implementation', ImplementationStatus.options);
  return {
    ...emptyRow(form, activity.code, ''),
    implementation,
    value: implementationDate(read, row.cells.date),
    comment: read.text(row.cells.comment),
  };
}

/** The date the activity reached its state, kept as the agency wrote it once it reads as a real date. */
function implementationDate(read: CellReader, cell: ReturnedCell | undefined): CellValue {
  if (!cell || isBlank(cell.value)) return null;
  const date = parseDateLike(cell.value, { bound: 'end' });
  if (date.kind === 'date') return date.iso;
  read.problem('error', 'import.cell.notADate', cell, { value: cellText(cell.value) });
  return null;
}
