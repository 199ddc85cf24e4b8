import { useState } from 'react';
import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbookGateway } from '../../sheets/gateway';
import { PanelHeading } from '../components/PanelHeading';
import { ResultMessage, type Outcome } from '../components/ResultMessage';
import { useI18n } from '../i18nContext';
import type { PlanState } from '../usePlanSettings';
import { NewPlanForm } from './NewPlanForm';
import { PlanSettingsForm } from './PlanSettingsForm';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface SetupPanelProps {
  gateway: WorkbookGateway;
  today: string;
  plan: PlanState;
  /** Called after the workbook's plan or its settings changed, so every panel sees the new ones. */
  onPlanChanged: () => Promise<void>;
}

/** A new plan while the workbook has none; once it has one, that plan's own settings, to change. */
export function SetupPanel({ gateway, today, plan, onPlanChanged }: SetupPanelProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const done = async (result: Outcome, changed: boolean) => {
    if (changed) await onPlanChanged();
    setOutcome(result);
  };
  const ready = plan.state === 'ready';

  return (
    <div className={styles.panel}>
      <PanelHeading
        heading={t(ready ? 'ui.settings.heading' : 'ui.setup.heading')}
        intro={t(ready ? 'ui.settings.intro' : 'ui.setup.intro')}
      />
      {plan.state === 'loading' && <Spinner size="small" label={t('ui.settings.loading')} />}
      {plan.state === 'unreadable' && <ResultMessage outcome={plan.outcome} />}
      {(plan.state === 'none' || plan.state === 'unreadable') && (
        <NewPlanForm gateway={gateway} today={today} onDone={done} />
      )}
      {ready && (
        <PlanSettingsForm
          // A fresh form whenever the workbook's settings were read again.
          key={JSON.stringify(plan.settings)}
          gateway={gateway}
          current={plan.settings}
          onDone={done}
        />
      )}
      {outcome && <ResultMessage outcome={outcome} />}
    </div>
  );
}
