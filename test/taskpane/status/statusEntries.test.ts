import { dateParam } from '../../../src/core/i18n/params';
import { sentence, type Sentence } from '../../../src/core/i18n/sentence';
import { translator } from '../../../src/core/i18n/translate';
import type { StatusReport } from '../../../src/core/status';
import { progressText, statusEntries, type ResultLike } from '../../../src/taskpane/status/statusEntries';
import { statusSummary } from '../../../src/taskpane/status/statusSummary';

const t = translator('en');
const noReport = (asOf: string) => [sentence('status.reason.noReports', { asOf: dateParam(asOf) })];
const NO_REPORT = noReport('2026-12-31');
const said = (key: 'status.reason.achieved' | 'status.reason.offTrack') => [sentence(key)];

function result(
  code: string,
  status: string,
  reason: Sentence[] = NO_REPORT,
  over: Partial<ResultLike> = {},
): ResultLike {
  return { code, status, reason, selfAssessment: [], progress: null, ...over };
}
const place = (code: string) => ({ name: `Indicator ${code}`, cell: { sheet: 'NAP', address: `E${code.length}` } });

describe('the status list', () => {
  it('gathers unjudged items with the same reason into one line, where the first of them was', () => {
    const results = [
      result('I1.1', 'noData'),
      result('I1.2', 'offTrack', said('status.reason.offTrack'), { progress: 0.2 }),
      result('I2.1', 'noData', noReport('2026-12-31')),
      result('I2.2', 'noData', [sentence('status.reason.noUsableReports')]),
      result('I3.1', 'noData'),
      result('I3.2', 'noData', noReport('2026-09-30')),
    ];
    const entries = statusEntries(
      results,
      results.map((r) => place(r.code)),
      t,
    );
    expect(entries.map((e) => (e.kind === 'group' ? e.items.map((i) => i.code) : e.code))).toEqual([
      ['I1.1', 'I2.1', 'I3.1'],
      'I1.2',
      'I2.2',
      'I3.2',
    ]);
    // The reason is written once, in the pane's language, dates included.
    expect(entries[0]).toMatchObject({
      kind: 'group',
      status: 'noData',
      reason: 'No value reported for a period that ends by 31 December 2026.',
    });
    // Every grouped item keeps its name and its row.
    expect(entries[0].kind === 'group' && entries[0].items[2].place).toEqual(place('I3.1'));
  });

  it('never groups judged items, even with equal reasons', () => {
    const results = [
      result('A', 'achieved', said('status.reason.achieved')),
      result('B', 'achieved', said('status.reason.achieved')),
    ];
    expect(statusEntries(results, [], t).map((e) => e.kind)).toEqual(['item', 'item']);
  });

  it('names the agency that disagrees, with what it said and when', () => {
    const [entry] = statusEntries(
      [
        result('I4.1', 'offTrack', said('status.reason.offTrack'), {
          progress: 0.1,
          selfAssessment: [
            { agency: 'Police', period: '2026', assessment: 'onTrack', mismatch: true },
            { agency: 'Prosecution', period: '2026', assessment: 'offTrack', mismatch: false },
          ],
        }),
      ],
      [place('I4.1')],
      t,
    );
    expect(entry).toMatchObject({ kind: 'item', disagreements: ['Police says On track (2026)'] });
  });

  it('rounds progress for people and says "moved away" instead of a negative share', () => {
    expect(progressText(0.6666, t)).toBe('67 % of the expected progress');
    expect(progressText(-0.93, t)).toBe('Moved away from the target');
    expect(progressText(null, t)).toBeNull();
  });
});

describe('the status summary', () => {
  const report = (statuses: string[]) =>
    ({ asOf: '2026-12-31', indicators: statuses.map((s, i) => result(`I${i}`, s)) }) as unknown as StatusReport;

  it('is never a success when nothing can be assessed, and says why and what to do', () => {
    const outcome = statusSummary(report(['noData', 'noData', 'notDueYet']), [], t);
    expect(outcome.intent).toBe('warning');
    expect(outcome.lines[0]).toContain(
      'no indicator can be judged yet (1 not due yet, 2 without data, 0 not assessable)',
    );
    expect(outcome.lines[0]).not.toContain('0 of 0');
  });

  it('says when the plan has no indicators at all', () => {
    const outcome = statusSummary(report([]), ['A warning.'], t);
    expect(outcome.intent).toBe('warning');
    expect(outcome.lines).toEqual([
      'Status as of 31 December 2026: the plan has no indicators yet. Add them to the indicators table on the NAP sheet, then compute status again.',
      'A warning.',
    ]);
  });

  it('counts what is on track or achieved among the assessable indicators', () => {
    const outcome = statusSummary(report(['achieved', 'onTrack', 'offTrack', 'noData']), [], t);
    expect(outcome).toEqual({
      intent: 'info',
      lines: ['Status as of 31 December 2026: 2 of 3 assessable indicators on track or achieved.'],
    });
  });
});
