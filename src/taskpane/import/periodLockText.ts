import type { PeriodLockResult, PeriodLockState } from '../../app/periodLock';
import { dateParam, type Translator } from '../../core/i18n/translate';
import type { Outcome } from '../components/ResultMessage';

/** A period's state in words: open, or who closed it, on which day and why (from its audit line). */
export function periodStateText(state: PeriodLockState, t: Translator): string {
  const period = state.period.code;
  if (!state.lock) return t('ui.period.stateOpen', { period });
  // The audit keeps the minute (YYYY-MM-DDTHH:MM); the pane says the day, in the message's language.
  const { who, reason, time } = state.lock;
  return t('ui.period.stateClosed', { period, date: dateParam(time.slice(0, 10)), who, reason });
}

/** What closing or reopening did, for the result message the pane announces. */
export function periodLockOutcome(result: PeriodLockResult, t: Translator): Outcome {
  const closed = result.lock !== null;
  const period = result.period;
  if (!result.changed)
    return { intent: 'info', lines: [t(closed ? 'ui.period.alreadyClosed' : 'ui.period.alreadyOpen', { period })] };
  return { intent: 'success', lines: [t(closed ? 'ui.period.closed' : 'ui.period.reopened', { period })] };
}
