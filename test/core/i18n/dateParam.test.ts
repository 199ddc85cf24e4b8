import { registerAllLanguages } from '../../../src/core/i18n/allLanguages';
import { dateParam, translate } from '../../../src/core/i18n/translate';

registerAllLanguages();

describe('dates in messages', () => {
  it('writes a date param in the message language, not as ISO', () => {
    const params = { asOf: dateParam('2026-12-31') };
    expect(translate('en', 'status.reason.noReports', params)).toContain('31 December 2026');
    const serbian = translate('sr-Latn', 'status.reason.noReports', params);
    expect(serbian).toContain('31. decembar 2026.');
    expect(serbian).not.toContain('2026-12-31');
  });

  it('shows what is not a valid ISO date as it is', () => {
    expect(translate('en', 'status.reason.noReports', { asOf: dateParam('IV quarter') })).toContain('IV quarter');
  });
});
