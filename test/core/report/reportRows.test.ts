import { translator } from '../../../src/core/i18n/translate';
import { buildReportModel, reportRows, yearRange } from '../../../src/core/report';
import { DEFAULT_STATUS_SETTINGS } from '../../../src/core/status';
import { exampleYearLedger, exampleYearPlan } from './exampleYear';

function rowsFor(language: 'en' | 'sr-Latn', numberLocale: 'dot' | 'comma') {
  const model = buildReportModel({
    plan: exampleYearPlan({ numberLocale, language }),
    ledger: exampleYearLedger(),
    settings: DEFAULT_STATUS_SETTINGS,
    range: yearRange(2026),
    language,
    generated: '2027-01-20',
    deadline: null,
    narrative: new Map(),
  });
  return reportRows(model, translator(language));
}

describe('reportRows', () => {
  it("writes numbers and dates in the plan's locale: 1.234,5 and Serbian month names in a Serbian plan", () => {
    const serbian = rowsFor('sr-Latn', 'comma');
    expect(serbian.outcomes[0][8]).toBe('13.500,5 EUR');
    expect(serbian.titleBlock[3][1]).toBe('31. decembar 2026.');
    expect(serbian.indicators.find((row) => row[0] === 'I2.2')?.[4]).toBe('1.260');
    const english = rowsFor('en', 'dot');
    expect(english.outcomes[0][8]).toBe('13,500.5 EUR');
    expect(english.titleBlock[3][1]).toBe('31 December 2026');
    expect(english.titleBlock[4][1]).toBe('not set');
  });

  it('attributes every reported text to its agency and period, activities reported by status in words', () => {
    const { outcomes } = rowsFor('en', 'dot');
    expect(String(outcomes[0][6]).split('\n')).toEqual([
      expect.stringMatching(/^1\.1\.1 Adopt the annual work plan .*: Completed \(ATC, 2026-Q1\)$/),
      'Two rounds of negotiations with Serbia (ATC, 2026-Q4)',
    ]);
    expect(outcomes[0][9]).toBe('EU, OSCE');
  });
});
