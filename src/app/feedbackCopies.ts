import { translator } from '../core/i18n/translate';
import type { Language } from '../core/model/enums';
import { writeFeedbackCopy } from '../files/feedback/writeFeedbackCopy';
import type { FileReport } from './importReturns';

export interface FeedbackCopy {
  fileName: string;
  bytes: Uint8Array;
  problems: number;
}

/** "moi.xlsx" → "moi-feedback.xlsx". */
export function feedbackName(fileName: string): string {
  return `${fileName.replace(/\.xlsx$/i, '')}-feedback.xlsx`;
}

/**
 * The copies to send back: for each form that was read and has wrong cells or personal data not confirmed,
 * the agency's own file with those cells marked and the list of problems in front. Refused files get none
 * (they are not this plan's forms); the message says why instead.
 */
export function feedbackCopies(
  files: readonly { report: FileReport; bytes: Uint8Array }[],
  language: Language,
): FeedbackCopy[] {
  const t = translator(language);
  const labels = {
    sheet: t('import.feedback.sheet'),
    title: t('import.feedback.title'),
    headers: [t('import.feedback.col.sheet'), t('import.feedback.col.cell'), t('import.feedback.col.message')] as [
      string,
      string,
      string,
    ],
  };
  return files
    .filter(({ report }) => report.status !== 'refused' && report.feedback.length > 0)
    .map(({ report, bytes }) => ({
      fileName: feedbackName(report.fileName),
      bytes: writeFeedbackCopy(bytes, report.feedback, labels),
      problems: report.feedback.length,
    }));
}
