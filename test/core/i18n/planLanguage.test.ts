import { checkPlanWorkbook } from '../../../src/app/checkPlanWorkbook';
import { computeStatusWorkbook } from '../../../src/app/computeStatusWorkbook';
import { setupPlanWorkbook } from '../../../src/app/setupPlanWorkbook';
import { translate } from '../../../src/core/i18n/translate';
import { Language } from '../../../src/core/model/enums';
import { MemoryGateway } from '../../support/memoryGateway';
import { EXAMPLE_SETUP } from '../../support/examplePlan';

/**
 * The two languages kept apart: a plan workbook is written in its own language, and reads the same when
 * the person opening it works in another (readers accept headers and list labels in every language).
 */
async function planIn(language: Language) {
  const gateway = new MemoryGateway();
  await setupPlanWorkbook(gateway, { ...EXAMPLE_SETUP, language });
  return gateway;
}

async function findingsOf(gateway: MemoryGateway, language: Language) {
  const checked = await checkPlanWorkbook(gateway, { language, file: 'plan.xlsx', mark: false, writeSheet: false });
  return checked.findings.map((finding) => `${finding.rule} ${finding.code}`).sort();
}

describe('a plan workbook in one language, opened in another', () => {
  let english: string[];

  beforeAll(async () => {
    english = await findingsOf(await planIn('en'), 'en');
  });

  it.each(Language.options.filter((language) => language !== 'en'))(
    'set up in %s, it is checked in English and in every other language with the same findings',
    async (language) => {
      const gateway = await planIn(language);
      // Written in the plan's language: the indicators table's headers are that language's.
      expect(gateway.state.tables.NapIndicators.headers[0]).toBe(translate(language, 'col.indicator.code'));
      for (const reader of Language.options) expect(await findingsOf(gateway, reader)).toEqual(english);
      const status = await computeStatusWorkbook(gateway, {
        language: 'en',
        file: 'plan.xlsx',
        asOf: '2026-12-31',
        write: false,
      });
      expect(status.report.indicators).toHaveLength(5);
    },
  );
});
