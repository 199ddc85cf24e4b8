import type { ReportFormatName, ReportRenderer } from './reportRenderer';

/**
 * Each format's renderer, loaded when first asked for: the docx and exceljs libraries stay out of the task
 * pane's first download and out of the command line's start-up until a report in that format is written.
 */
export const REPORT_RENDERERS: Record<ReportFormatName, () => Promise<ReportRenderer>> = {
  docx: async () => (await import(/* webpackChunkName: "report-docx" */ './docxReport')).docxRenderer,
  xlsx: async () => (await import(/* webpackChunkName: "report-xlsx" */ './xlsxReport')).xlsxRenderer,
  csv: async () => (await import(/* webpackChunkName: "report-csv" */ './csvReport')).csvRenderer,
};

export const REPORT_FORMATS: readonly ReportFormatName[] = ['docx', 'xlsx', 'csv'];

export function isReportFormat(name: string): name is ReportFormatName {
  return (REPORT_FORMATS as readonly string[]).includes(name);
}
