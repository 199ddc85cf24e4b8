import { codeKey, indicatorCodeKey, parentCodeKey, sameCode } from '../../../src/core/model/code';

describe('code identity', () => {
  it.each([
    ['1.', '1'],
    [' 1.1 ', '1.1'],
    ['1.1..', '1.1'],
    ['i1.1', 'I1.1'],
    ['I 1.1', 'I1.1'],
    ['MOI', 'moi'],
  ])('%p is the same code as %p', (a, b) => {
    expect(sameCode(a, b)).toBe(true);
  });

  it('keeps codes that differ apart', () => {
    expect(sameCode('1.1', '1.10')).toBe(false);
    expect(sameCode('1', '11')).toBe(false);
    expect(codeKey('1.1')).toBe('1.1');
  });

  it('names an indicator the same with or without its letter prefix', () => {
    for (const code of ['I1.2', 'i1.2.', 'PI-1.2', 'pi_1.2', '1.2']) expect(indicatorCodeKey(code)).toBe('1.2');
    expect(indicatorCodeKey('MOI')).toBe('MOI');
  });

  it('finds the parent part of a key', () => {
    expect(parentCodeKey('1.2.3')).toBe('1.2');
    expect(parentCodeKey('1')).toBeNull();
  });
});
