import type { MessageKey, Translator } from '../../core/i18n/translate';
import { reportFormat, reportLabels, type ReportModel } from '../../core/report';
import { inertText } from './inertText';
import type { ReportForExport, ReportRenderer } from './reportRenderer';

const HEADERS: MessageKey[] = [
  'report.col.year',
  'report.col.area',
  'report.col.outcomeCode',
  'report.col.code',
  'report.col.indicator',
  'report.col.unit',
  'report.col.baseline',
  'report.col.value',
  'report.col.target',
  'report.col.targetDate',
  'report.col.status',
  'report.col.twoWay',
  'report.col.reason',
];

/** RFC 4180: every field quoted, quotes doubled; text a spreadsheet would run is made inert first. */
function field(text: string): string {
  return `"${inertText(text).replace(/"/g, '""')}"`;
}

function yearRows(model: ReportModel, t: Translator): string[][] {
  const labels = reportLabels(t, reportFormat(model.language, model.plan.numberLocale), model.plan.currency);
  const year = model.range.to.slice(0, 4);
  return model.areas.flatMap((area) =>
    area.outcomes.flatMap((outcome) =>
      outcome.indicators.map((line) => [
        year,
        area.code,
        outcome.code,
        line.code,
        line.text,
        line.unit,
        line.baseline,
        labels.value(line.value),
        line.target,
        line.targetDate,
        labels.indicatorStatus(line),
        line.twoWay === null ? '' : t(`status.twoWay.${line.twoWay}`),
        labels.reason(line.reason),
      ]),
    ),
  );
}

/**
 * The indicator results for statistics offices and international reporting: one row per indicator and
 * year, judged at the year's end (or the range's, when it ends earlier). UTF-8 with a byte order mark so
 * Excel reads the Cyrillic and the diacritics; numbers in the plan's locale, every field quoted.
 */
export async function renderCsv(report: ReportForExport, t: Translator): Promise<Uint8Array> {
  const rows = [HEADERS.map((key) => t(key)), ...report.years.flatMap((model) => yearRows(model, t))];
  const text = `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
  return new TextEncoder().encode(text);
}

export const csvRenderer: ReportRenderer = {
  format: 'csv',
  mime: 'text/csv;charset=utf-8',
  perYear: true,
  render: renderCsv,
};
