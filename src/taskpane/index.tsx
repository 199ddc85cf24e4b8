import { OfficeGateway } from '../excel/officeGateway';
import { languageFromOffice } from './language';
import { mountTaskPane } from './mount';
import { themeFromOffice } from './theme';
import { localToday } from './today';

Office.onReady(() => {
  const container = document.getElementById('container');
  if (!container) return;
  mountTaskPane(container, {
    gateway: new OfficeGateway(),
    language: languageFromOffice(Office.context.displayLanguage),
    theme: themeFromOffice(Office.context.officeTheme),
    today: localToday(),
  });
});
