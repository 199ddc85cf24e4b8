import { translate } from '../../../src/core/i18n/translate';
import { validateReturnedForm } from '../../../src/core/consolidation/validateReturnedForm';
import { context, form, row } from './returnedFormBuilder';

function problemsOf(rows: Parameters<typeof form>[0], locale: 'dot' | 'comma' = 'dot') {
  return validateReturnedForm(form(rows), context(locale)).problems;
}

describe('validation of returned cells', () => {
  it('takes a clean form whole: totals, parts, ratio, milestone, activity', () => {
    const result = validateReturnedForm(
      form([
        row('indicator', 'I1.1', {
          value: 12,
          assessment: 'On track',
          budgetSpent: '1,500.50',
          comment: 'Two trainings',
        }),
        row('category', 'I1.1', { value: 5 }, { category: 'women' }),
        row('category', 'I1.1', { value: '7' }, { category: 'men' }),
        row('indicator', 'I1.2', { value: '45 %' }),
        row('indicator', 'i1.3.', { numerator: 3, denominator: 4 }, { entry: 'ratio' }),
        row('indicator', 'I1.4', { value: 'Law adopted' }, { entry: 'text' }),
        row('activity', '1.1.1', { implementation: 'completed', date: '30.06.2026', comment: '' }),
      ]),
      context(),
    );
    expect(result.problems).toEqual([]);
    expect(result.refusedRows).toBe(0);
    expect(result.rows.map((r) => [r.code, r.category, r.value, r.numerator, r.denominator])).toEqual([
      ['I1.1', '', 12, null, null],
      ['I1.1', 'women', 5, null, null],
      ['I1.1', 'men', 7, null, null],
      ['I1.2', '', 45, null, null],
      ['I1.3', '', null, 3, 4],
      ['I1.4', '', 'Law adopted', null, null],
      ['1.1.1', '', '2026-06-30', null, null],
    ]);
    expect(result.rows[0]).toMatchObject({
      assessment: 'onTrack',
      budgetSpent: 1500.5,
      period: '2026-Q2',
      agency: 'MOI',
    });
    expect(result.rows[6].implementation).toBe('completed');
  });

  it.each([
    [{ value: '12 cases' }, 'import.cell.numberWithWords', { value: '12 cases', number: 12 }],
    [{ value: 'many' }, 'import.cell.notANumber', { value: 'many' }],
    [{ value: true }, 'import.cell.notANumber', { value: 'true' }],
    [{ value: '12,5' }, 'import.cell.decimal.dot', { value: '12,5' }],
    [{ value: -3 }, 'import.cell.negative', { value: -3 }],
    [{ value: 4, budgetSpent: '-100' }, 'import.cell.negative', { value: -100 }],
    [{ value: 4, assessment: 'Almost there' }, 'import.cell.outsideList', { value: 'Almost there' }],
    [{ value: '' }, 'import.cell.required', {}],
  ])('a count %p is refused with %s', (cells, key, params) => {
    const problems = problemsOf([row('indicator', 'I1.1', cells)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      severity: 'error',
      key,
      file: 'moi-2026-Q2.xlsx',
      sheet: 'Form',
      code: 'I1.1',
    });
    expect(problems[0].params).toMatchObject(params);
    expect(problems[0].cell).toMatch(/^[A-Z]+\d+$/);
  });

  it('reads comma decimals in a comma plan and refuses point decimals there', () => {
    expect(problemsOf([row('indicator', 'I1.1', { value: '12,5' })], 'comma')).toEqual([]);
    expect(problemsOf([row('indicator', 'I1.1', { value: '12.5' })], 'comma')[0].key).toBe('import.cell.decimal.comma');
  });

  it('refuses a percentage over 100 and a numerator above its denominator', () => {
    expect(problemsOf([row('indicator', 'I1.2', { value: 120 })])[0]).toMatchObject({
      key: 'import.cell.percentOver100',
    });
    const ratio = problemsOf([row('indicator', 'I1.3', { numerator: 5, denominator: 4 }, { entry: 'ratio' })]);
    expect(ratio[0]).toMatchObject({
      key: 'import.cell.numeratorAboveDenominator',
      params: expect.objectContaining({ numerator: 5, denominator: 4 }),
    });
    const half = problemsOf([row('indicator', 'I1.3', { numerator: 5, denominator: '' }, { entry: 'ratio' })]);
    expect(half.map((p) => p.key)).toEqual(['import.cell.required']);
  });

  it('refuses parts that do not add up, warns on parts partly filled, derives an empty total', () => {
    const wrong = problemsOf([
      row('indicator', 'I1.1', { value: 10 }),
      row('category', 'I1.1', { value: 5 }, { category: 'women' }),
      row('category', 'I1.1', { value: 6 }, { category: 'men' }),
    ]);
    expect(wrong).toEqual([
      expect.objectContaining({
        severity: 'error',
        key: 'import.cell.partsDoNotAddUp',
        params: expect.objectContaining({ sum: 11, total: 10 }),
      }),
    ]);
    const partial = validateReturnedForm(
      form([
        row('indicator', 'I1.1', { value: 10 }),
        row('category', 'I1.1', { value: 4 }, { category: 'women' }),
        row('category', 'I1.1', { value: '' }, { category: 'men' }),
      ]),
      context(),
    );
    expect(partial.problems.map((p) => [p.severity, p.key])).toEqual([['warning', 'import.cell.partsIncomplete']]);
    expect(partial.rows.map((r) => r.category)).toEqual(['', 'women']);
    const derived = validateReturnedForm(
      form([
        row('indicator', 'I1.1', { value: '' }),
        row('category', 'I1.1', { value: 4 }, { category: 'women' }),
        row('category', 'I1.1', { value: 3 }, { category: 'men' }),
      ]),
      context(),
    );
    expect(derived.problems.map((p) => p.key)).toEqual(['import.cell.totalFromParts']);
    expect(derived.rows[0].value).toBe(7);
  });

  it('keeps an indicator group out whole when one of its cells is wrong, and other rows in', () => {
    const result = validateReturnedForm(
      form([
        row('indicator', 'I1.1', { value: 10 }),
        row('category', 'I1.1', { value: 'ten' }, { category: 'women' }),
        row('indicator', 'I1.2', { value: 50 }),
      ]),
      context(),
    );
    expect(result.refusedRows).toBe(1);
    expect(result.rows.map((r) => r.code)).toEqual(['I1.2']);
  });

  it('checks activities: a status from the list, a real date', () => {
    expect(problemsOf([row('activity', '1.1.1', { implementation: 'Završeno?', date: '' })])[0].key).toBe(
      'import.cell.outsideList',
    );
    expect(problemsOf([row('activity', '1.1.1', { implementation: '', date: '' })])[0].key).toBe(
      'import.cell.required',
    );
    expect(problemsOf([row('activity', '1.1.1', { implementation: 'Ongoing', date: '31.02.2026' })])[0]).toMatchObject({
      key: 'import.cell.notADate',
      params: expect.objectContaining({ value: '31.02.2026' }),
    });
    expect(problemsOf([row('activity', '1.1.1', { implementation: 'ongoing', date: 46203 })])).toEqual([]);
  });

  it('refuses a code the plan does not have', () => {
    expect(problemsOf([row('indicator', 'I9.9', { value: 1 })])[0]).toMatchObject({
      key: 'import.cell.unknownCode',
      code: 'I9.9',
    });
  });

  it('flags personal data in comments and header notes without refusing the row', () => {
    const notes = [{ value: 'Contact: ana@example.org', at: { sheet: 'Form', cell: 'C8' } }];
    const result = validateReturnedForm(
      form([row('indicator', 'I1.1', { value: 2, comment: 'victim A.B., born 12.03.2004' })], { notes }),
      context(),
    );
    expect(result.rows).toHaveLength(1);
    expect(result.personalData.map((f) => [f.cell, f.findings[0].kind])).toEqual([
      ['C8', 'email'],
      [expect.stringMatching(/^P\d+$/), 'birthDate'],
    ]);
  });

  it('says what is wrong in words that name file, sheet and cell', () => {
    const [problem] = problemsOf([row('indicator', 'I1.1', { value: '12 cases' })]);
    expect(translate('en', problem.key, problem.params)).toMatch(
      /^moi-2026-Q2\.xlsx, sheet "Form", cell H\d+ \(I1\.1\): "12 cases" has words next to the number\. Type the number only \(12\)/,
    );
  });
});
