import { useCallback, useEffect, useState } from 'react';
import { readPlanSettings, type PlanSettingsRead } from '../app/readPlanSettings';
import type { WorkbookGateway } from '../sheets/gateway';
import type { Outcome } from './components/ResultMessage';
import { errorOutcome } from './errorOutcome';
import { useI18n } from './i18nContext';

/** What the pane knows of the plan in the workbook: still reading, none yet, its settings, or why they cannot be read. */
export type PlanState =
  | { state: 'loading' }
  | { state: 'none' }
  | { state: 'ready'; settings: PlanSettingsRead }
  | { state: 'unreadable'; outcome: Outcome };

export const WORKBOOK_FILE = 'Workbook';

/** Reads the plan's settings when the pane opens, and again whenever a panel changes them. */
export function usePlanSettings(gateway: WorkbookGateway): { plan: PlanState; reload: () => Promise<void> } {
  const { t } = useI18n();
  const [plan, setPlan] = useState<PlanState>({ state: 'loading' });
  const reload = useCallback(async () => {
    try {
      const settings = await readPlanSettings(gateway, WORKBOOK_FILE);
      setPlan(settings ? { state: 'ready', settings } : { state: 'none' });
    } catch (error) {
      setPlan({ state: 'unreadable', outcome: errorOutcome(error, t) });
    }
  }, [gateway, t]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { plan, reload };
}
