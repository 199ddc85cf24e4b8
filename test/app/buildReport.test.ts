import { buildReport, type ReportOptions } from '../../src/app/buildReport';
import { computeStatusWorkbook } from '../../src/app/computeStatusWorkbook';
import { renderSentences } from '../../src/core/i18n/sentence';
import { translator } from '../../src/core/i18n/translate';
import { INDICATOR_STATUSES } from '../../src/core/status';
import { appendRows } from '../support/memoryGateway';
import { exampleYearProgressRows, exampleYearWorkbook } from '../core/report/exampleYear';

const options: ReportOptions = {
  language: 'en',
  file: 'plan.xlsx',
  range: { from: '2026-01-01', to: '2026-12-31' },
  today: '2027-01-20',
  deadline: '2027-01-31',
};

const column = (table: { headers: string[]; rows: unknown[][] }, header: string) =>
  table.rows.map((row) => row[table.headers.indexOf(header)]);

describe('buildReport', () => {
  it('writes the Report sheet: title block, narrative with guidance, summary, areas with a chart, outcomes, indicators', async () => {
    const gateway = await exampleYearWorkbook();
    const { model, placement } = await buildReport(gateway, options);
    const { report: status } = await computeStatusWorkbook(gateway, { ...options, asOf: '2026-12-31', write: false });
    const tables = gateway.state.tables;
    expect(placement?.sheet).toBe('Report');
    const indicators = tables.NapReportIndicators;
    expect(indicators.sheet).toBe('Report');
    expect(column(indicators, 'Code')).toEqual(status.indicators.map((r) => r.code));
    expect(column(indicators, 'Status')).toEqual(
      status.indicators.map(
        (r) =>
          ({
            onTrack: 'On track',
            offTrack: 'Off track',
            atRisk: 'At risk',
            achieved: 'Achieved',
            notDueYet: 'Not due yet',
            noData: 'No data',
            notAssessable: 'Not assessable',
          })[r.status],
      ),
    );
    const en = translator('en');
    expect(column(indicators, 'Reason')).toEqual(status.indicators.map((r) => renderSentences(en, r.reason)));
    expect(column(indicators, 'Value at end of period')[0]).toBe('4');
    expect(column(tables.NapReportOutcomes, 'Assessment (measured against the indicators)')).toEqual(
      status.objectives.map(
        (o) => ({ onTrack: 'On track', offTrack: 'Off track', notAssessable: 'Not assessable' })[o.status],
      ),
    );
    expect(String(column(tables.NapReportOutcomes, 'Achievements')[0])).toBe(
      'Agreement with Albania signed in October (ATC, 2026-Q4)',
    );
    expect(column(tables.NapReportOutcomes, 'Resources spent')[0]).toBe('13,500.5 EUR');
    const areas = tables.NapReportAreas;
    expect(areas.rows.map((row) => row.slice(2, 9).reduce((a, b) => Number(a) + Number(b), 0))).toEqual(
      status.areas.map((a) => INDICATOR_STATUSES.reduce((n, s) => n + a.counts[s], 0)),
    );
    const summary = tables.NapReportSummary;
    const summaryValue = (item: string) => summary.rows.find((row) => row[1] === item)?.[2];
    expect(summaryValue('Returns expected')).toBe(16);
    expect(summaryValue('Returns received')).toBe(14);
    expect(summaryValue('Reporting rate')).toBe('88 %');
    expect(summaryValue('Returns missing')).toBe('MOI (2026-Q1), MOI (2026-Q4)');
    const narrative = tables.NapReportNarrative;
    expect(column(narrative, 'Key').slice(0, 2)).toEqual(['intro', 'developments']);
    expect(String(column(narrative, 'Your text')[0])).toContain('Who reports on what');
    const batch = gateway.batches.at(-1)!;
    expect(batch.charts).toEqual([
      expect.objectContaining({
        sheet: 'Report',
        name: 'NapReportByArea',
        source: `B${areas.top + 1}:I${areas.top + 5}`,
      }),
    ]);
    expect(batch.charts[0].seriesColors).toHaveLength(7);
    // Printed, the indicators begin a page and so does each area after the first: I1.1 | I2.1 I2.2 | I3.1 | I4.1.
    const top = indicators.top;
    expect(batch.pageLayouts).toEqual([
      expect.objectContaining({
        sheet: 'Report',
        orientation: 'landscape',
        titleRows: { first: 0, last: 0 },
        rowBreaks: [top, top + 2, top + 4, top + 5],
      }),
    ]);
    // One colour rule per status over the status column the outcomes and the indicators share.
    expect(batch.conditionalFormats.map((rule) => [rule.sheet, rule.address, rule.formula])).toEqual(
      ['Achieved', 'On track', 'At risk', 'Off track', 'Not due yet', 'No data', 'Not assessable'].map((label) => [
        'Report',
        'D11:D20011',
        `=D11="${label}"`,
      ]),
    );
    expect(column(tables.NapReportOutcomes, 'Assessment (measured against the indicators)')[0]).toBe('On track');
    expect(tables.NapReportOutcomes.headers[3]).toBe('Assessment (measured against the indicators)');
    expect(indicators.headers[3]).toBe('Status');
    expect(model.summary.reporting.rate).toBeCloseTo(14 / 16);
    // Stacked, never overlapping: each table starts below the one before it.
    const tops = [narrative, summary, areas, tables.NapReportOutcomes, indicators].map((table) => [
      table.top,
      table.rows.length,
    ]);
    for (let i = 1; i < tops.length; i++) expect(tops[i][0]).toBeGreaterThan(tops[i - 1][0] + tops[i - 1][1]);
  });

  it('keeps every word typed in the narrative when it is built again after new data', async () => {
    const gateway = await exampleYearWorkbook();
    await buildReport(gateway, options);
    const narrative = gateway.state.tables.NapReportNarrative;
    const row = (key: string) => narrative.rows.findIndex((r) => r[0] === key);
    gateway.edit(
      'NapReportNarrative',
      row('intro'),
      'Your text',
      'The ATC office reports for 2026.\nWith all ministries.',
    );
    gateway.edit('NapReportNarrative', row('outcome:4'), 'Your text', 'Labour inspectors referred fewer cases.');
    // The user sorts the table: texts must follow their keys, not their rows.
    narrative.rows.reverse();
    appendRows(
      gateway,
      'NapProgress',
      exampleYearProgressRows([{ period: '2026-Q1', agency: 'MOI', code: 'I3.1', value: 'partly achieved' }]),
    );
    const { model } = await buildReport(gateway, options);
    const again = gateway.state.tables.NapReportNarrative;
    const text = (key: string) => again.rows.find((r) => r[0] === key)?.[2];
    expect(text('intro')).toBe('The ATC office reports for 2026.\nWith all ministries.');
    expect(text('outcome:4')).toBe('Labour inspectors referred fewer cases.');
    expect(String(text('lessons'))).toContain('Lessons learned in the reporting period');
    expect(model.narrative.find((item) => item.key === 'lessons')?.text).toBe('');
    expect(model.summary.reporting.received).toBe(15);
    const batch = gateway.batches.at(-1)!;
    expect(batch.deleteTables).toEqual(
      expect.arrayContaining([
        'NapReportNarrative',
        'NapReportSummary',
        'NapReportAreas',
        'NapReportOutcomes',
        'NapReportIndicators',
      ]),
    );
    expect(batch.createSheets).toEqual([]);
    expect(batch.conditionalFormats).toEqual([]);
    expect(batch.deleteCharts).toEqual([{ sheet: 'Report', name: 'NapReportByArea' }]);
  });

  it("writes the report in the plan's language, whatever the pane's", async () => {
    const gateway = await exampleYearWorkbook(undefined, { language: 'sr-Latn' });
    const { model } = await buildReport(gateway, options);
    expect(model.language).toBe('sr-Latn');
    const titleBlock = gateway.batches.at(-1)!.blocks.find((block) => block.rows.length === 6)!;
    expect(titleBlock.rows[3][1]).toBe('31. decembar 2026.');
  });

  it('refuses a range that ends before it starts or lies outside the plan, writing nothing', async () => {
    const gateway = await exampleYearWorkbook();
    const before = gateway.batches.length;
    await expect(
      buildReport(gateway, { ...options, range: { from: '2026-12-31', to: '2026-01-01' } }),
    ).rejects.toMatchObject({
      key: 'report.error.badRange',
    });
    await expect(
      buildReport(gateway, { ...options, range: { from: '2031-01-01', to: '2031-12-31' } }),
    ).rejects.toMatchObject({
      key: 'report.error.outsidePlan',
    });
    expect(gateway.batches.length).toBe(before);
  });

  it('names the file when the workbook is not a plan', async () => {
    const gateway = await exampleYearWorkbook();
    delete gateway.state.tables.NapIndicators;
    gateway.state.tableNames = gateway.state.tableNames.filter((name) => name !== 'NapIndicators');
    await expect(buildReport(gateway, options)).rejects.toThrow(/plan\.xlsx/);
  });
});
