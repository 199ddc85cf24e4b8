import { translator, type MessageKey, type Translator } from '../core/i18n/translate';
import type { RegisterEntry } from '../core/consolidation/submission';
import { codeKey } from '../core/model/code';
import type { Language } from '../core/model/enums';
import type { Agency, Plan } from '../core/model/plan';
import { findPlanPeriod, type PlanPeriod, type ReportingSettingIssue } from '../core/periods';
import { formProtection } from '../files/returnForm/formProtection';
import { writeReturnForm } from '../files/returnForm/writeReturnForm';
import { sheetRoom } from '../sheets/addSheet';
import { readRegister, registerRecord } from '../sheets/codecs/registerCodec';
import { appendOrCreate } from '../sheets/importBatch';
import { readLedger } from '../sheets/codecs/ledgerReader';
import { emptyBatch, type WorkbookGateway, type WorkbookSnapshot, type WriteBatch } from '../sheets/gateway';
import { SUBMISSIONS_SHEET, SUBMISSIONS_TABLE } from '../sheets/layouts/submissions';
import { PROGRESS_TABLE, SETTINGS_TABLE } from '../sheets/layouts/tables';
import { addMissingPlanId } from '../sheets/planIdBatch';
import { printDocumentOf } from '../sheets/printLayout';
import { formContent, type FormContent } from '../sheets/returnForm';
import { WorkbookError } from '../sheets/workbookError';
import { FORM_PLAN_REQUEST, returnFormPlan } from './returnFormPlan';

export interface BuildFormsOptions {
  /** The interface language, for messages; the forms themselves are in the plan's language. */
  language: Language;
  file: string;
  /** A period code as people write it ("2026-Q2", "Q2 2026"). */
  period: string;
  /** Agency codes; empty means every agency with something to report. */
  agencies: readonly string[];
  /** ISO date-time the forms are generated at (the caller's clock). */
  now: string;
  /** Record the forms as expected in the Submissions register of the workbook. */
  register: boolean;
}

export interface BuiltForm {
  agency: string;
  agencyName: string;
  formId: string;
  fileName: string;
  bytes: Uint8Array;
  indicators: number;
  activities: number;
}

export interface BuildFormsResult {
  period: PlanPeriod;
  forms: BuiltForm[];
  /** Agencies asked for (or all, by default) that have no indicator or activity of their own. */
  skipped: string[];
  /** Register rows added as expected (0 when not registering, or all were there already). */
  registered: number;
  warnings: string[];
  degraded: string[];
}

interface Planned {
  period: PlanPeriod;
  contents: { agency: Agency; content: FormContent }[];
  skipped: string[];
  registered: number;
  issues: ReportingSettingIssue[];
  password: string;
  paperSize: 'A4' | 'letter';
}

const fileSafe = (text: string) => text.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'agency';

function refuse(key: MessageKey, params: Record<string, string>, t: Translator): never {
  throw new WorkbookError(key, params, t(key, params));
}

function selectAgencies(plan: Plan, wanted: readonly string[], file: string, t: Translator): Agency[] {
  if (wanted.length === 0) return plan.agencies;
  return wanted.map((code) => {
    const agency = plan.agencies.find((candidate) => codeKey(candidate.code) === codeKey(code));
    return (
      agency ??
      refuse('forms.error.unknownAgency', { file, agency: code, known: plan.agencies.map((a) => a.code).join(', ') }, t)
    );
  });
}

/**
 * An *expected* row in the Submissions register for each agency × period not there yet, appended (or in a
 * new sheet when the workbook has no register): rows the import has filled in are never touched. Returns how
 * many were added.
 */
