import { checkPlanWorkbook } from '../../src/app/checkPlanWorkbook';
import { computeStatusWorkbook } from '../../src/app/computeStatusWorkbook';
import { setupPlanWorkbook } from '../../src/app/setupPlanWorkbook';
import { translator } from '../../src/core/i18n/translate';
import { INDICATOR_STATUSES } from '../../src/core/status';
import { statusColour } from '../../src/core/status/palette';
import { syntheticPlan } from '../../src/devtools/syntheticPlan';
import { OfficeGateway } from '../../src/excel/officeGateway';
import { SETUP_TABLES } from '../../src/sheets/layouts/sheets';
import { planWorkbookBatch } from '../../src/sheets/planWorkbookBatch';
import { PLAN_TABLES, readPlan } from '../../src/sheets/codecs/planReader';
import { emptyBatch } from '../../src/sheets/gateway';
import { WorkbookError } from '../../src/sheets/workbookError';
import { createFakeWorkbook, installFakeOffice, type FakeWorkbook } from '@fake-excel';

const setup = { title: 'NAP', country: 'Montenegro', periodStart: '2026-01-01', periodEnd: '2028-12-31', planId: 'p1' };

function excelAt(apiVersion: string): { workbook: FakeWorkbook; gateway: OfficeGateway; restore: () => void } {
  const workbook = createFakeWorkbook();
  const restore = installFakeOffice(globalThis, workbook, { apiVersion });
  return { workbook, gateway: new OfficeGateway(), restore };
}

