import { buildReport, type ReportOptions } from '../../../src/app/buildReport';
import { exportReport } from '../../../src/app/exportReport';
import type { ReportRenderer } from '../../../src/files/export/reportRenderer';
import type { ProgressRow } from '../../../src/core/model/progress';
import { EXAMPLE_YEAR_ROWS, exampleYearWorkbook } from '../../core/report/exampleYear';

export const REPORT_OPTIONS: ReportOptions = {
  language: 'en',
  file: 'plan.xlsx',
  range: { from: '2026-01-01', to: '2026-12-31' },
  today: '2027-01-20',
  deadline: '2027-01-31',
};

/** The example year exported after the coordinator built the Report sheet and wrote the introduction. */
export async function exportExampleYear(renderer: ReportRenderer, rows: Partial<ProgressRow>[] = EXAMPLE_YEAR_ROWS) {
  const gateway = await exampleYearWorkbook(rows);
  await buildReport(gateway, REPORT_OPTIONS);
  const narrative = gateway.state.tables.NapReportNarrative;
  gateway.edit(
    'NapReportNarrative',
    narrative.rows.findIndex((row) => row[0] === 'intro'),
    'Your text',
    'The ATC office reports on 2026.',
  );
  return { gateway, exported: await exportReport(gateway, REPORT_OPTIONS, renderer) };
}
