import { checkPlanWorkbook } from '../../src/app/checkPlanWorkbook';
import { setupPlanWorkbook } from '../../src/app/setupPlanWorkbook';
import { MemoryGateway } from '../support/memoryGateway';
import { EXAMPLE_SETUP } from '../support/examplePlan';

describe("the Checks sheets are written in the plan's language, whatever the user's", () => {
  it('writes "Prilog 3" for an Annex 3 rule of a Serbian plan checked from an English pane, and keeps "A.4.3"', async () => {
    const gateway = new MemoryGateway();
    await setupPlanWorkbook(gateway, { ...EXAMPLE_SETUP, country: 'Crna Gora', language: 'sr-Latn' });
    const result = await checkPlanWorkbook(gateway, {
      language: 'en',
      file: 'plan.xlsx',
      mark: false,
      writeSheet: true,
    });
    const table = gateway.state.tables.NapChecks;
    const guideColumn = table.rows[0].length - 1;
    const sections = table.rows.map((row) => row[guideColumn]);
    const misplaced = result.findings.findIndex((finding) => finding.rule === 'structure.code-not-under-parent');
    expect(result.findings[misplaced].guide).toBe('Annex 3');
    expect(sections[misplaced]).toBe('Prilog 3');
    expect(sections).toContain('A.4.3');
    expect(sections.filter((section) => String(section).startsWith('Annex'))).toEqual([]);
    // The pane's findings speak the user's language; the sheet, its severity, messages and checklist the plan's.
    expect(result.findings[misplaced].message).toMatch(/does not sit under its parent/);
    expect(table.rows[misplaced][0]).toBe('Greška');
    expect(String(table.rows[misplaced][5])).not.toBe(result.findings[misplaced].message);
    const checklist = gateway.state.tables.NapChecklist;
    expect(checklist.rows.map((row) => row[2]).filter((answer) => answer !== '')).not.toContain('Yes');
  });
});
