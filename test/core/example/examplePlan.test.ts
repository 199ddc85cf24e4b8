import { checkPlan } from '../../../src/core/checks';
import { examplePlan } from '../../../src/core/example/examplePlan';
import { exampleText } from '../../../src/core/example/exampleText';
import { en, type ExampleText } from '../../../src/core/example/text/en';
import { agencyAssignments } from '../../../src/core/forms/agencyResponsibility';
import { GLOSSARY, stemPattern } from '../../../src/core/i18n/glossary';
import { latinToCyrillic } from '../../../src/core/i18n/transliterate';
import { Language } from '../../../src/core/model/enums';
import { ProgressRow } from '../../../src/core/model/progress';
import { computeStatus, DEFAULT_STATUS_SETTINGS } from '../../../src/core/status';
import { EXAMPLE_SETTINGS } from '../../support/examplePlan';

const OTHERS = Language.options.filter((language) => language !== 'en');
/** Every language's words, loaded once as set-up loads them. */
const texts = new Map<Language, ExampleText>();
beforeAll(async () => {
  for (const language of Language.options) texts.set(language, await exampleText(language));
});
const planIn = (language: Language) => examplePlan({ ...EXAMPLE_SETTINGS, language }, texts.get(language)!);

/** Every text of a table with its path: "indicators.I2.1.baseline" → "...". */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as object).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}
const english = new Map(leaves(en));
/** Where the English word is not the domain term: the "[target unit]" of a training is no indicator target. */
const NOT_THE_TERM = new Set(['activities.4.resultIndicator target']);

/** What Check says of a plan, without the words: rule, record and field. */
const findingsOf = (language: Language) =>
  checkPlan(planIn(language), {}).map(
    (finding) => `${finding.rule} ${finding.entity} ${finding.code} ${finding.field}`,
  );

/** The same figures reported in every language: numbers and implementation states, no words. */
const LEDGER = [
  { code: 'I1.1', value: 4 },
  { code: 'I2.2', value: 1150 },
  { code: 'I4.1', value: 60 },
  { code: '1.1.1', implementation: 'completed' },
  { code: '2.2.2', implementation: 'ongoing' },
].map((row) => ProgressRow.parse({ period: '2026-Q4', agency: 'ATC', ...row }));

const statusesOf = (language: Language, asOf: string) => {
  const report = computeStatus(planIn(language), LEDGER, asOf, DEFAULT_STATUS_SETTINGS);
  return {
    indicators: report.indicators.map((result) => `${result.code} ${result.status}`),
    activities: report.activities.map((result) => `${result.code} ${result.status}`),
    objectives: report.objectives.map((result) => `${result.code} ${result.status}`),
    areas: report.areas.map((result) => `${result.code} ${result.status}`),
  };
};

describe("the guide's example plan in the plan language", () => {
  it.each(OTHERS)('gives every text of the English example in %s, translated', (language) => {
    const text = new Map(leaves(texts.get(language)));
    expect([...text.keys()]).toEqual([...english.keys()]);
    for (const [path, words] of english) {
      if (words === '') expect(text.get(path)).toBe('');
      else expect({ path, same: text.get(path) === words }).toEqual({ path, same: false });
    }
  });

  it.each(['sr-Latn', 'bs', 'mk', 'sq'] as const)(
    'uses the glossary terms in %s where the English has them',
    (language) => {
      const text = new Map(leaves(texts.get(language)));
      const missing = GLOSSARY.flatMap((term) =>
        [...english]
          .filter(([path, words]) => term.english.test(words) && !NOT_THE_TERM.has(`${path} ${term.id}`))
          .filter(([path]) => !stemPattern(term.stems[language]).test(text.get(path)!))
          .map(([path]) => `${path} ${term.id}`),
      );
      expect(missing).toEqual([]);
    },
  );

  it('writes Serbian Cyrillic as the Serbian Latin text transliterated', () => {
    const cyrillic = new Map(leaves(texts.get('sr-Cyrl')));
    for (const [path, words] of leaves(texts.get('sr-Latn'))) expect(cyrillic.get(path)).toBe(latinToCyrillic(words));
    expect(planIn('sr-Cyrl').areas[1].name).toBe('Превенција трговине људима');
  });

  it.each(OTHERS)('keeps one structure in %s: codes, numbers, dates and links as in English', (language) => {
    const strip = (plan: ReturnType<typeof planIn>) => ({
      areas: plan.areas.map((area) => area.code),
      agencies: plan.agencies.map((agency) => agency.code),
      objectives: plan.objectives.map(({ code, area }) => [code, area]),
      indicators: plan.indicators.map(({ code, objective, type, midDate, endDate, baselineDate, midTarget }) =>
        [code, objective, type, midDate, endDate, baselineDate, type === 'milestone' ? '' : midTarget].join(' '),
      ),
      keyMeasures: plan.keyMeasures.map(({ code, objective }) => [code, objective]),
      activities: plan.activities.map(({ code, keyMeasure }) => [code, keyMeasure]),
      mePlan: plan.mePlan.map(({ indicator, output, frequency, responsible }) => [
        indicator,
        output,
        frequency,
        responsible,
      ]),
    });
    expect(strip(planIn(language))).toEqual(strip(planIn('en')));
  });

  it('writes the activities’ quarters as the plan language’s quarter list does, with the first year', () => {
    expect(planIn('sr-Latn').activities[1]).toMatchObject({ start: 'I kvartal 2026', completion: 'IV kvartal 2026' });
    expect(planIn('sq').activities[1]).toMatchObject({ start: 'I tremujor 2026', completion: 'IV tremujor 2026' });
    expect(planIn('mk').activities[1].start).toBe('I тримесечие 2026');
  });

  it('writes the M&E plan’s dates in the plan language', () => {
    expect(planIn('sr-Latn').mePlanHeader.purpose).toContain('od 1. januar 2026. do 31. decembar 2028.');
    expect(planIn('sq').mePlanHeader.review).toContain('30 qershor 2027');
    expect(planIn('en').mePlanHeader.purpose).toContain(
      'in Montenegro, running from 1 January 2026 to 31 December 2028.',
    );
  });

  it('has Check flag the same things on the same records in every language', () => {
    const found = findingsOf('en');
    // The guide's warts: placeholders, the unmeasured baseline, 2.1.2 under 3.1.
    expect(found).toEqual(
      expect.arrayContaining([
        'structure.code-not-under-parent activity 2.1.2 null',
        'indicator.baseline-not-measurable indicator I2.1 baseline',
      ]),
    );
    expect(found.filter((finding) => finding.includes('financialEstimate')).length).toBeGreaterThan(0);
    for (const language of OTHERS) expect({ language, found: findingsOf(language) }).toEqual({ language, found });
  });

  it.each(['2026-12-31', '2027-09-30', '2029-01-31'])('gives the same statuses in every language on %s', (asOf) => {
    const statuses = statusesOf('en', asOf);
    for (const language of OTHERS)
      expect({ language, ...statusesOf(language, asOf) }).toEqual({ language, ...statuses });
  });

  it('gives each agency the same indicators and activities to report on in every language', () => {
    const assigned = (language: Language) =>
      [...agencyAssignments(planIn(language))].map(([agency, { indicators, activities }]) => [
        agency,
        [...indicators],
        activities.map((activity) => activity.code),
      ]);
    for (const language of OTHERS)
      expect({ language, assigned: assigned(language) }).toEqual({ language, assigned: assigned('en') });
  });
});
