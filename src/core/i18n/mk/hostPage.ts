import type { hostPage as english } from '../en/hostPage';
import type { AreaCatalogue } from '../message';

export const hostPage: AreaCatalogue<typeof english> = {
  'hostPage.unsupported.title': 'Оваа верзија на Office не може да го прикаже NAP Monitor',
  'hostPage.unsupported.body':
    'Вашиот Office ги прикажува додатоците со Internet Explorer, кој NAP Monitor не го поддржува (така е кај Office 2016 и 2019 со количинска лиценца). Можете:',
  'hostPage.unsupported.web': 'да ја отворите работната книга во Excel за веб и таму да го користите NAP Monitor;',
  'hostPage.unsupported.newer': 'да користите Office 2021, Office 2024 или Microsoft 365;',
  'hostPage.unsupported.cli':
    'или да ја извршите командната линија nap-monitor врз датотеката на работната книга: таа го поставува планот, го проверува и го пресметува статусот без Excel.',
  'hostPage.outside.title': 'Отворете го NAP Monitor од Excel',
  'hostPage.outside.body':
    'Оваа страница е окното со задачи NAP Monitor и работи само во Excel: отворете работна книга во Excel и изберете Почетна > NAP Monitor. За да го испробате без Excel, отворете ја страницата за преглед.',
};
