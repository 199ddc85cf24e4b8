import { computeStatusWorkbook } from '../../src/app/computeStatusWorkbook';
import { setupPlanWorkbook } from '../../src/app/setupPlanWorkbook';
import { columnLetter } from '../../src/sheets/layout';
import { MemoryGateway, appendRows } from '../support/memoryGateway';
import { EXAMPLE_SETUP } from '../support/examplePlan';

async function exampleWithProgress() {
  const gateway = new MemoryGateway();
  await setupPlanWorkbook(gateway, EXAMPLE_SETUP);
  appendRows(gateway, 'NapProgress', [
    { Period: '2026', Agency: 'ATC', Code: 'I1.1', Value: 4 },
    { Period: '2026', Agency: 'SOC', Code: 'I2.2', Value: '1250', "Agency's assessment": 'On track' },
    { Period: '2026', Agency: 'POL', Code: 'I4.1', Value: 45, "Agency's assessment": 'On track' },
    { Period: '2026-Q1', Agency: 'ATC', Code: '1.1.1', 'Implementation status': 'Completed' },
  ]);
  return gateway;
}

const options = { language: 'en' as const, file: 'plan.xlsx', asOf: '2026-12-31', write: true };

describe('computeStatusWorkbook', () => {
  it('judges every indicator from the plan, the ledger and the thresholds in the settings', async () => {
    const gateway = await exampleWithProgress();
    const { report, warnings } = await computeStatusWorkbook(gateway, options);
    const status = Object.fromEntries(report.indicators.map((r) => [r.code, r.status]));
    expect(status).toEqual({
      'I1.1': 'onTrack',
      'I2.1': 'notAssessable',
      'I2.2': 'onTrack',
      'I3.1': 'noData',
      'I4.1': 'offTrack',
    });
    const charges = report.indicators.find((r) => r.code === 'I4.1');
    expect(charges?.selfAssessment).toEqual([{ agency: 'POL', period: '2026', assessment: 'onTrack', mismatch: true }]);
    expect(report.activities.find((r) => r.code === '1.1.1')?.status).toBe('done');
    expect(report.areas.find((r) => r.code === '4')?.status).toBe('offTrack');
    expect(warnings).toEqual([]);
  });

  it('writes status of indicators and activities on sheets of their own, the summary with its chart, and the rule in words', async () => {
    const gateway = await exampleWithProgress();
    await computeStatusWorkbook(gateway, options);
    const indicators = gateway.state.tables.NapIndicatorStatus;
    expect(indicators).toMatchObject({ sheet: 'Indicator status', top: 2, left: 0 });
    expect(indicators.rows.map((row) => [row[0], row[1]])).toEqual([
      ['I1.1', 'On track'],
      ['I2.1', 'Not assessable'],
      ['I2.2', 'On track'],
      ['I3.1', 'No data'],
      ['I4.1', 'Off track'],
    ]);
    expect(String(indicators.rows[4][8])).toContain('POL (2026): On track, which the data does not support');
    expect(gateway.state.tables.NapActivityStatus.sheet).toBe('Activity status');
    expect(gateway.state.tables.NapAreaStatus).toMatchObject({ sheet: 'Status', top: 15 });
    // The chart (18 rows) and two blank rows under the four areas, then the outcomes.
    expect(gateway.state.tables.NapOutcomeStatus).toMatchObject({ sheet: 'Status', top: 15 + 5 + 2 + 18 + 2, left: 0 });
    const batch = gateway.batches.at(-1)!;
    expect(batch.charts).toHaveLength(1);
    expect(batch.charts[0].source).toBe('B16:I20');
    const explanation = batch.blocks.find((block) => block.top === 2)!.rows.map((row) => row[0]);
    expect(explanation[0]).toBe('How status is computed (as of 31 December 2026)');
    expect(explanation.join(' ')).toContain('85');
    const statusRules = batch.conditionalFormats.filter((rule) => rule.sheet === 'Indicator status');
    expect(statusRules).toHaveLength(7);
    expect(statusRules[0]).toMatchObject({ formula: '=B4="Achieved"', address: 'B4:B1003', replace: true });
  });

  it("writes the Status sheets in the plan's language, whatever the user's, with dates in words", async () => {
    const gateway = new MemoryGateway();
    await setupPlanWorkbook(gateway, { ...EXAMPLE_SETUP, country: 'Crna Gora', language: 'sr-Latn' });
    const { warnings } = await computeStatusWorkbook(gateway, options);
    expect(warnings).toEqual([]);
    expect(gateway.state.tables.NapIndicatorStatus.sheet).toBe('Status pokazatelja');
    const blocks = gateway.batches.at(-1)!.blocks.flatMap((block) => block.rows.map((row) => String(row[0])));
    expect(blocks).toContain('Status plana na dan 31. decembar 2026.');
    expect(blocks.join(' ')).not.toMatch(/2026-12-31|Status of the plan/);
  });

  it('replaces its own output on a re-run without stacking colour rules or charts', async () => {
    const gateway = await exampleWithProgress();
    await computeStatusWorkbook(gateway, options);
    const first = gateway.batches.at(-1)!;
    await computeStatusWorkbook(gateway, { ...options, asOf: '2027-06-30' });
    const again = gateway.batches.at(-1)!;
    // The same rules on the same cells, each replacing its earlier copy.
    expect(again.conditionalFormats).toEqual(first.conditionalFormats);
    expect(again.conditionalFormats.every((rule) => rule.replace)).toBe(true);
    expect(again.deleteTables).toEqual(
      expect.arrayContaining(['NapIndicatorStatus', 'NapActivityStatus', 'NapAreaStatus', 'NapOutcomeStatus']),
    );
    expect(again.deleteCharts).toEqual([{ sheet: 'Status', name: 'NapStatusByArea' }]);
    expect(gateway.state.tables.NapIndicatorStatus.rows).toHaveLength(5);
  });

  it('uses the thresholds typed in the settings and warns about unusable ones', async () => {
    const gateway = await exampleWithProgress();
    const settings = gateway.state.tables.NapSettings;
    const row = (key: string) => settings.rows.findIndex((cells) => cells[0] === key);
    gateway.edit('NapSettings', row('status.onTrack'), 'Value', '150%');
    gateway.edit('NapSettings', row('status.offTrack'), 'Value', '0,4');
    const { settings: used, warnings } = await computeStatusWorkbook(gateway, { ...options, write: false });
    expect(used.offTrack).toBeCloseTo(0.4);
    expect(used.onTrack).toBeCloseTo(0.85);
    expect(warnings[0]).toContain('status.onTrack');
  });

  it('refuses a date that is not on the calendar, before reading the workbook', async () => {
    const gateway = await exampleWithProgress();
    const reads = gateway.reads;
    await expect(computeStatusWorkbook(gateway, { ...options, asOf: '2026-13-45' })).rejects.toMatchObject({
      key: 'status.error.badAsOf',
      params: { value: '2026-13-45' },
    });
    await expect(computeStatusWorkbook(gateway, { ...options, asOf: '2027-02-30' })).rejects.toThrow('2027-02-30');
    expect(gateway.reads).toBe(reads);
  });

  it('refuses to judge a reversed plan period, naming the cell, and writes nothing', async () => {
    const gateway = await exampleWithProgress();
    const settings = gateway.state.tables.NapSettings;
    const row = settings.rows.findIndex((cells) => cells[0] === 'periodEnd');
    gateway.edit('NapSettings', row, 'Value', '2025-06-30');
    const writes = gateway.batches.length;
    await expect(computeStatusWorkbook(gateway, options)).rejects.toMatchObject({
      key: 'status.error.periodReversed',
      params: { sheet: settings.sheet, cell: `${columnLetter(settings.left + 2)}${settings.top + 2 + row}` },
    });
    expect(gateway.batches).toHaveLength(writes);
  });
});

describe('computeStatusWorkbook without writing', () => {
  it('reads only what status is computed from, not the M&E plan nor the earlier output a write would replace', async () => {
    const gateway = await exampleWithProgress();
    await computeStatusWorkbook(gateway, options);
    const update = jest.spyOn(gateway, 'update');
    const { report } = await computeStatusWorkbook(gateway, { ...options, write: false });
    const read = update.mock.calls[0][0].tables;
    expect(read).toEqual(expect.arrayContaining(['NapIndicators', 'NapActivities', 'NapProgress']));
    expect(read).not.toContain('NapIndicatorStatus');
    expect(read).not.toContain('NapAreaStatus');
    expect(read).not.toEqual(expect.arrayContaining(['NapMePlan']));
    expect(read).not.toEqual(expect.arrayContaining(['NapMeHeader']));
    expect(report.indicators.length).toBeGreaterThan(0);
  });
});
