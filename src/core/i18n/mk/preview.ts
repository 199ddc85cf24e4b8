import type { preview as english } from '../en/preview';
import type { AreaCatalogue } from '../message';

export const preview: AreaCatalogue<typeof english> = {
  'preview.sheetTabs': 'Листови',
  'preview.showHiddenSheets': 'Прикажи скриени листови',
  'preview.hiddenSheet': '{sheet} (скриен)',
  'preview.protectedSheet': '{sheet} (заштитен)',
  'preview.grid': 'Ќелии на листот {sheet}',
  'preview.moreRows': { one: 'Прикажи уште {count} ред', other: 'Прикажи уште {count} редови' },
  'preview.dropdown': 'Изберете од листата',
  'preview.charts': 'Графикони на листот {sheet}',
};
