import type { MessageKey } from '../i18n/translate';

/** A breakdown cell of a return form: the ledger's category key and how the form labels it. */
export interface Category {
  key: string;
  label: { key: MessageKey } | { text: string };
}

const SEX = /^(sex|gender)$/i;
const AGE = /^(age|age group)$/i;
const standard = (keys: readonly ('women' | 'men' | 'girls' | 'boys' | 'adults' | 'children')[]): Category[] =>
  keys.map((key) => ({ key, label: { key: `forms.category.${key}` } }));

/**
 * The categories an indicator's disaggregation declares. Sex gives women / men, with age women / men /
 * girls / boys, age alone adults / children; "dimension: a / b / c" lists its own categories. A dimension
 * whose categories the plan does not list ("region") gets no cells: the form cannot guess them.
 */
export function disaggregationCategories(declared: string): Category[] {
  const entries = declared.includes(':') ? declared.split(';') : declared.split(/[;,]/);
  const dimensions = entries.map((entry) => entry.trim()).filter((entry) => entry !== '');
  const hasSex = dimensions.some((d) => SEX.test(d));
  const hasAge = dimensions.some((d) => AGE.test(d));
  const categories: Category[] = hasSex
    ? standard(hasAge ? ['women', 'men', 'girls', 'boys'] : ['women', 'men'])
    : hasAge
      ? standard(['adults', 'children'])
      : [];
  for (const dimension of dimensions) {
    const colon = dimension.indexOf(':');
    if (colon < 0) continue;
    const name = dimension.slice(0, colon).trim();
    for (const item of dimension.slice(colon + 1).split(/[/,]/)) {
      const value = item.trim();
      if (value !== '') categories.push({ key: `${name}=${value}`, label: { text: value } });
    }
  }
  return categories;
}
