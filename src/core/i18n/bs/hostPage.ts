import type { hostPage as english } from '../en/hostPage';
import type { AreaCatalogue } from '../message';

export const hostPage: AreaCatalogue<typeof english> = {
  'hostPage.unsupported.title': 'Ova verzija Officea ne može prikazati NAP Monitor',
  'hostPage.unsupported.body':
    'Vaš Office prikazuje dodatke pomoću Internet Explorera, koji NAP Monitor ne podržava (tako je u sistemu Office 2016 i 2019 s količinskom licencom). Možete:',
  'hostPage.unsupported.web': 'otvoriti radnu svesku u programu Excel za web i tamo koristiti NAP Monitor;',
  'hostPage.unsupported.newer': 'koristiti Office 2021, Office 2024 ili Microsoft 365;',
  'hostPage.unsupported.cli':
    'ili pokrenuti nap-monitor komandnu liniju nad datotekom radne sveske: ona postavlja plan, provjerava ga i računa status bez Excela.',
  'hostPage.outside.title': 'Otvorite NAP Monitor iz Excela',
  'hostPage.outside.body':
    'Ova stranica je okno zadataka NAP Monitor i radi samo u Excelu: otvorite radnu svesku u Excelu i odaberite Početna > NAP Monitor. Da ga isprobate bez Excela, otvorite stranicu za pregled.',
};
