import { disaggregationCategories } from '../../../src/core/forms/disaggregation';

const keys = (declared: string) => disaggregationCategories(declared).map((category) => category.key);

describe('disaggregationCategories', () => {
  it('gives women, men, girls and boys for sex and age, women and men for sex alone', () => {
    expect(keys('sex, age, region')).toEqual(['women', 'men', 'girls', 'boys']);
    expect(keys('Gender')).toEqual(['women', 'men']);
    expect(keys('age')).toEqual(['adults', 'children']);
  });

  it('takes the categories a plan lists for a dimension, and none for a dimension it does not list', () => {
    expect(disaggregationCategories('form of exploitation: sexual / labour / begging')).toEqual([
      { key: 'form of exploitation=sexual', label: { text: 'sexual' } },
      { key: 'form of exploitation=labour', label: { text: 'labour' } },
      { key: 'form of exploitation=begging', label: { text: 'begging' } },
    ]);
    expect(keys('sex; nationality: domestic, foreign')).toEqual([
      'women',
      'men',
      'nationality=domestic',
      'nationality=foreign',
    ]);
    expect(keys('form of exploitation')).toEqual([]);
    expect(keys('')).toEqual([]);
  });
});
