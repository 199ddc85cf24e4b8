import {
  parseQuantity,
  resolveTarget,
  resolveValue,
  SCALE_SCORE,
  type Quantity,
} from '../../../src/core/values/quantity';

const num = (value: number, percent = false, bound: 'exact' | 'atLeast' | 'atMost' = 'exact'): Quantity => ({
  kind: 'number',
  value,
  percent,
  bound,
});

describe('parseQuantity', () => {
  it.each([
    [null],
    [''],
    ['n/a'],
    ['N/A'],
    ['-'],
    ['not available'],
    ['Not available'],
    ['Not avilable'],
    ['Pending'],
    ['No target'],
    ['No Target'],
    ['TBD'],
    [':'],
    ['2015:Not available (CAP II  survey ongoing) '],
  ])('%p is blank', (value) => {
    expect(parseQuantity(value, 'dot')).toEqual({ kind: 'blank' });
  });

  it.each([
    [400, 'dot', num(400)],
    ['400', 'dot', num(400)],
    ['1.234,5', 'comma', num(1234.5)],
    ['12%', 'dot', num(12, true)],
    ['12 %', 'dot', num(12, true)],
    ['at least 4 meetings', 'dot', num(4, false, 'atLeast')],
    ['At least four meetings of the body', 'dot', num(4, false, 'atLeast')],
    ['at most 3', 'dot', num(3, false, 'atMost')],
    ['< 3%', 'dot', num(3, true, 'atMost')],
    ['2015:<3%', 'dot', num(3, true, 'atMost')],
    ['2015:1004106', 'dot', num(1004106)],
    ['2015:1584728 (158%)', 'dot', num(1584728)],
    ['2015:0% as of 25 November 2015', 'dot', num(0, true)],
    ['In 2022, 80% of victims are satisfied', 'dot', num(80, true)],
    ['$15,200,000 ', 'dot', num(15200000)],
    ['12254,1', 'comma', num(12254.1)],
    ['najmanje 5 obuka', 'dot', num(5, false, 'atLeast')],
  ] as const)('%p (%s) is a number', (value, locale, expected) => {
    expect(parseQuantity(value, locale)).toEqual(expected);
  });

  it('reads bare numbers of a percentage indicator as percents', () => {
    expect(parseQuantity(45, 'dot', { type: 'percentage' })).toEqual(num(45, true));
    expect(parseQuantity('45', 'dot', { type: 'number' })).toEqual(num(45));
  });

  it.each([
    ['+10%', 10, 'percent'],
    ['-20%', -20, 'percent'],
    ['-15%', -15, 'percent'],
    ['+5', 5, 'absolute'],
    ['increase by 10 %', 10, 'percent'],
    ['Increase in calls to the National SOS Line for Victims of Trafficking by 10% by 202Y', 10, 'percent'],
    ['Increased number of criminal charges filed against trafficking in human beings by 20% by 202X', 20, 'percent'],
    ['the rate decreased by 25% between 2015 and 2020', -25, 'percent'],
    ['reduce by 5', -5, 'absolute'],
    ['50% reduction', -50, 'percent'],
    ['two more', 2, 'absolute'],
    ['Signed and implemented two more bilateral Agreements by 202X', 2, 'absolute'],
    ['povećanje za 15%', 15, 'percent'],
    ['смањење за 10%', -10, 'percent'],
  ] as const)('%p is relative %p %s', (value, change, unit) => {
    expect(parseQuantity(value, 'dot')).toEqual({ kind: 'relative', change, unit });
  });

  it.each([
    ['achieved', 'achieved'],
    ['yes', 'achieved'],
    ['Established system for the formal identification of victims in 100% of cases by the end of 202Y', 'achieved'],
    ['adopted', 'achieved'],
    ['2019:Available', 'achieved'],
    ['Existing', 'achieved'],
    ['Team for formal identification is functional and produces results', 'achieved'],
    ['partly', 'partly'],
    ['in progress', 'partly'],
    ['no', 'notYet'],
    ['not yet', 'notYet'],
    ['none in place', 'notYet'],
    ['Not existing', 'notYet'],
    ['There is currently no system in place for the formal identification of victims', 'notYet'],
    ['nije usvojen', 'notYet'],
    [true, 'achieved'],
    [false, 'notYet'],
  ] as const)('%p is milestone %s', (value, state) => {
    expect(parseQuantity(value, 'dot')).toEqual({ kind: 'milestone', state });
  });

  it.each([
    ['high', 'high'],
    ['Low level', 'low'],
    ['medium', 'partial'],
    ['full', 'full'],
  ] as const)('%p is scale %s', (value, level) => {
    expect(parseQuantity(value, 'dot')).toEqual({ kind: 'scale', level });
  });

  it.each([
    ['according to the EU Progress, GRETA and TIP reports'],
    ['Према подацима из Извештаја о напретку ЕУ, ГРЕТА, ТИП за 2018.'],
    ['In the period XXXX-XXXX, there were a total of ZZZZ calls to the SOS Line'],
    ['ZZZZ calls'],
    ['2019:As required by the situation'],
    ['12254,1'],
  ])('%p is not measurable', (value) => {
    expect(parseQuantity(value, 'dot')).toEqual({ kind: 'text', text: value.replace(/^\d{4}:/u, '').trim() });
  });
});

describe('resolveTarget and resolveValue', () => {
  it('resolves relative targets against the baseline', () => {
    expect(resolveTarget({ kind: 'relative', change: 10, unit: 'percent' }, num(200))).toEqual({
      kind: 'value',
      value: 220,
      percent: false,
    });
    expect(resolveTarget({ kind: 'relative', change: -20, unit: 'percent' }, num(40, true))).toEqual({
      kind: 'value',
      value: 32,
      percent: true,
    });
    expect(resolveTarget({ kind: 'relative', change: 2, unit: 'absolute' }, num(3))).toEqual({
      kind: 'value',
      value: 5,
      percent: false,
    });
  });

  it('says why a target cannot be resolved', () => {
    const rel: Quantity = { kind: 'relative', change: 10, unit: 'percent' };
    expect(resolveTarget(rel, { kind: 'blank' })).toEqual({ kind: 'unresolvable', reason: 'relativeWithoutBaseline' });
    expect(resolveTarget(rel, { kind: 'text', text: 'no research so far' })).toEqual({
      kind: 'unresolvable',
      reason: 'relativeWithoutBaseline',
    });
    expect(resolveTarget(rel, { kind: 'milestone', state: 'notYet' })).toEqual({
      kind: 'unresolvable',
      reason: 'kindMismatch',
    });
    expect(resolveTarget({ kind: 'blank' }, num(1))).toEqual({ kind: 'unresolvable', reason: 'blank' });
    expect(resolveTarget({ kind: 'text', text: 'x' }, num(1))).toEqual({
      kind: 'unresolvable',
      reason: 'notMeasurable',
    });
  });

  it('passes absolute values through', () => {
    expect(resolveTarget(num(7, false, 'atLeast'), num(3))).toEqual({ kind: 'value', value: 7, percent: false });
    expect(resolveValue({ kind: 'relative', change: 1, unit: 'absolute' })).toEqual({
      kind: 'unresolvable',
      reason: 'relativeWithoutBaseline',
    });
    expect(resolveValue({ kind: 'scale', level: 'high' })).toEqual({ kind: 'scale', level: 'high' });
    expect(resolveValue({ kind: 'milestone', state: 'partly' })).toEqual({ kind: 'milestone', state: 'partly' });
    expect(SCALE_SCORE.full).toBe(4);
  });
});
