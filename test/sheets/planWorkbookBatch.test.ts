import { examplePlan } from '../../src/core/example/examplePlan';
import { en } from '../../src/core/example/text/en';
import { translator } from '../../src/core/i18n/translate';
import type { CellValue } from '../../src/core/model/cell';
import type { PlanSettings } from '../../src/core/model/plan';
import { readPlan } from '../../src/sheets/codecs/planReader';
import { typedCell } from '../../src/sheets/codecs/typedCells';
import { isFormulaCell } from '../../src/sheets/gateway';
import { freeSheetName } from '../../src/sheets/addSheet';
import { planWorkbookBatch } from '../../src/sheets/planWorkbookBatch';
import { batchProblems } from '../../src/sheets/validateBatch';
import { WorkbookError } from '../../src/sheets/workbookError';
import { EMPTY_WORKBOOK, snapshotAfter } from '../support/snapshotFromBatch';
import { EXAMPLE_SETTINGS } from '../support/examplePlan';

const t = translator('en');
const settings: PlanSettings = { ...EXAMPLE_SETTINGS, planId: 'plan-1', title: 'NAP 2026–2028', paperSize: 'A4' };
const plan = examplePlan(settings, en);
const ALL_TABLES = [
  'NapSettings',
  'NapAreas',
  'NapAgencies',
  'NapObjectives',
  'NapIndicators',
  'NapKeyMeasures',
  'NapActivities',
  'NapMeHeader',
  'NapMePlan',
  'NapProgress',
  'NapLists',
];

describe('planWorkbookBatch', () => {
  it('lays out every table on new sheets of an empty workbook, in a batch Excel would accept', () => {
    const { batch, created, existing, renamedSheets } = planWorkbookBatch(EMPTY_WORKBOOK, plan, t);
    expect(created.sort()).toEqual([...ALL_TABLES].sort());
    expect(existing).toEqual([]);
    expect(renamedSheets).toEqual([]);
    expect(batch.createSheets.map((sheet) => [sheet.name, sheet.visible])).toEqual([
      ['Settings', true],
      ['Areas', true],
      ['Agencies', true],
      ['Objectives', true],
      ['NAP', true],
      ['Key measures', true],
      ['NAP activities', true],
      ['M&E plan', true],
      ['Progress', true],
      ['Lists', false],
    ]);
    // Every visible sheet prints; the hidden Lists sheet does not need to.
    expect(batch.pageLayouts.map((layout) => layout.sheet)).toEqual(
      batch.createSheets.filter((sheet) => sheet.visible).map((sheet) => sheet.name),
    );
    expect(batchProblems(batch)).toEqual([]);
    expect(batch.activate).toBe('NAP');
    const indicators = batch.tables.find((table) => table.name === 'NapIndicators');
    expect(indicators?.rows).toHaveLength(plan.indicators.length);
    expect(indicators?.columns.find((column) => column.list)?.list?.source).toBe('=Lists!$A$4:$A$5');
  });

  it('shows NAP facts in the M&E plan by formula, with the values they evaluate to', () => {
    const { batch } = planWorkbookBatch(EMPTY_WORKBOOK, plan, t);
    const me = batch.tables.find((table) => table.name === 'NapMePlan');
    const baselineColumn = me!.headers.indexOf('Baseline');
    const first = me!.rows[0][baselineColumn];
    expect(isFormulaCell(first)).toBe(true);
    if (!isFormulaCell(first)) return;
    const lookup = 'INDEX(NAP!$I:$I,MATCH($D10,NAP!$A:$A,0))';
    expect(first.formula).toBe(`=IFERROR(IF(${lookup}="","",${lookup}),"")`);
    expect(first.result).toBe(3);
    const area = me!.rows[0][0];
    expect(isFormulaCell(area) && area.result).toBe('Enabling Framework');
  });

  it('takes a free sheet name when the user already has a sheet called NAP', () => {
    const snapshot = { ...EMPTY_WORKBOOK, sheets: [{ name: 'nap', visible: true }] };
    const { batch, renamedSheets } = planWorkbookBatch(snapshot, plan, t);
    expect(renamedSheets).toEqual([{ wanted: 'NAP', used: 'NAP (2)' }]);
    expect(batch.tables.find((table) => table.name === 'NapIndicators')?.sheet).toBe('NAP (2)');
    expect(batchProblems(batch)).toEqual([]);
  });

  it('leaves existing tables alone and writes only what is missing', () => {
    const first = planWorkbookBatch(EMPTY_WORKBOOK, plan, t);
    const after = snapshotAfter(EMPTY_WORKBOOK, first.batch);
    const again = planWorkbookBatch(after, plan, t);
    expect(again.created).toEqual([]);
    expect(again.existing.sort()).toEqual([...ALL_TABLES].sort());
    expect(again.batch.createSheets).toEqual([]);
    expect(again.batch.tables).toEqual([]);
  });

  it('points the M&E formulas at an indicator table the user moved, and adds the missing tables beside it', () => {
    const first = planWorkbookBatch(EMPTY_WORKBOOK, plan, t);
    const after = snapshotAfter(EMPTY_WORKBOOK, first.batch);
    const moved = { ...after.tables.NapIndicators, sheet: 'My indicators', top: 5, left: 1 };
    const snapshot = {
      sheets: [{ name: 'My indicators', visible: true }],
      tableNames: ['NapIndicators'],
      tables: { NapIndicators: moved },
    };
    const { batch, created } = planWorkbookBatch(snapshot, plan, t);
    expect(created).not.toContain('NapIndicators');
    expect(created).toContain('NapObjectives');
    const me = batch.tables.find((table) => table.name === 'NapMePlan')!;
    const cell = me.rows[0][me.headers.indexOf('Baseline')];
    const lookup = `INDEX('My indicators'!$J:$J,MATCH($D10,'My indicators'!$B:$B,0))`;
    expect(isFormulaCell(cell) && cell.formula).toBe(`=IFERROR(IF(${lookup}="","",${lookup}),"")`);
    expect(batchProblems(batch)).toEqual([]);
  });

  it('keeps sheet names within 31 characters', () => {
    const taken = new Set(['a'.repeat(31)]);
    expect(freeSheetName('a'.repeat(31), taken)).toBe(`${'a'.repeat(27)} (2)`);
  });
});

