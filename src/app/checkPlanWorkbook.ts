import {
  CHECKLIST,
  checkPlan,
  type ChecklistAnswer,
  completeness,
  evaluateChecklist,
  findingMessage,
  guideSection,
  type ChecklistResult,
  type Completeness,
  type Finding,
} from '../core/checks';
import { translator, type MessageKey } from '../core/i18n/translate';
import type { CellValue } from '../core/model/cell';
import type { Language } from '../core/model/enums';
import { planTree } from '../core/model/planTree';
import { sheetStartNames } from '../sheets/addSheet';
import { CHECK_SHEETS, CHECK_TABLES, checkBatch } from '../sheets/checkBatch';
import { PLAN_TABLES, readPlan } from '../sheets/codecs/planReader';
import { cellWhere, listValueOf, readRecords, textOf } from '../sheets/codecs/tableReader';
import type { CellTarget, Planned, WorkbookGateway, WorkbookSnapshot } from '../sheets/gateway';
import { cellLocator } from '../sheets/locateCell';
import { CHECKLIST_TABLE } from '../sheets/layouts/checkTables';
import { LISTS_TABLE } from '../sheets/layouts/tables';

export interface CheckOptions {
  /** Interface language; the plan's own language and number format come from its settings. */
  language: Language;
  /** Names the workbook in messages (the file name, or the workbook's). */
  file: string;
  /** Colour the cells at fault in the workbook (the task pane does; the command line leaves the file alone). */
  mark: boolean;
  /** Also write the findings to the Checks sheet, for printing or sending around. */
  writeSheet: boolean;
}

/** A finding placed in the workbook and put in words, in the user's language. */
export interface LocatedFinding extends Finding {
  area: string;
  cell: CellTarget | null;
  message: string;
}

export interface CheckedItem extends ChecklistResult {
  text: string;
}

export interface CheckResult {
  findings: LocatedFinding[];
  errors: number;
  warnings: number;
  completeness: Completeness;
  checklist: CheckedItem[];
  areaNames: Record<string, string>;
  degraded: string[];
}

/**
 * "Check the plan": reads the plan (one round trip), checks every indicator and activity, and in one more
 * round trip marks the cells at fault, keeps the checklist and, on request, writes the Checks sheet.
 */
export async function checkPlanWorkbook(gateway: WorkbookGateway, options: CheckOptions): Promise<CheckResult> {
  const t = translator(options.language);
  const request = {
    tables: [...PLAN_TABLES, LISTS_TABLE, ...CHECK_TABLES].map((table) => table.name),
    sheetStarts: sheetStartNames(CHECK_SHEETS),
    rulesOn: PLAN_TABLES.map((table) => table.name),
  };
  const { result, degraded } = await gateway.update(request, (snapshot) => planCheck(snapshot, options));
  return { ...result, degraded: degraded.map((key) => t(key)) };
}

/** Everything a check decides from what it read: the findings and, when asked, the writes. */
function planCheck(snapshot: WorkbookSnapshot, options: CheckOptions): Planned<CheckResult> {
  const t = translator(options.language);
  const { plan, issues } = readPlan(snapshot, options.file);
  const found = checkPlan(plan, { readIssues: issues });
  const locate = cellLocator(snapshot);
  const tree = planTree(plan);
  const findings = found.map((finding) => ({
    ...finding,
    area: tree.place(finding.entity, finding.code, finding.at).area,
    cell: locate(finding),
    message: findingMessage(finding, t),
  }));
  const typed = checklistTyped(snapshot);
  const checklist = evaluateChecklist(plan, found, typed.answers).map((item) => ({
    ...item,
    text: t(item.messageKey as MessageKey),
  }));
  const areaNames = Object.fromEntries(plan.areas.map((area) => [area.code, area.name]));
  // The Checks sheets belong to the plan, as set-up wrote them: in its language, whatever the user's.
  const sheet = translator(plan.settings.language);

  const batch =
    options.mark || options.writeSheet
      ? checkBatch(
          {
            snapshot,
            marks: options.mark ? findings.flatMap((finding) => (finding.cell ? [finding.cell] : [])) : null,
            findingRows: options.writeSheet
              ? findings.map((finding) => [
                  sheet(`severity.${finding.severity}`),
                  areaNames[finding.area] ?? '',
                  finding.code,
                  finding.cell?.sheet ?? '',
                  finding.cell?.address ?? '',
                  findingMessage(finding, sheet),
                  finding.rule,
                  guideSection(finding.guide, sheet),
                ])
              : null,
            checklist: [
              ...checklist.map((item) => [
                item.id,
                sheet(item.messageKey as MessageKey),
                item.auto === null ? '' : sheet(`answer.${item.auto}`),
                typed.cells.get(item.id) ?? '',
              ]),
              ...typed.extra,
            ],
          },
          sheet,
        )
      : null;
  const result = {
    findings,
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
    completeness: completeness(plan, found),
    checklist,
    areaNames,
    degraded: [],
  };
  return { batch, result };
}

interface ChecklistTyped {
  /** The user's answers: yes, no or not applicable, typed in any UI language. */
  answers: Record<string, ChecklistAnswer>;
  /** Each answer cell as typed, kept as it is when the table is rewritten (even a label the list lacks). */
  cells: Map<string, CellValue>;
  /** Rows the user added that are not items of the checklist, kept as they are. */
  extra: CellValue[][];
}

function checklistTyped(snapshot: WorkbookSnapshot): ChecklistTyped {
  const typed: ChecklistTyped = { answers: {}, cells: new Map(), extra: [] };
  const table = snapshot.tables[CHECKLIST_TABLE.name];
  if (!table) return typed;
  const known = new Set(CHECKLIST.map((item) => item.id));
  for (const record of readRecords(CHECKLIST_TABLE, table).records) {
    const id = textOf(record.id);
    if (!known.has(id)) {
      typed.extra.push(CHECKLIST_TABLE.columns.map((column) => record[column.key]));
      continue;
    }
    typed.cells.set(id, record.answer);
    const where = cellWhere(CHECKLIST_TABLE, table, record.__row, 'answer');
    const answer = listValueOf<ChecklistAnswer>('checklistAnswer', record.answer, where, []);
    if (answer) typed.answers[id] = answer;
  }
  return typed;
}
