import type { layout as english } from '../en/layout';
import type { AreaCatalogue } from '../message';

export const layout: AreaCatalogue<typeof english> = {
  'sheet.areas': 'Oblasti',
  'sheet.agencies': 'Institucije',
  'sheet.objectives': 'Ciljevi',
  'sheet.keyMeasures': 'Ključne mjere',
  'sheet.findings': 'Nalazi',
  'sheet.indicatorStatus': 'Status indikatora',
  'sheet.activityStatus': 'Status aktivnosti',
  'sheet.marks': 'Oznake',
  'sheet.markRules': 'Pravila oznaka',
  'title.areas': 'Strateške oblasti plana',
  'title.agencies': 'Institucije koje izvještavaju o planu',
  'title.objectives': 'Nacionalni akcioni plan: operativni ciljevi (Prilog 3)',
  'title.keyMeasures': 'Nacionalni akcioni plan: ključne mjere (Prilog 3)',
  'title.findings': 'Nalazi posljednje provjere plana',
  'title.indicatorStatus': 'Status svakog indikatora učinka',
  'title.activityStatus': 'Status svake aktivnosti',
  'title.marks': 'Ćelije koje je posljednja provjera označila kao neispravne. Ovaj list održava NAP Monitor.',
  'title.markRules': 'Pravila boja koja je dodao NAP Monitor. Ovaj list održava NAP Monitor.',
  'setting.paperSize': 'Veličina papira za štampu',
  'list.header.paperSize': 'Veličina papira',
  'enum.paperSize.A4': 'A4',
  'enum.paperSize.letter': 'Letter',
  'print.pageOf': 'Strana {page} od {pages}',
  'degraded.noPageLayout':
    'Ova verzija Excela ne može da pripremi listove za štampu (Excel 2021, Microsoft 365 ili Excel za web mogu). Prije štampe odaberite položeno i „Uklopi sve kolone na jednu stranu“ u postavkama štampe.',
  'error.writeInterrupted':
    'Excel je zaustavio izmjenu na pola ({detail}). Dio izmjene je možda već u radnoj svesci: pokrenite istu radnju ponovo da je dovršite; ništa neće biti dodato dva puta.',
};
