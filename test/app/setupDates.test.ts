import { setupPlanWorkbook } from '../../src/app/setupPlanWorkbook';
import { MemoryGateway } from '../support/memoryGateway';

describe('setupPlanWorkbook and the calendar', () => {
  it.each([
    ['2026-01-01', '2027-02-30'],
    ['2026-02-29', '2028-12-31'],
  ])('refuses the period %s to %s, which is not on the calendar, and writes nothing', async (start, end) => {
    const gateway = new MemoryGateway();
    const result = setupPlanWorkbook(gateway, { title: 'NAP', country: 'X', periodStart: start, periodEnd: end });
    await expect(result).rejects.toThrow();
    expect(gateway.batches).toHaveLength(0);
  });
});
