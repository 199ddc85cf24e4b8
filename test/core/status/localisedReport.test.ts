import { registerAllLanguages } from '../../../src/core/i18n/allLanguages';
import { renderSentence, renderSentences } from '../../../src/core/i18n/sentence';
import { translator } from '../../../src/core/i18n/translate';
import { activity, indicator, plan, rawReport } from './fixture';

registerAllLanguages();

describe('one status report, written in two languages', () => {
  const report = rawReport(
    plan({ indicators: [indicator()], activities: [activity({ completion: '2026-12-31' })] }),
    [],
    '2026-12-31',
  );

  it('carries dates as date params, not as text in any language', () => {
    expect(JSON.stringify(report.indicators[0].reason)).toContain('{"isoDate":"2026-12-31"}');
    expect(report.explanation[0].params).toEqual({ asOf: { isoDate: '2026-12-31' } });
  });

  it('writes the same dates in Serbian and in English', () => {
    const en = translator('en');
    const sr = translator('sr-Latn');
    const noData = report.indicators[0].reason;
    expect(renderSentences(en, noData)).toContain('31 December 2026');
    expect(renderSentences(sr, noData)).toContain('31. decembar 2026.');
    expect(renderSentences(sr, noData)).not.toContain('2026-12-31');
    expect(renderSentence(sr, report.explanation[0])).toContain('31. decembar 2026.');
    expect(renderSentence(en, report.explanation[0])).toContain('31 December 2026');
  });
});
