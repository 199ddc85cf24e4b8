import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createFakeWorkbook, installFakeOffice } from '@fake-excel/install';
import { translate } from '../core/i18n/translate';
import { OfficeGateway } from '../excel/officeGateway';
import { I18nProvider } from '../taskpane/i18nContext';
import { browserStorage, interfaceLanguage } from '../taskpane/languageChoice';
import { mountTaskPane } from '../taskpane/mount';
import { localToday } from '../taskpane/today';
import { WorkbookView } from './WorkbookView';

/**
 * The preview: the real task pane beside a simulated workbook, for people (and tests) without Excel.
 * `?api=1.7` simulates an older Excel; `?lang=sr-Latn` another display language.
 */
const params = new URLSearchParams(window.location.search);
const workbook = createFakeWorkbook();
installFakeOffice(window, workbook, { apiVersion: params.get('api') ?? '1.20' });
(window as unknown as { napPreviewWorkbook: unknown }).napPreviewWorkbook = workbook;

const language = interfaceLanguage(params.get('lang') ?? 'en', browserStorage());
const container = document.getElementById('container');
if (container) {
  container.style.cssText = 'display:flex;height:100vh;overflow:hidden';
  const pane = document.createElement('aside');
  pane.id = 'taskpane';
  pane.setAttribute('aria-label', translate(language, 'common.appName'));
  pane.style.cssText = 'width:360px;flex:none;overflow:auto;border-right:1px solid #d1d1d1';
  const sheets = document.createElement('section');
  sheets.id = 'workbook';
  sheets.style.cssText = 'flex:1;min-width:0;overflow:hidden';
  container.append(pane, sheets);
  mountTaskPane(pane, { gateway: new OfficeGateway(), language, theme: webLightTheme, today: localToday() });
  createRoot(sheets).render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language={language}>
        <WorkbookView workbook={workbook} />
      </I18nProvider>
    </FluentProvider>,
  );
}
