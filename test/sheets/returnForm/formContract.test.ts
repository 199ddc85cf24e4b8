import {
  digestText,
  formIdOf,
  inputCells,
  listSource,
  metaGrid,
  parseMetaGrid,
  prefilledAddresses,
  type FormRow,
  type ReturnFormMeta,
} from '../../../src/sheets/returnForm';
import { cellAddress } from '../../../src/sheets/layout';

const rows: FormRow[] = [
  { row: 11, kind: 'area', code: '2', category: '', entry: null },
  { row: 12, kind: 'indicator', code: 'I2.1', category: '', entry: 'ratio' },
  { row: 13, kind: 'category', code: 'I2.1', category: 'women', entry: 'ratio' },
  { row: 20, kind: 'activity', code: '2.1.1', category: '', entry: null },
];

const meta: ReturnFormMeta = {
  planId: '3f2a9c1e-0000-4000-8000-000000000000',
  layoutVersion: 1,
  formId: formIdOf('3f2a9c1e-0000-4000-8000-000000000000', 'MOI', '2026-Q2'),
  agency: 'MOI',
  period: '2026-Q2',
  periodStart: '2026-04-01',
  periodEnd: '2026-06-30',
  dueDate: '2026-07-15',
  language: 'en',
  generatedAt: '2026-07-01T08:00:00.000Z',
  formSheet: 'Progress report',
  digest: 'a'.repeat(64),
  rows,
};

describe('return form contract', () => {
  it('reads back the metadata it writes, from values alone', () => {
    const parsed = parseMetaGrid(metaGrid(meta));
    expect(parsed.success && parsed.data).toEqual(meta);
  });

  it('reads a layout version LibreOffice or Excel stored as text, and refuses a damaged field', () => {
    const grid = metaGrid(meta).map((line) => [...line]);
    grid[1][1] = '1';
    expect(parseMetaGrid(grid).success).toBe(true);
    grid[7][1] = '2026-02-30';
    const parsed = parseMetaGrid(grid);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].path).toEqual(['dueDate']);
  });

  it('gives a form id stable per plan, agency and period', () => {
    expect(meta.formId).toBe('2026-Q2-MOI-3F2A9C1E');
    expect(formIdOf(meta.planId, 'POL', '2026-Q2')).not.toBe(meta.formId);
  });

  it('asks numerator and denominator of a ratio, and a value otherwise', () => {
    expect(inputCells(rows[1]).map((cell) => cell.key)).toEqual([
      'numerator',
      'denominator',
      'outputs',
      'activities',
      'assessment',
      'budgetSpent',
      'donors',
      'comment',
    ]);
    expect(inputCells({ ...rows[2], entry: 'number' }).map((cell) => [cell.key, cell.kind])).toEqual([
      ['value', 'number'],
    ]);
    expect(inputCells(rows[3]).map((cell) => cell.kind)).toEqual(['implementation', 'date', 'text']);
    expect(inputCells(rows[0])).toEqual([]);
  });

  it('keeps the digest text of earlier versions, so forms already sent out still import', () => {
    const cells: Record<string, string> = { C3: 'Ministry "A"', A13: 'I2.1', B13: 'Text  ' };
    const at = (row: number, column: number) => cells[cellAddress(row, column)] ?? null;
    const earlier = JSON.stringify([
      meta.formId,
      ...prefilledAddresses(rows).map((address) => [address, (cells[address] ?? '').trimEnd()]),
    ]);
    expect(digestText(meta.formId, rows, at)).toBe(earlier);
    expect(digestText('f', [], () => null)).toBe('["f",["C3",""],["C5",""],["C6",""],["C7",""]]');
  });

  it('digests the prefilled cells, not what the agency types', () => {
    const cells: Record<string, string> = { A13: 'I2.1', B13: 'Increased knowledge', H13: '' };
    const at = (row: number, column: number) => cells[cellAddress(row, column)] ?? null;
    const before = digestText(meta.formId, rows, at);
    cells.H13 = '42';
    expect(digestText(meta.formId, rows, at)).toBe(before);
    cells.B13 = 'Increased knowledge\r\n';
    expect(digestText(meta.formId, rows, at)).toBe(before);
    cells.A13 = 'I2.2';
    expect(digestText(meta.formId, rows, at)).not.toBe(before);
    expect(prefilledAddresses(rows)).toContain('G13');
  });

  it('points dropdowns at the hidden lists sheet', () => {
    expect(listSource('assessment')).toBe('NapFormLists!$A$1:$A$2');
    expect(listSource('implementation')).toBe('NapFormLists!$B$1:$B$5');
  });
});
