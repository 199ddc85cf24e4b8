import type { Translator } from '../../core/i18n/translate';
import type { ReportModel } from '../../core/report';

export type ReportFormatName = 'docx' | 'xlsx' | 'csv';

/** The report for the whole range and, for renderers that want it, one per calendar year in the range. */
export interface ReportForExport {
  whole: ReportModel;
  years: ReportModel[];
}

/** Turns the report into the bytes of one file format; loaded on demand where its library is large. */
export interface ReportRenderer {
  format: ReportFormatName;
  mime: string;
  /** Whether the renderer needs `years` (the .csv has one row per indicator and year). */
  perYear: boolean;
  render(report: ReportForExport, t: Translator): Promise<Uint8Array>;
}
