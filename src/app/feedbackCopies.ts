import { translator } from '../core/i18n/translate';
import type { Language } from '../core/model/enums';
import { writeFeedbackCopy, type FeedbackLabels } from '../files/feedback/writeFeedbackCopy';
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

function feedbackLabels(language: Language): FeedbackLabels {
  const t = translator(language);
  return {
    sheet: t('import.feedback.sheet'),
    title: t('import.feedback.title'),
    headers: [t('import.feedback.col.sheet'), t('import.feedback.col.cell'), t('import.feedback.col.message')],
    author: t('common.appName'),
  };
}

/**
 * The copies to send back: for each form that was read and has wrong cells or personal data not confirmed,
 * the agency's own file with those cells marked and noted and the list of problems in front, all in the
 * form's language (the agency reads it, not the user who imports). Refused files get none (they are not
 * this plan's forms); the message says why instead.
 */
export function feedbackCopies(files: readonly { report: FileReport; bytes: Uint8Array }[]): FeedbackCopy[] {
  return files.flatMap(({ report, bytes }) =>
    report.status !== 'refused' && report.language !== null && report.feedback.length > 0
      ? [
          {
            fileName: feedbackName(report.fileName),
            bytes: writeFeedbackCopy(bytes, report.feedback, feedbackLabels(report.language)),
            problems: report.feedback.length,
          },
        ]
      : [],
  );
}
