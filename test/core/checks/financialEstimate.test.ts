import { readEstimate } from '../../../src/core/checks/financialEstimate';

describe('readEstimate', () => {
  it.each([
    [15000, 'dot', { kind: 'amount', value: 15000, namesSource: false }],
    ['15,000 EUR', 'dot', { kind: 'amount', value: 15000, namesSource: false }],
    ['2000 EUR', 'dot', { kind: 'amount', value: 2000, namesSource: false }],
    ['€ 1.500,50', 'comma', { kind: 'amount', value: 1500.5, namesSource: false }],
    ['15,000 EUR (Ministry of the Interior budget)', 'dot', { kind: 'amount', value: 15000, namesSource: true }],
    [
      'Budžet – Ministarstvo unutrašnjih poslova 102.000 RSD za 2017. godinu',
      'comma',
      { kind: 'amount', value: 102000, namesSource: true },
    ],
    ['No funding required', 'dot', { kind: 'noFunding' }],
    ['no funding required', 'dot', { kind: 'noFunding' }],
    ['Without funding', 'dot', { kind: 'noFunding' }],
    ['Nema troškova – zaposleni rade u okviru redovnih radnih aktivnosti', 'comma', { kind: 'noFunding' }],
    ['нису потребна средства', 'comma', { kind: 'noFunding' }],
    ['0 (Nema troškova)', 'comma', { kind: 'noFunding' }],
    [0, 'dot', { kind: 'noFunding' }],
    ['XXXX Euros', 'dot', { kind: 'missing' }],
    ['XXXXX Euros or no funding required', 'dot', { kind: 'missing' }],
    ['XXXX Euros (Ministry of the Interior budget)', 'dot', { kind: 'missing' }],
    ['NATIP funds', 'dot', { kind: 'missing' }],
    ['n/a', 'dot', { kind: 'missing' }],
    [null, 'dot', { kind: 'missing' }],
    [-5, 'dot', { kind: 'missing' }],
  ] as const)('%p (%s)', (value, locale, expected) => {
    expect(readEstimate(value, locale)).toEqual(expected);
  });
});
