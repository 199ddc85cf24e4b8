import type { MessageKey } from '../i18n/translate';
import type { SelfAssessment } from './report';
import { mostRecent, type Observation } from './observations';
import { labelParam, sentence, type Sentence } from '../i18n/sentence';
import type { TwoWay } from './statuses';

/**
 * Each agency's most recent own assessment, set against the computed two-way status. Annex 5 asks
 * agencies to be realistic; a mismatch is where it shows, so it also becomes a note.
 */
export function selfAssessments(
  placed: readonly Observation[],
  twoWay: TwoWay,
  statusLabel: MessageKey,
  notes: Sentence[],
): SelfAssessment[] {
  const byAgency = new Map<string, Observation[]>();
  for (const o of placed) {
    if (o.row.assessment === null) continue;
    const list = byAgency.get(o.agencyKey);
    if (list) list.push(o);
    else byAgency.set(o.agencyKey, [o]);
  }
  const out: SelfAssessment[] = [];
  for (const list of byAgency.values()) {
    const o = mostRecent(list);
    const assessment = o.row.assessment as NonNullable<typeof o.row.assessment>;
    const mismatch = twoWay !== null && (assessment === 'onTrack' ? 'on' : 'off') !== twoWay;
    if (mismatch) {
      notes.push(
        sentence('status.note.selfAssessmentMismatch', {
          agency: o.agency,
          period: o.period.code,
          assessment: labelParam(assessment === 'onTrack' ? 'status.twoWay.on' : 'status.twoWay.off'),
          status: labelParam(statusLabel),
        }),
      );
    }
    out.push({ agency: o.agency, period: o.period.code, assessment, mismatch });
  }
  return out.sort((a, b) => (a.agency < b.agency ? -1 : a.agency > b.agency ? 1 : 0));
}
