import type { hostPage as english } from '../en/hostPage';
import type { AreaCatalogue } from '../message';

export const hostPage: AreaCatalogue<typeof english> = {
  'hostPage.unsupported.title': 'Ky version i Office nuk mund ta shfaqë NAP Monitor',
  'hostPage.unsupported.body':
    'Office juaj i shfaq shtojcat me Internet Explorer, të cilin NAP Monitor nuk e mbështet (kështu ndodh me Office 2016 dhe 2019 me licencë vëllimore). Mund të:',
  'hostPage.unsupported.web': 'hapni librin e punës në Excel për ueb dhe të përdorni NAP Monitor atje;',
  'hostPage.unsupported.newer': 'përdorni Office 2021, Office 2024 ose Microsoft 365;',
  'hostPage.unsupported.cli':
    'ose të ekzekutoni linjën e komandave nap-monitor mbi skedarin e librit të punës: ajo ngre planin, e kontrollon dhe llogarit statusin pa Excel.',
  'hostPage.outside.title': 'Hapni NAP Monitor nga Excel',
  'hostPage.outside.body':
    'Kjo faqe është paneli i detyrave NAP Monitor dhe punon vetëm brenda Excel: hapni një libër pune në Excel dhe zgjidhni Kreu > NAP Monitor. Për ta provuar pa Excel, hapni faqen e parapamjes.',
};
