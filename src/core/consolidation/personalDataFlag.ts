import * as z from 'zod';
import { PersonalDataFinding } from '../privacy/personalDataFinding';
import { scanPersonalData } from '../privacy/scanPersonalData';
import { cellText } from '../model/cell';
import type { ReturnedCell } from './returnedForm';

/** Free text of a returned form that seems to identify a person; the user removes or confirms it. */
export const PersonalDataFlag = z.object({
  /** Stable within an import: file, sheet and cell. */
  id: z.string(),
  file: z.string(),
  sheet: z.string(),
  cell: z.string(),
  code: z.string(),
  findings: z.array(PersonalDataFinding).min(1),
});
export type PersonalDataFlag = z.infer<typeof PersonalDataFlag>;

export const PrivacyDecision = z.enum(['remove', 'keep']);
export type PrivacyDecision = z.infer<typeof PrivacyDecision>;

export function flagId(file: string, sheet: string, cell: string): string {
  return `${file}\u0000${sheet}!${cell}`;
}

export function flagPersonalData(file: string, code: string, cell: ReturnedCell): PersonalDataFlag | null {
  const findings = scanPersonalData(cellText(cell.value));
  if (findings.length === 0) return null;
  const { sheet, cell: address } = cell.at;
  return { id: flagId(file, sheet, address), file, sheet, cell: address, code, findings };
}

/** The mark left where flagged text was removed, so the reader of the ledger sees that something was cut. */
export const REDACTION_MARK = '[…]';

/** The text with each flagged span replaced by the mark; the rest of the comment stays. */
export function redact(text: string, flag: PersonalDataFlag): string {
  let result = '';
  let from = 0;
  for (const finding of [...flag.findings].sort((a, b) => a.start - b.start)) {
    result += text.slice(from, finding.start) + REDACTION_MARK;
    from = finding.end;
  }
  return result + text.slice(from);
}
