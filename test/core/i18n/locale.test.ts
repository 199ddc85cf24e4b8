import { LOCALE_TAGS, localeFormat, type IntlRuntime } from '../../../src/core/i18n/locale';
import { Language } from '../../../src/core/model/enums';

const LANGUAGES = Language.options;

/**
 * Chromium's bundled ICU as measured (research §7.4): no sq or mk in supportedLocalesOf, both formatted as
 * en-US; bs listed but formatted with root data.
 */
function chromiumLikeIntl(): IntlRuntime {
  const missing = (tag: string) => /^(sq|mk)\b/i.test(tag);
  const rootData = (tag: string) => /^bs\b/i.test(tag);
  const target = (tag: string) => (missing(tag) ? 'en-US' : rootData(tag) ? 'und' : tag);
  class NumberFormat extends Intl.NumberFormat {
    constructor(tag: string, options?: Intl.NumberFormatOptions) {
      super(target(tag), options);
    }
    static override supportedLocalesOf(tags: string[]) {
      return Intl.NumberFormat.supportedLocalesOf(tags.filter((tag) => !missing(tag)));
    }
  }
  class DateTimeFormat extends Intl.DateTimeFormat {
    constructor(tag: string, options?: Intl.DateTimeFormatOptions) {
      super(target(tag), options);
    }
    static override supportedLocalesOf(tags: string[]) {
      return Intl.DateTimeFormat.supportedLocalesOf(tags.filter((tag) => !missing(tag)));
    }
  }
  return { NumberFormat, DateTimeFormat } as unknown as IntlRuntime;
}

const NUMBERS = [0, 7, 999, 1234, 12345.5, 1234567.891, -1234.5, 0.004, -0.001, 2.675];
const RATIOS = [0, 0.457, 1, 0.05, 12.3456, -0.25];
const DATES = ['2026-01-01', '2026-03-05', '2027-08-31', '2028-12-15', '1999-11-09'];

describe('values in the locale', () => {
  it.each(LANGUAGES)('%s: Node has the data, and the carried formats print exactly what its ICU prints', (language) => {
    const runtime = localeFormat(language);
    expect(runtime.source).toBe('runtime');
    const carried = localeFormat(language, chromiumLikeIntl());
    const forced = language === 'sq' || language === 'mk' || language === 'bs';
    expect(carried.source).toBe(forced ? 'carried' : 'runtime');
    const printed = (format: typeof runtime) => [
      ...NUMBERS.map((n) => format.number(n)),
      ...NUMBERS.map((n) => format.number(n, { minimumFractionDigits: 1, maximumFractionDigits: 3 })),
      ...RATIOS.map((r) => format.percent(r)),
      ...RATIOS.map((r) => format.percent(r, { maximumFractionDigits: 0 })),
      format.currency(1234.5, 'EUR'),
      format.currency(-5, 'RSD'),
      ...DATES.map((d) => format.date(d)),
      ...DATES.map((d) => format.date(d, 'numeric')),
    ];
    expect(printed(carried)).toEqual(printed(runtime));
  });

  it('writes Albanian and Macedonian in their own formats where the runtime would print US English', () => {
    const intl = chromiumLikeIntl();
    expect(new intl.NumberFormat('sq-AL').format(1234567.5)).toBe('1,234,567.5');
    const sq = localeFormat('sq', intl);
    expect(sq.number(1234567.891)).toBe('1\u00a0234\u00a0567,89');
    expect(sq.number(1234)).toBe('1234');
    expect(sq.date('2026-03-05')).toBe('5 mars 2026');
    const mk = localeFormat('mk', intl);
    expect(mk.percent(0.457)).toBe('45,7\u00a0%');
    expect(mk.date('2026-11-30')).toBe('30 ноември 2026 г.');
    expect(mk.date('2026-11-30', 'numeric')).toBe('30.11.2026 г.');
    const bs = localeFormat('bs', intl);
    expect(bs.date('2026-03-05')).toBe('5. mart 2026.');
    expect(bs.currency(1234.5, 'BAM')).toBe('1.234,50\u00a0BAM');
  });

  it('keeps Serbian and English values as CLDR writes them', () => {
    expect(localeFormat('sr-Latn').date('2026-03-15')).toBe('15. mart 2026.');
    expect(localeFormat('sr-Cyrl').date('2026-03-15')).toBe('15. март 2026.');
    expect(localeFormat('en').date('2026-03-15')).toBe('15 March 2026');
    expect(localeFormat('en').currency(-1234.5, 'EUR')).toBe('-EUR\u00a01,234.50');
    expect(LOCALE_TAGS['sr-Cyrl']).toBe('sr-Cyrl-RS');
  });

  it('returns what is not an ISO date as the user wrote it', () => {
    for (const language of LANGUAGES) {
      expect(localeFormat(language).date('Q3 2026')).toBe('Q3 2026');
      expect(localeFormat(language, chromiumLikeIntl()).date('2026-13-01')).toBe('2026-13-01');
    }
  });
});
