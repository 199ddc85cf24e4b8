import { exampleForm, loadWithExcelJs } from './exampleForms';

/** Dates inside the form's sentences are written in the plan language; none is left as ISO. */
describe('dates in a return form', () => {
  it('are Serbian dates in a Serbian plan’s instructions and period header', async () => {
    const { bytes, content } = await exampleForm('MOI', { language: 'sr-Latn' });
    const workbook = await loadWithExcelJs(bytes);
    const lines: string[] = [];
    workbook.worksheets[0].eachRow((row) => lines.push(String(row.getCell(1).value)));
    const instructions = lines.join('\n');
    expect(instructions).toContain('15. jul 2026.');
    expect(instructions).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const period = content.cells.find((cell) => typeof cell.value === 'string' && cell.value.startsWith('2026-Q2'));
    expect(period?.value).toBe('2026-Q2 (1. april 2026. do 30. jun 2026.)');
  });

  it('are Albanian dates in an Albanian plan’s instructions', async () => {
    const { content } = await exampleForm('MOI', { language: 'sq' });
    const deadline = content.instructions.find((line) => line.includes('korrik'));
    expect(deadline).toContain('15 korrik 2026');
    expect(content.instructions.join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
