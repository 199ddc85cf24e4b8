import { checkPlan, findingMessage } from '../../../src/core/checks';
import { translator } from '../../../src/core/i18n/translate';
import { cleanPlan, syncMePlan } from './planBuilder';

/** Dates inside a finding's sentence are written in the reader's language, never as ISO. */
describe('dates in check findings', () => {
  it('writes an activity completed after the plan period with Albanian dates in Albanian', () => {
    const plan = cleanPlan();
    plan.activities[0].completion = 'IV quarter 2028';
    const [finding] = checkPlan(syncMePlan(plan), {}).filter((f) => f.rule === 'activity.date-outside-period');
    const sq = findingMessage(finding, translator('sq'));
    expect(sq).toContain('31 dhjetor 2028');
    expect(sq).toContain('1 janar 2026');
    expect(sq).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(findingMessage(finding, translator('sr-Latn'))).toContain('31. decembar 2027.');
  });

  it('writes the dates of a target before its baseline, and of a reversed period, in the language', () => {
    const plan = cleanPlan();
    plan.indicators[0].midDate = '2024-06-30';
    plan.settings.periodStart = '2029-01-01';
    const findings = checkPlan(syncMePlan(plan), {});
    const messages = findings
      .filter((f) => ['indicator.target-date-before-baseline', 'settings.period-reversed'].includes(f.rule))
      .map((f) => findingMessage(f, translator('mk')));
    expect(messages).toHaveLength(2);
    expect(messages.join(' ')).toContain('30 јуни 2024 г.');
    expect(messages.join(' ')).toContain('1 јануари 2029 г.');
    for (const message of messages) expect(message).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
