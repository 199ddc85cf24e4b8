import { setupPlanWorkbook } from '../../src/app/setupPlanWorkbook';
import { WorkbookError } from '../../src/sheets/workbookError';
import { MemoryGateway } from '../support/memoryGateway';

const base = { title: 'NAP', country: 'Serbia', periodStart: '2026-01-01', periodEnd: '2027-12-31' };

describe('setupPlanWorkbook', () => {
  it("creates the empty plan with the guide's four areas named in the user's language", async () => {
    const gateway = new MemoryGateway();
    const result = await setupPlanWorkbook(gateway, base);
    expect(result.messages).toEqual(['The plan workbook is set up: 11 tables on 10 sheets.']);
    expect(gateway.state.tables.NapAreas.rows.map((row) => row[1])).toEqual([
      'Enabling Framework',
      'Prevention',
      'Support and Protection of Victims and Victim-Witnesses',
      'Investigation and Prosecution of Trafficking in Human Beings',
    ]);
    expect(gateway.state.tables.NapIndicators.rows).toEqual([]);
    expect(gateway.state.tables.NapMePlan.rows).toHaveLength(1);
    const settings = Object.fromEntries(gateway.state.tables.NapSettings.rows.map((row) => [row[0], row[2]]));
    expect(settings).toMatchObject({
      country: 'Serbia',
      periodStart: '2026-01-01',
      reportingFrequency: 'Quarterly',
      layoutVersion: 1,
    });
    expect(String(settings.planId)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('fills in the example plan and says what it holds', async () => {
    const gateway = new MemoryGateway();
    const result = await setupPlanWorkbook(gateway, { ...base, example: true });
    expect(result.messages[0]).toBe(
      'The plan workbook is set up with the example plan: 5 indicators and 14 activities in 4 strategic areas.',
    );
    expect(gateway.reads).toBe(1);
    expect(gateway.batches).toHaveLength(1);
  });

  it('changes nothing when run again, and says so', async () => {
    const gateway = new MemoryGateway();
    await setupPlanWorkbook(gateway, { ...base, example: true });
    const result = await setupPlanWorkbook(gateway, { ...base, example: false });
    expect(result.messages).toEqual(['The plan workbook is already complete. Nothing was changed.']);
    expect(gateway.batches).toHaveLength(1);
    expect(gateway.state.tables.NapIndicators.rows).toHaveLength(5);
  });

  it('refuses a reversed period or a malformed date before touching the workbook', async () => {
    const gateway = new MemoryGateway();
    await expect(setupPlanWorkbook(gateway, { ...base, periodEnd: '2025-12-31' })).rejects.toThrow(
      'ends before it starts',
    );
    await expect(setupPlanWorkbook(gateway, { ...base, periodStart: '1.1.2026' })).rejects.toBeInstanceOf(
      WorkbookError,
    );
    expect(gateway.reads).toBe(0);
  });
});
