import { createRoot } from 'react-dom/client';
import { AriaLiveAnnouncer, FluentProvider, type Theme } from '@fluentui/react-components';
import type { Language } from '../core/model/enums';
import type { WorkbookGateway } from '../sheets/gateway';
import { App } from './App';
import { I18nProvider } from './i18nContext';

/** Renders the task pane into an element; shared by the add-in page and the preview page. */
export function mountTaskPane(
  element: HTMLElement,
  options: { gateway: WorkbookGateway; language: Language; theme: Theme; today: string; partitionKey?: string },
) {
  createRoot(element).render(
    <FluentProvider theme={options.theme}>
      {/* Result messages are spoken through it (document.ariaNotify where the browser has it, else a live region). */}
      <AriaLiveAnnouncer>
        <I18nProvider language={options.language} partitionKey={options.partitionKey}>
          <App gateway={options.gateway} today={options.today} />
        </I18nProvider>
      </AriaLiveAnnouncer>
    </FluentProvider>,
  );
}
