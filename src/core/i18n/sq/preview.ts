import type { preview as english } from '../en/preview';
import type { AreaCatalogue } from '../message';

export const preview: AreaCatalogue<typeof english> = {
  'preview.sheetTabs': 'Fletët',
  'preview.showHiddenSheets': 'Shfaq fletët e fshehura',
  'preview.hiddenSheet': '{sheet} (e fshehur)',
  'preview.protectedSheet': '{sheet} (e mbrojtur)',
  'preview.grid': 'Qelizat e fletës {sheet}',
  'preview.moreRows': { one: 'Shfaq edhe {count} rresht', other: 'Shfaq edhe {count} rreshta' },
  'preview.dropdown': 'Zgjidhni nga lista',
  'preview.charts': 'Grafikët në fletën {sheet}',
};
