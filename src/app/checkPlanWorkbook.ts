import {
  CHECKLIST,
  checkPlan,
  completeness,
  evaluateChecklist,
  findingMessage,
  type ChecklistResult,
  type Completeness,
  type Finding,
} from '../core/checks';
import { translator, type MessageKey } from '../core/i18n/translate';
import type { Language } from '../core/model/enums';
import { planTree } from '../core/model/planTree';
import { CHECK_TABLES, checkBatch } from '../sheets/checkBatch';
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
  const request = { tables: [...PLAN_TABLES, LISTS_TABLE, ...CHECK_TABLES].map((table) => table.name) };
  const t = translator(options.language);
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
  const checklist = evaluateChecklist(plan, found, checklistAnswers(snapshot)).map((item) => ({
    ...item,
    text: t(item.messageKey as MessageKey),
  }));
  const areaNames = Object.fromEntries(plan.areas.map((area) => [area.code, area.name]));

  const batch =
    options.mark || options.writeSheet
      ? checkBatch(
          {
            snapshot,
            marks: options.mark ? findings.flatMap((finding) => (finding.cell ? [finding.cell] : [])) : null,
            findingRows: options.writeSheet
              ? findings.map((finding) => [
                  t(`severity.${finding.severity}`),
                  areaNames[finding.area] ?? '',
                  finding.code,
                  finding.cell?.sheet ?? '',
                  finding.cell?.address ?? '',
                  finding.message,
                  finding.rule,
                  finding.guide,
                ])
              : null,
            checklist: CHECKLIST.map((item) => ({ id: item.id, text: t(item.messageKey) })),
          },
          t,
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

/** The user's ticks in the checklist table: "Yes"/"No" in any UI language. */
function checklistAnswers(snapshot: WorkbookSnapshot): Record<string, boolean> {
  const table = snapshot.tables[CHECKLIST_TABLE.name];
  if (!table) return {};
  const answers: Record<string, boolean> = {};
  for (const record of readRecords(CHECKLIST_TABLE, table).records) {
    const answer = listValueOf('yesNo', record.answer, cellWhere(CHECKLIST_TABLE, table, record.__row, 'answer'), []);
    if (answer) answers[textOf(record.id)] = answer === 'yes';
  }
  return answers;
}
