import { localeFormat } from '../../core/i18n/locale';
import { dateParam, type Translator } from '../../core/i18n/translate';
import { disaggregationCategories } from '../../core/forms/disaggregation';
import type { AgencyAssignment } from '../../core/forms/agencyResponsibility';
import { codeKey, indicatorCodeKey } from '../../core/model/code';
import { cellText, type CellValue } from '../../core/model/cell';
import type { Agency, Indicator, Plan } from '../../core/model/plan';
import { planTree } from '../../core/model/planTree';
import type { ProgressRow } from '../../core/model/progress';
import type { PlanPeriod } from '../../core/periods';
import {
  ACTIVITY_COLUMNS,
  BODY_TOP,
  HEADER_FIELDS,
  HEADER_LABEL_COLUMN,
  HEADER_VALUE_COLUMN,
  HEADER_VALUE_LAST_COLUMN,
  INDICATOR_COLUMNS,
  RETURN_FORM_LAYOUT_VERSION,
  TITLE_ROW,
  VISIBLE_SHEETS,
  inputCells,
  type EntryKind,
  type FormColumn,
  type FormRow,
  type InputKind,
} from './formLayout';
import { FORM_LISTS, listLabelKey } from './formLists';
import { formIdOf, type ReturnFormMeta } from './formMeta';

/** How a cell looks; the writer maps roles to fills, fonts and borders. */
export type CellRole = 'title' | 'section' | 'columnHeader' | 'area' | 'outcome' | 'label' | 'prefilled' | 'input';

export interface FormCell {
  row: number;
  column: number;
  value: CellValue;
  role: CellRole;
  /** Set on input cells: how the value is validated. */
  input?: InputKind;
  /** Merged across to this column (0-based), when wider than one cell. */
  mergeTo?: number;
}

/** Everything a return form holds, decided from the plan; the writer only draws it. */
export interface FormContent {
  instructionsSheet: string;
  formSheet: string;
  instructions: string[];
  cells: FormCell[];
  rows: FormRow[];
  /** Each dropdown list's labels in the form's language, in FORM_LISTS order. */
  lists: string[][];
  /** The rows to repeat on every printed page (the indicator column headers). */
  printTitleRow: number;
  meta: Omit<ReturnFormMeta, 'digest' | 'generatedAt'>;
}

export interface FormRequest {
  plan: Plan;
  agency: Agency;
  assignment: AgencyAssignment;
  period: PlanPeriod;
  /** The period before, whose values the form shows as "your value last period"; null for the first. */
  previous: PlanPeriod | null;
  ledger: readonly ProgressRow[];
  returnTo: string;
}

function entryKind(indicator: Indicator): EntryKind {
  if (indicator.aggregation === 'ratio') return 'ratio';
  return indicator.type === 'milestone' || indicator.type === 'qualitative' ? 'text' : 'number';
}

/** The agency's latest total for the code in the period before, as it would read in the ledger. */
function lastValue(request: FormRequest, code: string): string {
  if (!request.previous) return '';
  const agency = codeKey(request.agency.code);
  const key = indicatorCodeKey(code);
  const rows = request.ledger.filter(
    (r) =>
      r.period === request.previous!.code &&
      codeKey(r.agency) === agency &&
      indicatorCodeKey(r.code) === key &&
      r.category === '',
  );
  const last = rows[rows.length - 1];
  if (!last) return '';
  if (cellText(last.value) !== '') return cellText(last.value);
  return cellText(last.numerator) !== '' ? `${cellText(last.numerator)} / ${cellText(last.denominator)}` : '';
}

/**
 * The form for one agency and period: Annex 5's header, then per area → outcome each indicator the agency
 * is responsible for (with its disaggregation categories), then its activities. All prefilled values are
 * text, so the digest reads the same from any program's copy.
 */
