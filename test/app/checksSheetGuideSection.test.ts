import { checkPlanWorkbook } from '../../src/app/checkPlanWorkbook';
import { setupPlanWorkbook } from '../../src/app/setupPlanWorkbook';
import { MemoryGateway } from '../support/memoryGateway';
import { EXAMPLE_SETUP } from '../support/examplePlan';

describe('the Checks sheet names the guide section in the reader’s language', () => {
  it('writes "Prilog 3" for an Annex 3 rule in Serbian, as the pane shows it, and keeps "A.4.3" as it is', async () => {
    const gateway = new MemoryGateway();
    await setupPlanWorkbook(gateway, { ...EXAMPLE_SETUP, country: 'Crna Gora', language: 'sr-Latn' });
    const result = await checkPlanWorkbook(gateway, {
      language: 'sr-Latn',
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
  });
});
