import { Suspense, useState, type ReactNode } from 'react';
import { Spinner, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbookGateway } from '../sheets/gateway';
import { LanguagePicker } from './components/LanguagePicker';
import { useI18n } from './i18nContext';
import { lazyPanel } from './lazyPanel';
import { SetupPanel } from './panels/SetupPanel';
import { usePlanSettings } from './usePlanSettings';

// Every tab but the first loads when first opened, so the pane's first download stays small.
const CheckPanel = lazyPanel(() => import('./panels/CheckPanel'), 'CheckPanel');
const StatusPanel = lazyPanel(() => import('./panels/StatusPanel'), 'StatusPanel');
const FormsPanel = lazyPanel(() => import('./panels/FormsPanel'), 'FormsPanel');
const ReportPanel = lazyPanel(() => import('./panels/ReportPanel'), 'ReportPanel');
const ImportPanel = lazyPanel(() => import('./panels/ImportPanel'), 'ImportPanel');

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0` },
  // Tabs wrap onto a second line in a narrow pane rather than hiding off its edge.
  tabs: { flexWrap: 'wrap' },
  panel: { padding: tokens.spacingHorizontalL },
});

export interface AppProps {
  gateway: WorkbookGateway;
  today: string;
}

/**
 * The task pane: one tab per capability, each panel calling one use case per user action. A panel is mounted
 * when first opened and stays mounted while another is shown, so results and typed values are still there when
 * the user comes back.
 */
export function App({ gateway, today }: AppProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { plan, reload } = usePlanSettings(gateway);
  const panels: { id: string; label: string; content: ReactNode }[] = [
    {
      id: 'setup',
      label: t('ui.tab.setup'),
      content: <SetupPanel gateway={gateway} today={today} plan={plan} onPlanChanged={reload} />,
    },
    { id: 'check', label: t('ui.tab.check'), content: <CheckPanel gateway={gateway} /> },
    { id: 'status', label: t('ui.tab.status'), content: <StatusPanel gateway={gateway} today={today} plan={plan} /> },
    { id: 'forms', label: t('ui.tab.forms'), content: <FormsPanel gateway={gateway} today={today} plan={plan} /> },
    { id: 'import', label: t('ui.tab.import'), content: <ImportPanel gateway={gateway} today={today} plan={plan} /> },
    { id: 'report', label: t('ui.tab.report'), content: <ReportPanel gateway={gateway} today={today} plan={plan} /> },
  ];
  const [shown, setShown] = useState(panels[0].id);
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set([panels[0].id]));
  const show = (id: string) => {
    setShown(id);
    setOpened((before) => (before.has(id) ? before : new Set([...before, id])));
  };
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Text as="h1" size={600} weight="bold">
          {t('common.appName')}
        </Text>
        <LanguagePicker />
        <TabList className={styles.tabs} selectedValue={shown} onTabSelect={(_, data) => show(String(data.value))}>
          {panels.map((panel) => (
            <Tab key={panel.id} value={panel.id} id={`tab-${panel.id}`}>
              {panel.label}
            </Tab>
          ))}
        </TabList>
      </header>
      {panels.map((panel) => (
        <section
          key={panel.id}
          className={styles.panel}
          hidden={panel.id !== shown}
          role="tabpanel"
          aria-labelledby={`tab-${panel.id}`}
          data-panel={panel.id}
        >
          {opened.has(panel.id) && (
            <Suspense fallback={<Spinner size="small" label={t('ui.loading')} />}>{panel.content}</Suspense>
          )}
        </section>
      ))}
    </main>
  );
}