describe.each(['1.7', '1.20'])('the Office.js gateway at ExcelApi %s', (apiVersion) => {
  let excel: ReturnType<typeof excelAt>;
  beforeEach(() => {
    excel = excelAt(apiVersion);
  });
  afterEach(() => excel.restore());

  it('sets up the example plan in two syncs, as real Excel tables', async () => {
    const { workbook, gateway } = excel;
    workbook.resetSyncCount();
    const result = await setupPlanWorkbook(gateway, { ...setup, example: true });
    expect(workbook.syncCount).toBe(2);
    expect(workbook.sheets().map((sheet) => [sheet.name, sheet.visibility])).toEqual([
      ['Sheet1', 'Visible'],
      ['Settings', 'Visible'],
      ['Areas', 'Visible'],
      ['Agencies', 'Visible'],
      ['Objectives', 'Visible'],
      ['NAP', 'Visible'],
      ['Key measures', 'Visible'],
      ['NAP activities', 'Visible'],
      ['M&E plan', 'Visible'],
      ['Progress', 'Visible'],
      ['Lists', 'Hidden'],
    ]);
    const indicators = workbook.table('NapIndicators')!;
    expect(indicators).toMatchObject({ sheet: 'NAP', address: 'A3:O8', style: 'TableStyleMedium2' });
    expect(indicators.bodyValues.map((row) => row[0])).toEqual(['I1.1', 'I2.1', 'I2.2', 'I3.1', 'I4.1']);
    expect(workbook.sheet('NAP').frozenRows).toBe(3);
    expect(workbook.cell('NAP', 'A3').text).toBe('Code');
    // A baseline typed as a number is a number (typedCells); text beside it keeps its own '@'.
    expect(workbook.numberFormats('NAP', 'I4:I4')).toEqual([['General']]);
    // The M&E plan shows the NAP's baseline by formula: Excel computes it, nobody types it twice.
    expect(workbook.cell('M&E plan', 'F10')).toMatchObject({
      value: 3,
      formula: expect.stringContaining('INDEX(NAP!$I:$I'),
    });
    expect(workbook.cell('M&E plan', 'A10').value).toBe('Enabling Framework');
    const dropdowns = workbook.validations('NAP');
    if (apiVersion === '1.7') {
      expect(dropdowns).toEqual([]);
      expect(result.degraded).toEqual([
        expect.stringContaining('cannot set up the sheets for printing'),
        expect.stringContaining('dropdown lists'),
      ]);
      expect(workbook.sheet('NAP').pageLayout.printArea).toBeNull();
    } else {
      expect(dropdowns.find((v) => v.address === 'C4:C8')).toMatchObject({ type: 'List' });
      expect(workbook.sheet('NAP').pageLayout).toMatchObject({
        orientation: 'Landscape',
        paperSize: 'A4',
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        printArea: '$A:$O',
        printTitleRows: '$3:$3',
        footers: { left: 'NAP', center: '&A', right: 'Page &P of &N' },
      });
      expect(workbook.sheet('Areas').pageLayout).toMatchObject({ orientation: 'Portrait', printArea: '$A:$B' });
      expect(result.degraded).toEqual([]);
    }
  });

  it('reads back exactly the plan it wrote', async () => {
    const { gateway } = excel;
    await setupPlanWorkbook(gateway, { ...setup, example: true });
    const snapshot = await gateway.read({ tables: PLAN_TABLES.map((table) => table.name) });
    const { plan, issues } = readPlan(snapshot, 'Workbook');
    expect(issues).toEqual([]);
    expect(plan.indicators.map((i) => [i.code, i.type, i.direction, i.baseline, i.endTarget])).toEqual([
      ['I1.1', 'number', 'increase', 3, 5],
      ['I2.1', 'percentage', 'increase', expect.stringContaining('no research'), '+10%'],
      ['I2.2', 'number', 'increase', 1200, '+10%'],
      ['I3.1', 'milestone', 'achieve', expect.stringContaining('no system'), expect.any(String)],
      ['I4.1', 'number', 'increase', 48, '+20%'],
    ]);
    expect(plan.mePlan.map((row) => row.shown.baseline)).toEqual(plan.indicators.map((i) => i.baseline));
    expect(plan.settings.periodEnd).toBe('2028-12-31');
  });

  it('never overwrites: a second set-up changes nothing, and a taken sheet name gives way', async () => {
    const { workbook, gateway } = excel;
    workbook.addSheet('NAP');
    workbook.setValues('NAP', 'A1', [['my own notes']]);
    await setupPlanWorkbook(gateway, { ...setup, example: true });
    expect(workbook.cell('NAP', 'A1').value).toBe('my own notes');
    expect(workbook.table('NapIndicators')?.sheet).toBe('NAP (2)');
    const version = workbook.version;
    workbook.resetSyncCount();
    const again = await setupPlanWorkbook(gateway, { ...setup, example: false });
    expect(again.messages).toEqual(['The plan workbook is already complete. Nothing was changed.']);
    expect(workbook.version).toBe(version);
    expect(workbook.syncCount).toBe(2);
  });

  it('refuses a batch Excel would reject half-way, before writing anything', async () => {
    const { workbook, gateway } = excel;
    const version = workbook.version;
    const attempt = gateway.update({ tables: [] }, (snapshot) => {
      const batch = emptyBatch(snapshot);
      batch.createSheets.push({ name: 'Good', visible: true }, { name: 'Bad/Name', visible: true });
      return { batch, result: null };
    });
    await expect(attempt).rejects.toBeInstanceOf(WorkbookError);
    expect(workbook.version).toBe(version);
    expect(workbook.sheets().map((sheet) => sheet.name)).toEqual(['Sheet1']);
  });

  it('checks in two syncs, marks the cells at fault and unmarks them once fixed', async () => {
    const { workbook, gateway } = excel;
    await setupPlanWorkbook(gateway, { ...setup, example: true });
    workbook.resetSyncCount();
    const result = await checkPlanWorkbook(gateway, { language: 'en', file: 'Workbook', mark: true, writeSheet: true });
    expect(workbook.syncCount).toBe(2);
    const finding = result.findings.find((f) => f.rule === 'indicator.baseline-not-measurable')!;
    expect(finding.cell).toEqual({ sheet: 'NAP', address: 'I5' });
    expect(workbook.cell('NAP', 'I5').conditional?.fillColor).toBeDefined();
    expect(workbook.cell('NAP', 'I4').conditional).toBeNull();
    expect(workbook.table('NapChecks')).toMatchObject({ sheet: 'Findings', address: expect.stringMatching(/^A3:H/) });
    expect(workbook.table('NapChecks')?.bodyValues).toHaveLength(result.findings.length);

    await gateway.select(finding.cell!);
    expect(workbook.selection()).toEqual({ sheet: 'NAP', address: 'I5' });

    workbook.setValues('NAP', 'I5:J5', [['35%', '2025-11-30']]);
    const rulesBefore = workbook.conditionalFormats('NAP').length;
    await checkPlanWorkbook(gateway, { language: 'en', file: 'Workbook', mark: true, writeSheet: true });
    expect(workbook.cell('NAP', 'I5').conditional).toBeNull();
    expect(workbook.conditionalFormats('NAP')).toHaveLength(rulesBefore);
  });

  it('writes status in at most three syncs, coloured by one rule per status, with a chart', async () => {
    const { workbook, gateway } = excel;
    await setupPlanWorkbook(gateway, { ...setup, example: true });
    workbook.setValues('Progress', 'A4:D4', [['2026', 'POL', 'I4.1', '45']]);
    workbook.resetSyncCount();
    await computeStatusWorkbook(gateway, { language: 'en', file: 'Workbook', asOf: '2026-12-31', write: true });
    expect(workbook.syncCount).toBeLessThanOrEqual(3);
    expect(workbook.table('NapIndicatorStatus')).toMatchObject({ sheet: 'Indicator status', address: 'A3:I8' });
    expect(workbook.cell('Indicator status', 'B8')).toMatchObject({ value: 'Off track' });
    // One palette: the status cell, its text and the chart series of the same status share their colours.
    const offTrack = statusColour('indicator', 'offTrack');
    expect(workbook.cell('Indicator status', 'B8').conditional).toMatchObject({
      fillColor: offTrack.fill,
      fontColor: offTrack.ink,
    });
    expect(workbook.charts('Status')).toEqual([
      expect.objectContaining({
        name: 'NapStatusByArea',
        type: 'ColumnStacked',
        seriesFills: INDICATOR_STATUSES.map((status) => statusColour('indicator', status).fill),
      }),
    ]);
    await computeStatusWorkbook(gateway, { language: 'en', file: 'Workbook', asOf: '2027-01-31', write: true });
    expect(workbook.charts('Status')).toHaveLength(1);
    expect(workbook.conditionalFormats('Indicator status').filter((rule) => rule.address.startsWith('B'))).toHaveLength(
      7,
    );
  });
});

describe('a plan too big for one request to Excel on the web', () => {
  it('is written in parts, each under the 5 MB request limit, and arrives whole', async () => {
    const workbook = createFakeWorkbook();
    const restore = installFakeOffice(globalThis, workbook, { apiVersion: '1.20' });
    try {
      const plan = syntheticPlan(12_000, 0);
      workbook.resetSyncCount();
      await new OfficeGateway().update({ tables: SETUP_TABLES.map((table) => table.name) }, (snapshot) => ({
        batch: planWorkbookBatch(snapshot, plan, translator('en')).batch,
        result: null,
      }));
      expect(workbook.syncCount).toBeGreaterThan(2);
      expect(workbook.table('NapIndicators')?.bodyValues).toHaveLength(12_000);
      expect(workbook.cell('M&E plan', 'F12009').formula).toContain('MATCH($D12009');
    } finally {
      restore();
    }
  }, 60_000);
});