describe('readPlan', () => {
  it('reads back the plan it wrote, with the place of every record', () => {
    const { batch } = planWorkbookBatch(EMPTY_WORKBOOK, plan, t);
    const { plan: read, issues } = readPlan(snapshotAfter(EMPTY_WORKBOOK, batch), 'plan.xlsx');
    expect(issues).toEqual([]);
    expect(read.settings).toEqual(settings);
    // Numbers and dates come back typed as they were written (typedCells): "3" as 3, an ISO date as its serial.
    const written = (value: CellValue, kind: 'value' | 'dateLike') => typedCell(value ?? '', kind).value || null;
    expect(read.indicators.map(({ from, ...rest }) => rest)).toEqual(
      plan.indicators.map((indicator) => ({
        ...indicator,
        baseline: written(indicator.baseline, 'value'),
        midTarget: written(indicator.midTarget, 'value'),
        endTarget: written(indicator.endTarget, 'value'),
        baselineDate: written(indicator.baselineDate, 'dateLike'),
        midDate: written(indicator.midDate, 'dateLike'),
        endDate: written(indicator.endDate, 'dateLike'),
      })),
    );
    expect(read.activities).toHaveLength(plan.activities.length);
    expect(read.activities[9]).toMatchObject({
      code: '2.1.2',
      keyMeasure: '3.1',
      from: { table: 'NapActivities', row: 9 },
    });
    expect(read.mePlan[0]).toMatchObject({
      indicator: 'I1.1',
      frequency: 'annual',
      shown: { baseline: 3, endTarget: 5 },
    });
    expect(read.mePlanHeader.purpose).toContain('Montenegro');
  });

  it('reads headers in any order and reports labels that are not in the list', () => {
    const { batch } = planWorkbookBatch(EMPTY_WORKBOOK, plan, t);
    const snapshot = snapshotAfter(EMPTY_WORKBOOK, batch);
    const indicators = snapshot.tables.NapIndicators;
    const order = indicators.headers.map((_, index) => index).reverse();
    const reordered = {
      ...indicators,
      headers: order.map((index) => indicators.headers[index]),
      rows: indicators.rows.map((row, rowIndex) =>
        order.map((index) => (rowIndex === 0 && indicators.headers[index] === 'Direction' ? 'Upwards' : row[index])),
      ),
    };
    const { plan: read, issues } = readPlan(
      { ...snapshot, tables: { ...snapshot.tables, NapIndicators: reordered } },
      'plan.xlsx',
    );
    expect(read.indicators[1].code).toBe('I2.1');
    expect(read.indicators[0].direction).toBeNull();
    expect(issues).toEqual([
      expect.objectContaining({
        kind: 'unknownListValue',
        table: 'NapIndicators',
        row: 0,
        column: 'direction',
        value: 'Upwards',
      }),
    ]);
  });

  it('refuses a workbook without the plan tables, naming the missing table', () => {
    expect(() => readPlan(EMPTY_WORKBOOK, 'budget.xlsx')).toThrow(WorkbookError);
    expect(() => readPlan(EMPTY_WORKBOOK, 'budget.xlsx')).toThrow(/budget.xlsx .*NapSettings/);
  });

  it('names the sheet and cell of a setting that cannot be used', () => {
    const { batch } = planWorkbookBatch(EMPTY_WORKBOOK, plan, t);
    const snapshot = snapshotAfter(EMPTY_WORKBOOK, batch);
    const settingsTable = snapshot.tables.NapSettings;
    const rows = settingsTable.rows.map((row) => (row[0] === 'periodEnd' ? [row[0], row[1], '31/02/2028'] : row));
    const broken = { ...snapshot, tables: { ...snapshot.tables, NapSettings: { ...settingsTable, rows } } };
    expect(() => readPlan(broken, 'plan.xlsx')).toThrow(
      'In plan.xlsx, sheet "Settings", cell C7: the setting "periodEnd"',
    );
  });
});
