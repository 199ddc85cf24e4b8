import { translator } from '../core/i18n/translate';
import { compareIso } from '../core/values/isoDate';
import { yearRange, type ReportModel } from '../core/report';
import type { ReportForExport, ReportRenderer } from '../files/export/reportRenderer';
import type { WorkbookGateway, WorkbookSnapshot } from '../sheets/gateway';
import { REPORT_READ, reportFromSnapshot, type ReportOptions } from './buildReport';

export interface ExportedReport {
  bytes: Uint8Array;
  fileName: string;
  mime: string;
  model: ReportModel;
}

/** The range cut into calendar years, each judged at its own end (the .csv's one row per indicator and year). */
function yearlyModels(snapshot: WorkbookSnapshot, options: ReportOptions): ReportModel[] {
  const models: ReportModel[] = [];
  const { from, to } = options.range;
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    const whole = yearRange(year);
    const range = {
      from: compareIso(whole.from, from) < 0 ? from : whole.from,
      to: compareIso(whole.to, to) > 0 ? to : whole.to,
    };
    models.push(reportFromSnapshot(snapshot, { ...options, range }));
  }
  return models;
}

/**
 * "Export": the report as a file for parliament, read from the workbook (the narrative from the Report
 * sheet) and left unchanged. The renderer is passed in, so the task pane loads a format's library only
 * when the user asks for that format.
 */
export async function exportReport(
  gateway: WorkbookGateway,
  options: ReportOptions,
  renderer: ReportRenderer,
): Promise<ExportedReport> {
  const snapshot = await gateway.read({ tables: REPORT_READ });
  const report: ReportForExport = {
    whole: reportFromSnapshot(snapshot, options),
    years: renderer.perYear ? yearlyModels(snapshot, options) : [],
  };
  const t = translator(report.whole.language);
  const bytes = await renderer.render(report, t);
  const name = `${t('report.fileName', { from: options.range.from, to: options.range.to })}.${renderer.format}`;
  return { bytes, fileName: name, mime: renderer.mime, model: report.whole };
}
