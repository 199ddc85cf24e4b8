import type { preview as english } from '../en/preview';
import type { AreaCatalogue } from '../message';

export const preview: AreaCatalogue<typeof english> = {
  'preview.sheetTabs': 'Listovi',
  'preview.showHiddenSheets': 'Prikaži skrivene listove',
  'preview.hiddenSheet': '{sheet} (skriven)',
  'preview.protectedSheet': '{sheet} (zaštićen)',
  'preview.grid': 'Ćelije lista {sheet}',
  'preview.moreRows': {
    one: 'Prikaži još {count} red',
    few: 'Prikaži još {count} reda',
    other: 'Prikaži još {count} redova',
  },
  'preview.dropdown': 'Izaberite sa liste',
  'preview.charts': 'Grafikoni na listu {sheet}',
};
