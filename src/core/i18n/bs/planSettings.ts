import type { planSettings as english } from '../en/planSettings';
import type { AreaCatalogue } from '../message';

export const planSettings: AreaCatalogue<typeof english> = {
  'settings.result.saved': 'Sačuvano u listu Postavke: {settings}.',
  'settings.result.unchanged': 'List Postavke već sadrži ove vrijednosti. Ništa nije promijenjeno.',
  'settings.error.invalid': 'Vrijednost za „{setting}“ ne može da se sačuva. Ispravite je i sačuvajte ponovo.',
  'settings.error.missingRow':
    'U datoteci {file}, list postavke „{sheet}“ nema red za „{setting}“. Dodajte red sa {key} u prvoj koloni, pa sačuvajte ponovo.',
  'ui.settings.heading': 'Postavke plana',
  'ui.settings.intro':
    'Ova radna sveska već sadrži plan. Ovo su njegova postavke iz lista Postavke; promijenite ih ovdje i sačuvajte. Tabele plana ostaju netaknute.',
  'ui.settings.loading': 'Čitanje postavke plana…',
  'ui.settings.language': 'Jezik radne sveske',
  'ui.settings.thresholds': 'Kada je indikator u skladu sa planom?',
  'ui.settings.percent': '{label} (%)',
  'ui.settings.percentError': 'Unesite cijeli broj od 0 do 100.',
  'ui.settings.offTrackAboveOnTrack': 'Prag za „odstupa od plana“ mora biti niži od praga za „u skladu sa planom“.',
  'ui.settings.save': 'Sačuvaj postavke',
  'ui.settings.saving': 'Čuvanje postavke…',
};
