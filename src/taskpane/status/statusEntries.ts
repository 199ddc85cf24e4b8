import type { ItemPlace } from '../../app/computeStatusWorkbook';
import { renderSentences, sentenceIdentity, type Sentence } from '../../core/i18n/sentence';
import type { Translator } from '../../core/i18n/translate';
import type { SelfAssessment } from '../../core/status';

/** One indicator or activity as the pane lists it: its code and name, a click away from its row. */
export interface StatusItem {
  code: string;
  place: ItemPlace;
  status: string;
}

/** A line of the list: an item with what is known of it, or items that share an unjudged status and reason. */
export type StatusEntry =
  | (StatusItem & { kind: 'item'; reason: string; progress: string | null; disagreements: string[] })
  | { kind: 'group'; status: string; reason: string; items: StatusItem[] };

export interface ResultLike {
  code: string;
  status: string;
  reason: Sentence[];
  selfAssessment: SelfAssessment[];
  progress?: number | null;
}

const NO_PLACE: ItemPlace = { name: '', cell: null };

/** Statuses that say why nothing is judged: many items share one reason, so they are listed once. */
const GROUPED = new Set(['noData', 'notDueYet', 'notAssessable']);

/** Progress against the expected, in whole percent; a negative share is said in words. */
export function progressText(progress: number | null | undefined, t: Translator): string | null {
  if (progress === null || progress === undefined) return null;
  if (progress < 0) return t('ui.status.movedAway');
  return t('ui.status.progress', { percent: Math.round(progress * 100) });
}

/** Each agency whose own assessment differs from the computed status, named with what it said. */
export function disagreements(assessments: SelfAssessment[], t: Translator): string[] {
  return assessments
    .filter((assessment) => assessment.mismatch)
    .map((assessment) =>
      t('ui.status.agencyView', {
        agency: assessment.agency,
        assessment: t(`enum.assessment.${assessment.assessment}`),
        period: assessment.period,
      }),
    );
}

/**
 * The list in the report's order, where unjudged items with the same status and reason (the same message and
 * params) are gathered into one line at the place of the first of them, so twenty "no value reported" lines
 * become one. Reasons are written in the pane's language here.
 */
export function statusEntries(results: ResultLike[], places: ItemPlace[], t: Translator): StatusEntry[] {
  const groupKey = (result: ResultLike) =>
    GROUPED.has(result.status) ? `${result.status}\u0000${sentenceIdentity(result.reason)}` : null;
  const sizes = new Map<string, number>();
  for (const result of results) {
    const key = groupKey(result);
    if (key) sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  const entries: StatusEntry[] = [];
  const groups = new Map<string, Extract<StatusEntry, { kind: 'group' }>>();
  results.forEach((result, index) => {
    const item: StatusItem = { code: result.code, place: places[index] ?? NO_PLACE, status: result.status };
    const key = groupKey(result);
    if (key && (sizes.get(key) ?? 0) > 1) {
      const group = groups.get(key);
      if (group) group.items.push(item);
      else {
        const reason = renderSentences(t, result.reason);
        const created = { kind: 'group' as const, status: result.status, reason, items: [item] };
        groups.set(key, created);
        entries.push(created);
      }
      return;
    }
    entries.push({
      ...item,
      kind: 'item',
      reason: renderSentences(t, result.reason),
      progress: progressText(result.progress, t),
      disagreements: disagreements(result.selfAssessment, t),
    });
  });
  return entries;
}
