import { indexLedger } from '../../../src/core/status/ledgerIndex';
import { ProgressRow } from '../../../src/core/model/progress';
import { cleanPlan } from '../checks/planBuilder';

describe('status reads the consolidated ledger', () => {
  it('leaves superseded rows out and keeps rows typed by hand', () => {
    const plan = cleanPlan();
    const code = plan.indicators[0].code;
    const ledger = [
      ProgressRow.parse({ period: '2026-Q2', agency: 'MOI', code, value: 1, submission: 'S1', supersededBy: 'S2' }),
      ProgressRow.parse({ period: '2026-Q2', agency: 'MOI', code, value: 2, submission: 'S2', supersededBy: '' }),
      ProgressRow.parse({ period: '2026-Q1', agency: 'MOI', code, value: 3 }),
    ];
    const index = indexLedger(plan, ledger);
    expect(index.indicators.get(code)?.map((ref) => ref.row.value)).toEqual([2, 3]);
  });
});
