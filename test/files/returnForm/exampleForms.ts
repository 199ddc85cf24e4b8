import ExcelJS from 'exceljs';
import { translator } from '../../../src/core/i18n/translate';
import { examplePlan } from '../../../src/core/example/examplePlan';
import { exampleText } from '../../../src/core/example/exampleText';
import { agencyAssignments } from '../../../src/core/forms/agencyResponsibility';
import type { Language } from '../../../src/core/model/enums';
import type { Plan, PlanSettings } from '../../../src/core/model/plan';
import type { ProgressRow } from '../../../src/core/model/progress';
import { planPeriods } from '../../../src/core/periods';
import { formProtection, type SheetProtection } from '../../../src/files/returnForm/formProtection';
import { writeReturnForm } from '../../../src/files/returnForm/writeReturnForm';
import { readWorkbookValues, type SheetValues } from '../../../src/files/reader';
import { META_SHEET_NAME, digestText, formContent, parseMetaGrid } from '../../../src/sheets/returnForm';
import { sha256Hex } from '../../../src/files/returnForm/sha256';
import { EXAMPLE_SETTINGS } from '../../support/examplePlan';

export const SETTINGS: PlanSettings = {
  ...EXAMPLE_SETTINGS,
  planId: '5b1f0c2e-7d3a-4e0b-9a51-2f6c8d9e0a11',
  title: 'National Action Plan 2026-2028',
};

/** The guide's example plan, with I2.2 turned into a ratio so a form asks numerator and denominator. */
export async function plan(language: Language = 'en'): Promise<Plan> {
  const example = examplePlan({ ...SETTINGS, language }, await exampleText(language));
  return {
    ...example,
    indicators: example.indicators.map((i) => (i.code === 'I2.2' ? { ...i, aggregation: 'ratio' as const } : i)),
  };
}

/** One agency's form for a period of the example plan, as the generator writes it. */
export async function exampleForm(
  agencyCode: string,
  options: {
    period?: string;
    ledger?: ProgressRow[];
    protection?: SheetProtection;
    now?: string;
    language?: Language;
  } = {},
) {
  const p = await plan(options.language);
  const t = translator(p.settings.language);
  const periods = planPeriods(p.settings, { formDueDays: 15 });
  const index = periods.findIndex((period) => period.code === (options.period ?? '2026-Q2'));
  const agency = p.agencies.find((a) => a.code === agencyCode)!;
  const content = formContent(
    {
      plan: p,
      agency,
      assignment: agencyAssignments(p).get(agencyCode)!,
      period: periods[index],
      previous: periods[index - 1] ?? null,
      ledger: options.ledger ?? [],
      returnTo: 'ATC office, atc@example.org',
    },
    t,
  );
  const written = await writeReturnForm(content, {
    generatedAt: options.now ?? '2026-07-01T09:00:00.000Z',
    protection: options.protection ?? (await formProtection('')),
    paperSize: 'A4',
    t,
  });
  return { content, ...written };
}

export async function loadWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

function grid(sheet: SheetValues) {
  const rows = sheet.bounds ? sheet.bounds.bottom + 1 : 0;
  const columns = sheet.bounds ? sheet.bounds.right + 1 : 0;
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => sheet.value(r, c)));
}

/**
 * Reads a form back as the importer would: values only, metadata from the veryHidden sheet, and the digest
 * recomputed from the form sheet's prefilled cells.
 */
export async function readBack(bytes: Uint8Array, fileName = 'form.xlsx') {
  const read = readWorkbookValues(bytes, { fileName });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const metaSheet = read.workbook.sheets.find((sheet) => sheet.name === META_SHEET_NAME)!;
  const parsed = parseMetaGrid(grid(metaSheet));
  if (!parsed.success) throw new Error(parsed.error.message);
  const meta = parsed.data;
  const form = read.workbook.sheets.find((sheet) => sheet.name === meta.formSheet)!;
  const value = (row: number, column: number) => form.value(row, column);
  const digest = await sha256Hex(digestText(meta.formId, meta.rows, value));
  return { workbook: read.workbook, meta, digest, value, form };
}
