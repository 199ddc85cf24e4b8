import { OfficeGateway } from '../excel/officeGateway';
import { browserStorage, interfaceLanguage } from './languageChoice';
import { mountTaskPane } from './mount';
import { themeFromOffice } from './theme';
import { localToday } from './today';

Office.onReady(() => {
  const container = document.getElementById('container');
  if (!container) return;
  mountTaskPane(container, {
    gateway: new OfficeGateway(),
    language: interfaceLanguage(Office.context.displayLanguage, browserStorage(), Office.context.partitionKey),
    partitionKey: Office.context.partitionKey,
    theme: themeFromOffice(Office.context.officeTheme),
    today: localToday(),
  });
});
