import { parseReturnedForm } from '../../../src/files/returnedForm/parseReturnedForm';
import { translate } from '../../../src/core/i18n/translate';
import { formFixture } from './formFixture';

async function parse(options: Parameters<typeof formFixture>[0] = {}) {
  return parseReturnedForm(await formFixture(options), 'moi.xlsx');
}

describe('reading a returned form', () => {
  it('recognises a clean form and gathers every typed cell with its address', async () => {
    const parsed = await parse();
    if (parsed.kind !== 'form') throw new Error(JSON.stringify(parsed));
    expect(parsed.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(parsed.meta).toMatchObject({ agency: 'MOI', period: '2026-Q2', planId: 'test-plan' });
    expect(parsed.form.rows.map((row) => [row.kind, row.code, row.category])).toEqual([
      ['indicator', 'I1.1', ''],
      ['category', 'I1.1', 'women'],
      ['category', 'I1.1', 'men'],
      ['indicator', 'I1.3', ''],
      ['indicator', 'I1.4', ''],
      ['activity', '1.1.1', ''],
    ]);
    expect(parsed.form.rows[0].cells.value).toEqual({ value: 12, at: { sheet: 'Form', cell: 'H12' } });
    expect(parsed.form.rows[0].cells.assessment?.value).toBe('On track');
    expect(parsed.form.rows[3].cells).toMatchObject({ numerator: { value: 3 }, denominator: { value: 4 } });
    expect(parsed.form.rows[5].cells.implementation?.value).toBe('Completed');
    expect(parsed.form.notes.map((note) => note.at.cell)).toEqual(['C4', 'C8']);
  });

  it.each([
    [
      'a changed prefilled cell',
      {
        damage: (_w: unknown, form: { getCell(a: string): { value: unknown } }) =>
          (form.getCell('B12').value = 'Something else'),
      },
      'import.refused.tampered',
    ],
    [
      'a changed header',
      {
        damage: (_w: unknown, form: { getCell(a: string): { value: unknown } }) =>
          (form.getCell('C5').value = '2026-Q3'),
      },
      'import.refused.tampered',
    ],
    [
      'an inserted row',
      {
        damage: (_w: unknown, form: { spliceRows(a: number, b: number, c: unknown[]): void }) =>
          form.spliceRows(13, 0, ['x']),
      },
      'import.refused.rowsChanged',
    ],
    [
      'a deleted row',
      { damage: (_w: unknown, form: { spliceRows(a: number, b: number): void }) => form.spliceRows(12, 1) },
      'import.refused.rowsChanged',
    ],
    [
      'a row added at the end',
      {
        damage: (_w: unknown, form: { getCell(a: string): { value: unknown } }) => (form.getCell('A25').value = 'I9.9'),
      },
      'import.refused.rowsChanged',
    ],
    [
      'a renamed form sheet',
      { damage: (_w: unknown, form: { name: string }) => (form.name = 'Obrazac') },
      'import.refused.sheetMissing',
    ],
    ['no metadata', { meta: 'none' as const }, 'import.refused.notAForm'],
    ['garbled metadata', { meta: 'garbled' as const }, 'import.refused.notAForm'],
    ['an older layout', { layoutVersion: 99 }, 'import.refused.otherLayout'],
  ])('refuses %s whole, naming the file', async (_label, options, key) => {
    const parsed = await parse(options as Parameters<typeof formFixture>[0]);
    expect(parsed.kind).toBe('refused');
    if (parsed.kind !== 'refused') return;
    expect(parsed.problem.key).toBe(key);
    expect(translate('en', parsed.problem.key, parsed.problem.params)).toContain('moi.xlsx');
  });

  it("refuses bytes that are not a workbook with the reader's message", async () => {
    const parsed = await parseReturnedForm(new TextEncoder().encode('not a zip at all'), 'notes.xlsx');
    expect(parsed).toMatchObject({ kind: 'refused', problem: { params: { file: 'notes.xlsx' } } });
  });
});
