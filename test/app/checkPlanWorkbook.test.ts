import { answerChecklistItem } from '../../src/app/answerChecklistItem';
import { checkPlanWorkbook } from '../../src/app/checkPlanWorkbook';
import { setupPlanWorkbook } from '../../src/app/setupPlanWorkbook';
import { MemoryGateway } from '../support/memoryGateway';

async function examplePlanWorkbook() {
  const gateway = new MemoryGateway();
  await setupPlanWorkbook(gateway, {
    title: 'NAP',
    country: 'Montenegro',
    periodStart: '2026-01-01',
    periodEnd: '2028-12-31',
    example: true,
    planId: 'p1',
  });
  return gateway;
}

const options = { language: 'en' as const, file: 'plan.xlsx', mark: true, writeSheet: false };

describe('checkPlanWorkbook', () => {
  it('points every finding at its cell and area', async () => {
    const gateway = await examplePlanWorkbook();
    const result = await checkPlanWorkbook(gateway, options);
    const misplaced = result.findings.find(
      (finding) => finding.rule === 'structure.code-not-under-parent' && finding.entity === 'activity',
    );
    expect(misplaced).toMatchObject({ code: '2.1.2', area: '3', cell: { sheet: 'NAP activities', address: 'E13' } });
    const baseline = result.findings.find((finding) => finding.rule === 'indicator.baseline-not-measurable');
    expect(baseline).toMatchObject({ code: 'I2.1', cell: { sheet: 'NAP', address: 'M5' } });
    expect(result.errors).toBe(result.findings.filter((finding) => finding.severity === 'error').length);
    expect(result.completeness.overall.indicators.total).toBe(5);
    expect(result.areaNames['3']).toBe('Support and Protection of Victims and Victim-Witnesses');
  });

  it('marks the cells at fault and clears the mark once the cell is fixed', async () => {
    const gateway = await examplePlanWorkbook();
    await checkPlanWorkbook(gateway, options);
    const marks = () => gateway.state.tables.NapMarks.rows.map((row) => `${row[0]}!${row[1]}`);
    expect(marks()).toContain('NAP!M5');
    const rulesAdded = gateway.batches[1].conditionalFormats;
    expect(rulesAdded.map((rule) => rule.sheet)).toEqual(
      expect.arrayContaining(['NAP', 'NAP activities', 'M&E plan', 'Settings']),
    );
    expect(rulesAdded[0].formula).toMatch(
      /^=COUNTIFS\(Lists!\$N:\$N,"Settings",Lists!\$O:\$O,ADDRESS\(ROW\(\),COLUMN\(\),4\)\)>0$/,
    );

    gateway.edit('NapIndicators', 1, 'Initial value', '35%');
    gateway.edit('NapIndicators', 1, 'Initial value as of', '2025-11-30');
    await checkPlanWorkbook(gateway, options);
    expect(marks()).not.toContain('NAP!M5');
    expect(gateway.batches[2].conditionalFormats).toEqual([]);
  });

  it('writes the findings to the Checks sheet on request and keeps the checklist there', async () => {
    const gateway = await examplePlanWorkbook();
    const result = await checkPlanWorkbook(gateway, { ...options, writeSheet: true });
    const table = gateway.state.tables.NapChecks;
    expect(table.sheet).toBe('Checks');
    expect(table.rows).toHaveLength(result.findings.length);
    expect(table.rows[0]).toHaveLength(8);
    expect(gateway.state.tables.NapChecklist.rows.length).toBe(result.checklist.length);

    const answered = result.checklist.find((item) => item.source === 'open');
    const row = gateway.state.tables.NapChecklist.rows.findIndex((cells) => cells[0] === answered?.id);
    gateway.edit('NapChecklist', row, 'Your answer', 'Yes');
    const again = await checkPlanWorkbook(gateway, { ...options, writeSheet: true });
    expect(again.checklist.find((item) => item.id === answered?.id)).toMatchObject({ answer: true, source: 'user' });
    expect(gateway.state.tables.NapChecks.rows).toHaveLength(again.findings.length);
  });

  it('leaves the workbook alone when asked only to check', async () => {
    const gateway = await examplePlanWorkbook();
    const writes = gateway.batches.length;
    const result = await checkPlanWorkbook(gateway, { ...options, mark: false });
    expect(result.findings.length).toBeGreaterThan(0);
    expect(gateway.batches).toHaveLength(writes);
  });
});

describe('answerChecklistItem', () => {
  it("keeps the user's answer in the workbook, and the next check reads it back", async () => {
    const gateway = await examplePlanWorkbook();
    const first = await checkPlanWorkbook(gateway, options);
    const open = first.checklist.find((item) => item.source === 'open')!;
    await answerChecklistItem(gateway, { id: open.id, answer: true, language: 'en', file: 'plan.xlsx' });
    const row = gateway.state.tables.NapChecklist.rows.find((cells) => cells[0] === open.id)!;
    expect(row[2]).toBe('Yes');
    const second = await checkPlanWorkbook(gateway, options);
    expect(second.checklist.find((item) => item.id === open.id)).toMatchObject({ answer: true, source: 'user' });
    await answerChecklistItem(gateway, { id: open.id, answer: null, language: 'en', file: 'plan.xlsx' });
    const third = await checkPlanWorkbook(gateway, options);
    expect(third.checklist.find((item) => item.id === open.id)).toMatchObject({ answer: null, source: 'open' });
  });

  it('says so when the workbook has no checklist yet', async () => {
    const gateway = await examplePlanWorkbook();
    await expect(
      answerChecklistItem(gateway, { id: 'x', answer: true, language: 'en', file: 'plan.xlsx' }),
    ).rejects.toThrow('NapChecklist');
  });
});
