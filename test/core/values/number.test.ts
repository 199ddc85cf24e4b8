import { parseNumber } from '../../../src/core/values/number';

describe('parseNumber', () => {
  it.each([
    [1234.5, 'dot', 1234.5],
    ['1,234.5', 'dot', 1234.5],
    ['1.234,5', 'comma', 1234.5],
    ['1 234', 'dot', 1234],
    ['1\u00a0234,75', 'comma', 1234.75],
    ['1234', 'comma', 1234],
    [' 400 ', 'dot', 400],
    ['-12.5', 'dot', -12.5],
    ['1.234', 'dot', 1.234],
    ['1.234', 'comma', 1234],
  ] as const)('%p (%s) is %p', (value, locale, expected) => {
    expect(parseNumber(value, locale)).toBe(expected);
  });

  it.each([
    ['n/a', 'dot'],
    ['', 'dot'],
    ['12%', 'dot'],
    ['about 5', 'dot'],
    ['1,5', 'dot'],
    ['1.5', 'comma'],
    ['1,23,4', 'dot'],
    [true, 'dot'],
    [null, 'dot'],
    [Number.NaN, 'dot'],
  ] as const)('%p (%s) is not a number', (value, locale) => {
    expect(parseNumber(value, locale)).toBeNull();
  });
});
