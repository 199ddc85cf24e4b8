import { OfficeGateway } from '../excel/officeGateway';
import { browserStorage, interfaceLanguage } from './languageChoice';
import { mountTaskPane } from './mount';
import { themeFromOffice } from './theme';
import { localToday } from './today';

Office.onReady(async () => {
  const container = document.getElementById('container');
  if (!container) return;
  // The other languages come in a chunk of their own, so the pane's first bytes stay within budget.
  const { registerAllLanguages } = await import('../core/i18n/allLanguages');
  registerAllLanguages();
  mountTaskPane(container, {
    gateway: new OfficeGateway(),
    language: interfaceLanguage(Office.context.displayLanguage, browserStorage(), Office.context.partitionKey),
    partitionKey: Office.context.partitionKey,
    theme: themeFromOffice(Office.context.officeTheme),
    today: localToday(),
  });
});
