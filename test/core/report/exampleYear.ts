import type { Plan } from '../../../src/core/model/plan';
import { ProgressRow } from '../../../src/core/model/progress';
import { setupPlanWorkbook } from '../../../src/app/setupPlanWorkbook';
import { translator, type MessageKey } from '../../../src/core/i18n/translate';
import { PROGRESS_TABLE } from '../../../src/sheets/layouts/tables';
import { MemoryGateway, appendRows } from '../../support/memoryGateway';
import { englishExample } from '../../support/examplePlan';

/** The guide's example plan as a coordinator would hold it after its first year: 2026 fully reported. */
export function exampleYearPlan(overrides: Partial<Plan['settings']> = {}): Plan {
  return englishExample({ title: 'NAP 2026-2028', ...overrides });
}

/** Rows as Progress holds them, in the columns' own words; missing fields take the ledger's defaults. */
export const EXAMPLE_YEAR_ROWS: Partial<ProgressRow>[] = [
  ...['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'].flatMap((period, q) => [
    { period, agency: 'ATC', code: 'I1.1', value: q < 2 ? 3 : 4 },
    { period, agency: 'SOC', code: 'I2.2', value: 1230 + q * 10 },
    { period, agency: 'POL', code: 'I4.1', value: 45 + q, assessment: 'onTrack' as const },
  ]),
  {
    period: '2026-Q4',
    agency: 'ATC',
    code: 'I1.1',
    value: 4,
    outputs: 'Agreement with Albania signed in October',
    activities: 'Two rounds of negotiations with Serbia',
    budgetSpent: 12500.5,
    donors: 'EU; OSCE',
  },
  {
    period: '2026-Q2',
    agency: 'MOI',
    code: 'I3.1',
    value: 'partly achieved',
    comment: 'Team appointed, SOPs in draft',
  },
  { period: '2026-Q1', agency: 'ATC', code: '1.1.1', implementation: 'completed', budgetSpent: 1000 },
  { period: '2026-Q3', agency: 'MOI', code: '2.1.1', activities: 'Three trainings for 60 officers', donors: 'IOM' },
  { period: '2026-Q4', agency: 'POL', code: 'I4.1', comment: 'Fewer cases referred by labour inspectors' },
  { period: '2027-Q1', agency: 'POL', code: 'I4.1', value: 80, outputs: 'Not in the 2026 report' },
];

export function exampleYearLedger(rows: Partial<ProgressRow>[] = EXAMPLE_YEAR_ROWS): ProgressRow[] {
  return rows.map((row) => ProgressRow.parse({ period: '', agency: '', code: '', ...row }));
}

/** The same year as rows of the Progress table, keyed by its English headers, as a coordinator types them. */
export function exampleYearProgressRows(
  rows: Partial<ProgressRow>[] = EXAMPLE_YEAR_ROWS,
): Record<string, string | number>[] {
  const t = translator('en');
  return exampleYearLedger(rows).map((row) => {
    const record: Record<string, string | number> = {};
    for (const column of PROGRESS_TABLE.columns) {
      const value = row[column.key as keyof ProgressRow];
      if (value === null || value === undefined || value === '' || typeof value === 'object') continue;
      if (column.key === 'assessment' || column.key === 'implementation')
        record[t(column.header)] = t(`enum.${column.key}.${value}` as MessageKey);
      else if (typeof value !== 'boolean') record[t(column.header)] = value;
    }
    return record;
  });
}

/** A plan workbook set up with the guide's example and the 2026 returns typed into Progress. */
export async function exampleYearWorkbook(
  rows: Partial<ProgressRow>[] = EXAMPLE_YEAR_ROWS,
  setup: Partial<Parameters<typeof setupPlanWorkbook>[1]> = {},
): Promise<MemoryGateway> {
  const gateway = new MemoryGateway();
  await setupPlanWorkbook(gateway, {
    title: 'NAP 2026-2028',
    country: 'Montenegro',
    periodStart: '2026-01-01',
    periodEnd: '2028-12-31',
    example: true,
    planId: 'p1',
    ...setup,
  });
  appendRows(gateway, PROGRESS_TABLE.name, exampleYearProgressRows(rows));
  return gateway;
}
