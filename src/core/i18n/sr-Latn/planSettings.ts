import type { planSettings as english } from '../en/planSettings';
import type { AreaCatalogue } from '../message';

export const planSettings: AreaCatalogue<typeof english> = {
  'settings.result.saved': 'Sačuvano u listu Podešavanja: {settings}.',
  'settings.result.unchanged': 'List Podešavanja već sadrži ove vrednosti. Ništa nije promenjeno.',
  'settings.error.invalid': 'Vrednost za „{setting}“ ne može da se sačuva. Ispravite je i sačuvajte ponovo.',
  'settings.error.missingRow':
    'U datoteci {file}, list podešavanja „{sheet}“ nema red za „{setting}“. Dodajte red sa {key} u prvoj koloni, pa sačuvajte ponovo.',
  'ui.settings.heading': 'Podešavanja plana',
  'ui.settings.intro':
    'Ova radna sveska već sadrži plan. Ovo su njegova podešavanja iz lista Podešavanja; promenite ih ovde i sačuvajte. Tabele plana ostaju netaknute.',
  'ui.settings.loading': 'Čitanje podešavanja plana…',
  'ui.settings.language': 'Jezik radne sveske',
  'ui.settings.thresholds': 'Kada je pokazatelj u skladu sa planom?',
  'ui.settings.percent': '{label} (%)',
  'ui.settings.percentError': 'Unesite ceo broj od 0 do 100.',
  'ui.settings.offTrackAboveOnTrack': 'Prag za „odstupa od plana“ mora biti niži od praga za „u skladu sa planom“.',
  'ui.settings.save': 'Sačuvaj podešavanja',
  'ui.settings.saving': 'Čuvanje podešavanja…',
};
