import type { hostPage as english } from '../en/hostPage';
import type { AreaCatalogue } from '../message';

export const hostPage: AreaCatalogue<typeof english> = {
  'hostPage.unsupported.title': 'Ova verzija Officea ne može da prikaže NAP Monitor',
  'hostPage.unsupported.body':
    'Vaš Office prikazuje programske dodatke pomoću Internet Explorera, koji NAP Monitor ne podržava (tako je u sistemu Office 2016 i 2019 sa količinskom licencom). Možete:',
  'hostPage.unsupported.web': 'da otvorite radnu svesku u programu Excel za veb i tamo koristite NAP Monitor;',
  'hostPage.unsupported.newer': 'da koristite Office 2021, Office 2024 ili Microsoft 365;',
  'hostPage.unsupported.cli':
    'ili da pokrenete nap-monitor komandnu liniju nad datotekom radne sveske: ona postavlja plan, proverava ga i računa status bez Excela.',
  'hostPage.outside.title': 'Otvorite NAP Monitor iz Excela',
  'hostPage.outside.body':
    'Ova stranica je okno zadataka NAP Monitor i radi samo u Excelu: otvorite radnu svesku u Excelu i izaberite Početak > NAP Monitor. Da biste ga isprobali bez Excela, otvorite stranicu za pregled.',
};
