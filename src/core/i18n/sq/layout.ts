import type { layout as english } from '../en/layout';
import type { AreaCatalogue } from '../message';

export const layout: AreaCatalogue<typeof english> = {
  'sheet.areas': 'Fushat',
  'sheet.agencies': 'Institucionet',
  'sheet.objectives': 'Objektivat',
  'sheet.keyMeasures': 'Masat kyçe',
  'sheet.findings': 'Gjetjet',
  'sheet.indicatorStatus': 'Statusi i treguesve',
  'sheet.activityStatus': 'Statusi i aktiviteteve',
  'sheet.marks': 'Shenjat',
  'sheet.markRules': 'Rregullat e shenjave',
  'title.areas': 'Fushat strategjike të planit',
  'title.agencies': 'Institucionet që raportojnë për planin',
  'title.objectives': 'Plani Kombëtar i Veprimit: objektivat operacionalë (Aneksi 3)',
  'title.keyMeasures': 'Plani Kombëtar i Veprimit: masat kyçe (Aneksi 3)',
  'title.findings': 'Gjetjet e kontrollit të fundit të planit',
  'title.indicatorStatus': 'Statusi i çdo treguesi performance',
  'title.activityStatus': 'Statusi i çdo aktiviteti',
  'title.marks': 'Qelizat që kontrolli i fundit i gjeti me gabime. Këtë fletë e mban NAP Monitor.',
  'title.markRules': 'Rregullat e ngjyrave që ka shtuar NAP Monitor. Këtë fletë e mban NAP Monitor.',
  'setting.paperSize': 'Madhësia e letrës për shtypje',
  'list.header.paperSize': 'Madhësia e letrës',
  'enum.paperSize.A4': 'A4',
  'enum.paperSize.letter': 'Letter',
  'print.pageOf': 'Faqja {page} nga {pages}',
  'degraded.noPageLayout':
    'Ky version i Excel nuk mund t’i përgatisë fletët për shtypje (Excel 2021, Microsoft 365 ose Excel për ueb mundin). Para shtypjes zgjidhni orientimin horizontal dhe „Përshtat të gjitha kolonat në një faqe“ te cilësimet e shtypjes.',
  'error.writeInterrupted':
    'Excel e ndaloi ndryshimin në mes ({detail}). Një pjesë e tij mund të jetë tashmë në librin e punës: ekzekutoni përsëri të njëjtin veprim për ta përfunduar; asgjë nuk do të shtohet dy herë.',
};