function addToRegister(
  batch: WriteBatch,
  snapshot: WorkbookSnapshot,
  contents: Planned['contents'],
  period: PlanPeriod,
  now: string,
  t: Translator,
): number {
  const known = new Set(
    readRegister(snapshot.tables[SUBMISSIONS_TABLE.name]).map((entry) => `${codeKey(entry.agency)}|${entry.period}`),
  );
  const added = contents.filter(({ agency }) => !known.has(`${codeKey(agency.code)}|${period.code}`));
  if (added.length === 0) return 0;
  const entries: RegisterEntry[] = added.map(({ agency, content }) => ({
    agency: agency.code,
    period: period.code,
    formId: content.meta.formId,
    dueDate: period.dueDate,
    issuedAt: now,
    receivedAt: '',
    timeliness: null,
    state: 'expected',
    fileName: '',
    sha256: '',
    values: null,
    problems: null,
  }));
  const records = entries.map((entry) => registerRecord(entry, t));
  appendOrCreate(batch, snapshot, sheetRoom(snapshot), SUBMISSIONS_TABLE, SUBMISSIONS_SHEET, records, t);
  return added.length;
}

/**
 * "Forms": the return form (Annex 5) of each agency for a period, as .xlsx files, from one read of the plan;
 * the forms enter the Submissions register as expected in the same update (a re-run adds nothing twice), and
 * a plan without an id gets the one the forms carry.
 * Files are built after the register is written: the form id is fixed by plan, agency and period, so a
 * failure in between leaves a register a second run matches.
 */
export async function buildReturnForms(
  gateway: WorkbookGateway,
  options: BuildFormsOptions,
): Promise<BuildFormsResult> {
  const ui = translator(options.language);
  const tables = [...FORM_PLAN_REQUEST.tables, PROGRESS_TABLE.name, SUBMISSIONS_TABLE.name];
  const { result, degraded } = await gateway.update({ tables }, (snapshot) => {
    const { plan, settings, issues, periods, assignments } = returnFormPlan(snapshot, options.file);
    const t = translator(plan.settings.language);
    const period =
      findPlanPeriod(periods, options.period) ??
      refuse(
        'forms.error.unknownPeriod',
        { file: options.file, period: options.period, known: periods.map((p) => p.code).join(', ') },
        ui,
      );
    const previous = periods[periods.indexOf(period) - 1] ?? null;
    const { ledger } = readLedger(snapshot.tables[PROGRESS_TABLE.name]);
    const contents: Planned['contents'] = [];
    const skipped: string[] = [];
    for (const agency of selectAgencies(plan, options.agencies, options.file, ui)) {
      const assignment = assignments.get(agency.code)!;
      if (assignment.indicators.size + assignment.activities.length === 0) {
        skipped.push(agency.code);
        continue;
      }
      const request = { plan, agency, assignment, period, previous, ledger, returnTo: settings.returnTo };
      contents.push({ agency, content: formContent(request, t) });
    }
    const batch = emptyBatch(snapshot);
    // A plan set up before plan ids gets the one its forms carry, in the same write as their register rows.
    const settingsTable = snapshot.tables[SETTINGS_TABLE.name];
    const addedPlanId = options.register && settingsTable ? addMissingPlanId(batch, settingsTable, t) : null;
    const registered = options.register ? addToRegister(batch, snapshot, contents, period, options.now, ui) : 0;
    const planned: Planned = {
      period,
      contents,
      skipped,
      registered,
      issues,
      password: settings.formPassword,
      paperSize: printDocumentOf(snapshot).paperSize,
    };
    return { batch: registered > 0 || addedPlanId !== null ? batch : null, result: planned };
  });

  const protection = await formProtection(result.password);
  const forms: BuiltForm[] = [];
  for (const { agency, content } of result.contents) {
    const { bytes } = await writeReturnForm(content, {
      generatedAt: options.now,
      protection,
      paperSize: result.paperSize,
      t: translator(content.meta.language),
    });
    forms.push({
      agency: agency.code,
      agencyName: agency.name,
      formId: content.meta.formId,
      fileName: `${fileSafe(result.period.code)}_${fileSafe(agency.code)}.xlsx`,
      bytes,
      indicators: content.rows.filter((row) => row.kind === 'indicator').length,
      activities: content.rows.filter((row) => row.kind === 'activity').length,
    });
  }
  return {
    period: result.period,
    forms,
    skipped: result.skipped,
    registered: result.registered,
    warnings: result.issues.map((issue) =>
      ui(`forms.settingIssue.${issue.problem}`, { key: issue.key, value: issue.value }),
    ),
    degraded: degraded.map((key) => ui(key)),
  };
}
