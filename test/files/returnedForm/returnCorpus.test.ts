import { translate } from '../../../src/core/i18n/translate';
import { validateReturnedForm } from '../../../src/core/consolidation/validateReturnedForm';
import { parseReturnedForm } from '../../../src/files/returnedForm/parseReturnedForm';
import { context } from '../../core/consolidation/returnedFormBuilder';
import { returnCorpus } from './returnCorpus';

/** The fixture's plan: the same codes as formFixture's rows, a count, a ratio, a milestone and an activity. */
const plan = (() => {
  const base = context('dot');
  return {
    ...base,
    indicators: base.indicators.map((i) => (i.code === 'I1.3' ? { ...i, aggregation: 'ratio' as const } : i)),
  };
})();

const corpus = returnCorpus();

describe('a corpus of damaged, tampered and hostile return forms', () => {
  it('has more than a hundred cases of every kind', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    expect(new Set(corpus.map((c) => c.kind))).toEqual(new Set(['damaged', 'tampered', 'hostile', 'personal']));
  });

  it.each(corpus.map((c) => [`${c.kind}: ${c.name}`, c] as const))('%s', async (_label, c) => {
    const file = `return-${corpus.indexOf(c)}.xlsx`;
    const started = Date.now();
    const parsed = await parseReturnedForm(await c.bytes(), file);
    expect(Date.now() - started).toBeLessThan(10_000);
    if ('refused' in c.expect) {
      expect(parsed.kind).toBe('refused');
      if (parsed.kind !== 'refused') return;
      if (c.expect.refused !== 'reader') expect(parsed.problem.key).toBe(c.expect.refused);
      else expect(parsed.problem.key).toMatch(/^(reader|files|error)\./);
      expect(translate('en', parsed.problem.key, parsed.problem.params)).toContain(file);
      return;
    }
    expect(parsed.kind).toBe('form');
    if (parsed.kind !== 'form') return;
    const validated = validateReturnedForm(parsed.form, plan);
    expect(validated.problems.map((p) => p.key)).toEqual(c.expect.problems);
    for (const problem of validated.problems) {
      const message = translate('en', problem.key, problem.params);
      expect(message).toContain(file);
      expect(message).toContain(`sheet "${problem.sheet}", cell ${problem.cell}`);
    }
    expect(validated.personalData.map((flag) => flag.findings[0].kind)).toEqual(c.expect.personalData ?? []);
  });
});
