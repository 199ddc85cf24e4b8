import * as z from 'zod';
import { examplePlan } from '../core/example/examplePlan';
import { exampleText } from '../core/example/exampleText';
import { translator, type Translator } from '../core/i18n/translate';
import { Language, PaperSize, ReportingFrequency } from '../core/model/enums';
import type { Plan, PlanSettings } from '../core/model/plan';
import { IsoDate } from '../core/values/isoDate';
import type { WorkbookGateway } from '../sheets/gateway';
import { sheetStartNames } from '../sheets/addSheet';
import { LAYOUT_VERSION, PLAN_SHEETS, SETUP_TABLES } from '../sheets/layouts/sheets';
import { planWorkbookBatch } from '../sheets/planWorkbookBatch';
import { WorkbookError } from '../sheets/workbookError';

export const SetupOptions = z.object({
  title: z.string().trim(),
  country: z.string().trim(),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  reportingFrequency: ReportingFrequency.default('quarterly'),
  language: Language.default('en'),
  paperSize: PaperSize.default('A4'),
  example: z.boolean().default(false),
  planId: z.string().min(1).optional(),
});
export type SetupOptions = z.input<typeof SetupOptions>;

export interface SetupResult {
  messages: string[];
  created: string[];
  existing: string[];
  degraded: string[];
}

/**
 * "Set up plan workbook": lays out the NAP annex tables and the M&E plan, empty or with the guide's example.
 * One read and one write: whatever exists is left as it is and only what is missing is added.
 */
export async function setupPlanWorkbook(gateway: WorkbookGateway, input: SetupOptions): Promise<SetupResult> {
  const parsed = SetupOptions.safeParse(input);
  const t = translator(parsed.success ? parsed.data.language : 'en');
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new WorkbookError('setup.error.invalidSettings', { detail }, `Invalid settings: ${detail}`);
  }
  const options = parsed.data;
  if (options.periodEnd < options.periodStart) {
    throw new WorkbookError('setup.error.periodReversed', {}, 'The plan period ends before it starts.');
  }
  const settings: PlanSettings = {
    planId: options.planId ?? globalThis.crypto.randomUUID(),
    layoutVersion: LAYOUT_VERSION,
    title: options.title,
    country: options.country,
    periodStart: options.periodStart,
    periodEnd: options.periodEnd,
    reportingFrequency: options.reportingFrequency,
    language: options.language,
    currency: 'EUR',
    numberLocale: 'dot',
    paperSize: options.paperSize,
  };
  const plan = options.example ? examplePlan(settings, await exampleText(settings.language)) : emptyPlan(settings, t);

  const { result: planned, degraded: degradedKeys } = await gateway.update(
    { tables: SETUP_TABLES.map((table) => table.name), sheetStarts: sheetStartNames(PLAN_SHEETS) },
    (snapshot) => {
      const laidOut = planWorkbookBatch(snapshot, plan, t);
      const changes = laidOut.created.length + laidOut.addedColumns.length + (laidOut.addedPlanId ? 1 : 0);
      return { batch: changes > 0 ? laidOut.batch : null, result: laidOut };
    },
  );
  const { batch, created, existing, renamedSheets, addedColumns, addedPlanId } = planned;
  const upgraded = addedColumns.length > 0 || addedPlanId !== null;
  const degraded = degradedKeys.map((key) => t(key));
  const messages: string[] = [];
  if (created.length > 0) {
    messages.push(
      options.example && existing.length === 0
        ? t('setup.result.createdExample', {
            indicators: plan.indicators.length,
            activities: plan.activities.length,
            areas: plan.areas.length,
          })
        : t('setup.result.created', { tables: created.length, sheets: batch.createSheets.length }),
    );
  }
  for (const { sheet, headers } of addedColumns)
    messages.push(t('setup.result.addedColumns', { sheet, columns: headers.join(', ') }));
  if (addedPlanId) messages.push(t('setup.result.addedPlanId', { planId: addedPlanId }));
  if (existing.length > 0) {
    messages.push(
      created.length === 0 && !upgraded
        ? t('setup.result.alreadyComplete')
        : t('setup.result.existing', { tables: existing.join(', ') }),
    );
  }
  for (const { wanted, used } of renamedSheets) messages.push(t('setup.result.renamedSheet', { wanted, used }));
  return { messages: [...messages, ...degraded], created, existing, degraded };
}

/** The guide's four strategic areas, named in the user's language; countries rename or add to them. */
function emptyPlan(settings: PlanSettings, t: Translator): Plan {
  const areaKeys = ['area.enabling', 'area.prevention', 'area.protection', 'area.prosecution'] as const;
  return {
    settings,
    areas: areaKeys.map((key, index) => ({ code: String(index + 1), name: t(key) })),
    agencies: [],
    objectives: [],
    indicators: [],
    keyMeasures: [],
    activities: [],
    mePlanHeader: { purpose: '', context: '', reporting: '', review: '' },
    mePlan: [],
  };
}
