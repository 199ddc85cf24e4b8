import { emptyBatch, type TableCreate } from '../../src/sheets/gateway';
import { batchProblems, sheetNameProblem, tableNameProblem } from '../../src/sheets/validateBatch';

const snapshot = { sheets: [{ name: 'Data', visible: true }], tableNames: ['Budget'], tables: {} };
const table = (overrides: Partial<TableCreate> = {}): TableCreate => ({
  sheet: 'Data',
  name: 'NapAreas',
  top: 2,
  left: 0,
  headers: ['Code', 'Name'],
  rows: [['1', 'Prevention']],
  columns: [
    { numberFormat: '@', width: 8, wrap: false, input: true },
    { numberFormat: '@', width: 30, wrap: true, input: true },
  ],
  style: 'TableStyleMedium2',
  ...overrides,
});

describe('sheet and table names', () => {
  it.each([
    ['', 'blank'],
    ['a'.repeat(32), 'longer than 31'],
    ['Q1/Q2', 'contains one of'],
    ["'quoted'", 'apostrophe'],
    ['history', 'reserved'],
  ])('refuses the sheet name %j', (name, reason) => {
    expect(sheetNameProblem(name)).toContain(reason);
  });
  it('accepts ordinary sheet names', () => {
    expect(sheetNameProblem('M&E plan (2)')).toBeNull();
  });
  it('refuses table names Excel refuses', () => {
    expect(tableNameProblem('My table')).toContain('not a valid');
    expect(tableNameProblem('A1')).toContain('cell reference');
    expect(tableNameProblem('NapAreas')).toBeNull();
  });
});

describe('batchProblems', () => {
  it('accepts a well-formed batch', () => {
    const batch = { ...emptyBatch(snapshot), tables: [table()] };
    expect(batchProblems(batch)).toEqual([]);
  });
  it('finds every problem before anything is written', () => {
    const batch = {
      ...emptyBatch(snapshot),
      createSheets: [{ name: 'data', visible: true }],
      tables: [
        table({ name: 'Budget' }),
        table({ name: 'NapAgencies', top: 3 }),
        table({ name: 'NapLists', sheet: 'Missing', rows: [['only one cell']] }),
      ],
    };
    const problems = batchProblems(batch);
    expect(problems).toEqual(
      expect.arrayContaining([
        'a sheet named "data" exists already',
        'a table named "Budget" exists already',
        'table NapAgencies overlaps table Budget',
        'table NapLists: there is no sheet "Missing"',
        'table NapLists, row 1: 1 cells for 2 columns',
      ]),
    );
  });

  it('refuses chart colours for series the source does not have, and colours Excel cannot read', () => {
    const chart = {
      sheet: 'Data',
      name: 'ByArea',
      kind: 'columnStacked' as const,
      source: 'B3:D7',
      title: 'By area',
      from: 'F2',
      to: 'M20',
    };
    const problems = (seriesColors: string[], source = chart.source) =>
      batchProblems({ ...emptyBatch(snapshot), charts: [{ ...chart, source, seriesColors }] });
    expect(problems(['#009E73', '#D55E00'])).toEqual([]);
    expect(problems(['#009E73', '#D55E00', '#0072B2'])).toEqual(['chart ByArea: 3 series colours for 2 series']);
    expect(problems(['green'])).toEqual(['chart ByArea: "green" is not a colour']);
    expect(problems([], 'Data!B3:D7')).toEqual(['chart ByArea: the source "Data!B3:D7" is not a range of cells']);
  });
});
