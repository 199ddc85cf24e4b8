import { dateParam } from '../i18n/params';
import type { Activity } from '../model/plan';
import type { DateLike } from '../values/dateLike';
import { readPlanDate } from './dateRules';
import { cellText } from '../model/cell';
import type { CheckEnv } from './env';
import { readEstimate } from './financialEstimate';
import type { Emit } from './report';

const DATE_RULES = { invalid: 'activity.date-invalid', withoutYear: 'activity.date-without-year' } as const;

function readDate(activity: Activity, field: 'start' | 'completion', env: CheckEnv, emit: Emit): DateLike {
  const date = readPlanDate(activity[field], field, field === 'start' ? 'start' : 'end', DATE_RULES, env, emit);
  if (date.kind === 'blank') emit(field === 'start' ? 'activity.start-missing' : 'activity.completion-missing', field);
  else if (date.kind === 'date' && (date.iso < env.settings.periodStart || date.iso > env.settings.periodEnd)) {
    emit('activity.date-outside-period', field, {
      value: dateParam(date.iso),
      periodStart: dateParam(env.settings.periodStart),
      periodEnd: dateParam(env.settings.periodEnd),
    });
  }
  return date;
}

function checkBudget(activity: Activity, env: CheckEnv, emit: Emit): void {
  const estimate = readEstimate(activity.financialEstimate, env.settings.numberLocale);
  if (estimate.kind === 'missing') {
    emit('activity.financial-estimate-missing', 'financialEstimate', { value: cellText(activity.financialEstimate) });
  } else if (estimate.kind === 'amount' && !estimate.namesSource && activity.fundingSource.trim() === '') {
    emit('activity.amount-without-source', 'fundingSource', { value: cellText(activity.financialEstimate) });
  }
}

/** Annex 3's activity table, with Annex 1's "clearly assigned responsibilities, time-lines ... and budget". */
export function checkActivity(activity: Activity, env: CheckEnv, emit: Emit): void {
  if (activity.text.trim() === '') emit('activity.text-missing', 'text');
  const responsible = activity.responsible.trim();
  if (responsible === '') emit('activity.responsible-missing', 'responsible');
  else if (!env.index.knownAgency(responsible))
    emit('activity.responsible-unknown', 'responsible', { value: responsible });
  const start = readDate(activity, 'start', env, emit);
  const completion = readDate(activity, 'completion', env, emit);
  if (start.kind === 'date' && completion.kind === 'date' && completion.iso < start.iso) {
    emit('activity.dates-reversed', 'completion', {
      value: dateParam(completion.iso),
      expected: dateParam(start.iso),
    });
  }
  if (activity.resultIndicator.trim() === '') emit('activity.result-indicator-missing', 'resultIndicator');
  checkBudget(activity, env, emit);
}