export function formContent(request: FormRequest, t: Translator): FormContent {
  const { plan, agency, period } = request;
  const cells: FormCell[] = [];
  const rows: FormRow[] = [];
  const put = (row: number, column: number, value: CellValue, role: CellRole, mergeTo?: number) =>
    cells.push({ row, column, value, role, ...(mergeTo !== undefined ? { mergeTo } : {}) });
  const last = INDICATOR_COLUMNS.length - 1;

  put(TITLE_ROW, 0, t('forms.title', { plan: plan.settings.title }), 'title', last);
  const headerValue: Record<string, string> = {
    institution: agency.name || agency.code,
    contactPerson: agency.contactPerson,
    period: t('forms.periodRange', {
      period: period.code,
      start: dateParam(period.coveredStart),
      end: dateParam(period.coveredEnd),
    }),
    // Text in the form's language ("15 July 2026"), as the instructions write it: no reader misreads it.
    dueDate: localeFormat(plan.settings.language).date(period.dueDate, 'long'),
    reportingTo: request.returnTo || t('forms.instructions.coordinator'),
    observations: '',
  };
  for (const field of HEADER_FIELDS) {
    put(field.row, HEADER_LABEL_COLUMN, t(field.label), 'label', HEADER_VALUE_COLUMN - 1);
    cells.push({
      row: field.row,
      column: HEADER_VALUE_COLUMN,
      value: headerValue[field.key],
      role: field.input ? 'input' : 'prefilled',
      mergeTo: HEADER_VALUE_LAST_COLUMN,
      ...(field.input ? { input: field.input } : {}),
    });
  }

  let row = BODY_TOP;
  const columnHeaders = (columns: readonly FormColumn[]) => {
    for (const column of columns) put(row, column.column, t(column.header), 'columnHeader');
    row++;
  };
  const dataRow = (formRow: FormRow, values: Record<number, CellValue>, role: CellRole, mergeTo?: number) => {
    rows.push(formRow);
    for (const [column, value] of Object.entries(values))
      put(row, Number(column), value, role, Number(column) === ind('text') ? mergeTo : undefined);
    for (const input of inputCells(formRow))
      cells.push({ row, column: input.column, value: null, role: 'input', input: input.kind });
    row++;
  };
  const at = (columns: readonly FormColumn[], key: string) => columns.find((c) => c.key === key)!.column;
  const ind = (key: string) => at(INDICATOR_COLUMNS, key);

  put(row++, 0, t('forms.section.indicators'), 'section', last);
  const printTitleRow = row;
  columnHeaders(INDICATOR_COLUMNS);
  const tree = planTree(plan);
  const mine = plan.indicators.filter((i) => request.assignment.indicators.has(indicatorCodeKey(i.code)));
  const areaOrder = [...plan.areas.map((a) => a.code), ''];
  const objectiveOrder = plan.objectives.map((o) => o.code);
  const placed = mine.map((indicator) => ({
    indicator,
    place: tree.place('indicator', indicator.code, indicator.from),
  }));
  let area: string | null = null;
  let outcome: string | null = null;
  const ordered = [...placed].sort(
    (a, b) =>
      areaOrder.indexOf(a.place.area) - areaOrder.indexOf(b.place.area) ||
      objectiveOrder.indexOf(a.place.objective) - objectiveOrder.indexOf(b.place.objective),
  );
  for (const { indicator, place } of ordered) {
    if (place.area !== area) {
      area = place.area;
      const name = plan.areas.find((a) => a.code === area)?.name ?? '';
      dataRow({ row, kind: 'area', code: area, category: '', entry: null }, { 0: area, 1: name }, 'area', last);
    }
    if (place.objective !== outcome) {
      outcome = place.objective;
      const text = plan.objectives.find((o) => o.code === outcome)?.text ?? '';
      dataRow(
        { row, kind: 'outcome', code: outcome, category: '', entry: null },
        { 0: outcome, 1: text },
        'outcome',
        last,
      );
    }
    const entry = entryKind(indicator);
    dataRow(
      { row, kind: 'indicator', code: indicator.code, category: '', entry },
      {
        [ind('code')]: indicator.code,
        [ind('text')]: indicator.text,
        [ind('unit')]: indicator.unit,
        [ind('baseline')]: cellText(indicator.baseline),
        [ind('midTarget')]: cellText(indicator.midTarget),
        [ind('endTarget')]: cellText(indicator.endTarget),
        [ind('lastValue')]: lastValue(request, indicator.code),
      },
      'prefilled',
    );
    for (const category of disaggregationCategories(indicator.disaggregation)) {
      const label = 'key' in category.label ? t(category.label.key) : category.label.text;
      dataRow(
        { row, kind: 'category', code: indicator.code, category: category.key, entry },
        { [ind('code')]: indicator.code, [ind('text')]: t('forms.row.category', { category: label }) },
        'prefilled',
      );
    }
  }

  row++;
  put(row++, 0, t('forms.section.activities'), 'section', last);
  columnHeaders(ACTIVITY_COLUMNS);
  const act = (key: string) => at(ACTIVITY_COLUMNS, key);
  for (const activity of request.assignment.activities) {
    dataRow(
      { row, kind: 'activity', code: activity.code, category: '', entry: null },
      {
        [act('code')]: activity.code,
        [act('text')]: activity.text,
        [act('start')]: cellText(activity.start),
        [act('completion')]: cellText(activity.completion),
      },
      'prefilled',
    );
  }

  const formSheet = t(VISIBLE_SHEETS.form);
  const deadline = { dueDate: dateParam(period.dueDate), period: period.code, returnTo: headerValue.reportingTo };
  return {
    instructionsSheet: t(VISIBLE_SHEETS.instructions),
    formSheet,
    instructions: [
      t('forms.instructions.title', { plan: plan.settings.title }),
      t('forms.instructions.for', { agency: agency.name || agency.code, period: period.code }),
      '',
      t('forms.instructions.fill', { sheet: formSheet }),
      t('forms.instructions.numbers'),
      t('forms.instructions.ratio'),
      t('forms.instructions.assessment'),
      t('forms.instructions.activities'),
      t('forms.instructions.locked'),
      '',
      t('forms.instructions.deadline', deadline),
      '',
      t('forms.instructions.personalData'),
    ],
    cells,
    rows,
    lists: FORM_LISTS.map((list) => list.values.map((value) => t(listLabelKey(list.kind, value)))),
    printTitleRow,
    meta: {
      planId: plan.settings.planId,
      layoutVersion: RETURN_FORM_LAYOUT_VERSION,
      formId: formIdOf(plan.settings.planId, agency.code, period.code),
      agency: agency.code,
      period: period.code,
      periodStart: period.coveredStart,
      periodEnd: period.coveredEnd,
      dueDate: period.dueDate,
      language: plan.settings.language,
      formSheet,
      rows,
    },
  };
}
