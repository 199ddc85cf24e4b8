import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createFakeWorkbook, installFakeOffice } from '@fake-excel/install';
import { registerAllLanguages } from '../core/i18n/allLanguages';
import { translate } from '../core/i18n/translate';
import { OfficeGateway } from '../excel/officeGateway';
import { I18nProvider } from '../taskpane/i18nContext';
import { browserStorage, interfaceLanguage } from '../taskpane/languageChoice';
import { mountTaskPane } from '../taskpane/mount';
import { localToday } from '../taskpane/today';
import { WorkbookView } from './WorkbookView';

/**
 * The preview: the real task pane beside a simulated workbook, for people (and tests) without Excel.
 * `?api=1.7` simulates an older Excel; `?lang=sr-Latn` another display language; `?theme=dark` Office's dark theme.
 * As in Office, a language the user chose in the pane wins over the display language.
 */
registerAllLanguages();
const params = new URLSearchParams(window.location.search);
const workbook = createFakeWorkbook();
installFakeOffice(window, workbook, { apiVersion: params.get('api') ?? '1.20' });
(window as unknown as { napPreviewWorkbook: unknown }).napPreviewWorkbook = workbook;

const language = interfaceLanguage(params.get('lang') ?? 'en', browserStorage());
const theme = params.get('theme') === 'dark' ? webDarkTheme : webLightTheme;
const container = document.getElementById('container');
if (container) {
  document.body.style.backgroundColor = theme.colorNeutralBackground1;
  document.documentElement.style.colorScheme = theme === webDarkTheme ? 'dark' : 'light';
  const pane = document.createElement('aside');
  pane.id = 'taskpane';
  pane.setAttribute('aria-label', translate(language, 'common.appName'));
  pane.style.borderColor = theme.colorNeutralStroke2;
  const sheets = document.createElement('section');
  sheets.id = 'workbook';
  container.append(pane, sheets);
  mountTaskPane(pane, { gateway: new OfficeGateway(), language, theme, today: localToday() });
  createRoot(sheets).render(
    <FluentProvider theme={theme}>
      <I18nProvider language={language}>
        <WorkbookView workbook={workbook} />
      </I18nProvider>
    </FluentProvider>,
  );
}
