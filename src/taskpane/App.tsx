import { useState } from 'react';
import { Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbookGateway } from '../sheets/gateway';
import { useI18n } from './i18nContext';
import { CheckPanel } from './panels/CheckPanel';
import { SetupPanel } from './panels/SetupPanel';
import { StatusPanel } from './panels/StatusPanel';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0` },
  panel: { padding: tokens.spacingHorizontalL },
});

export interface AppProps {
  gateway: WorkbookGateway;
  today: string;
}

type PanelId = 'setup' | 'check' | 'status';

/** The task pane: one tab per capability, each panel calling one use case per user action. */
export function App({ gateway, today }: AppProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [panel, setPanel] = useState<PanelId>('setup');
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Text as="h1" size={600} weight="bold">
          {t('common.appName')}
        </Text>
        <TabList selectedValue={panel} onTabSelect={(_, data) => setPanel(data.value as PanelId)}>
          <Tab value="setup">{t('ui.tab.setup')}</Tab>
          <Tab value="check">{t('ui.tab.check')}</Tab>
          <Tab value="status">{t('ui.tab.status')}</Tab>
        </TabList>
      </header>
      <section className={styles.panel} aria-label={t(`ui.tab.${panel}`)}>
        {panel === 'setup' && <SetupPanel gateway={gateway} today={today} />}
        {panel === 'check' && <CheckPanel gateway={gateway} />}
        {panel === 'status' && <StatusPanel gateway={gateway} today={today} />}
      </section>
    </main>
  );
}
