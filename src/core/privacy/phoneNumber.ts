import { findAll, type PersonalDataFinding } from './personalDataFinding';

/**
 * Phone numbers as written in the region: international ("+381 64 123 4567", "00389 70 123 456") or
 * national with a trunk 0 ("064/123-4567", "(011) 3456-789", "069 123 456"). Ordinary monitoring numbers
 * never start with 0 followed by groups (amounts, years, codes such as 1.1.2), which keeps false positives
 * down; decimals ("0,5") are too short to count.
 */
const INTERNATIONAL = /(?<![\p{L}\p{N}+])(?:\+|00)[1-9]\d{0,2}(?:[ \u00a0./-]?\(?\d{1,4}\)?){2,5}(?![\p{L}\p{N}])/gu;
const NATIONAL = /(?<![\p{L}\p{N}.,])\(?0\d{1,3}\)?(?:[ \u00a0/.-]?\d{2,4}){2,4}(?![\p{L}\p{N}]|[.,]\d)/gu;

const MIN_DIGITS = 8;
const MAX_DIGITS = 15;

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

function plausible(match: RegExpExecArray): boolean {
  const digits = digitCount(match[0]);
  return digits >= MIN_DIGITS && digits <= MAX_DIGITS;
}

/**
 * A date such as 01.02.2026 and a file number such as 03-123/2026 (number/year, as offices write their
 * protocol numbers) have the shape of a national number; they are not one.
 */
function notADateOrFileNumber(match: RegExpExecArray): boolean {
  return !/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(match[0]) && !/\/(?:19|20)\d{2}$/.test(match[0]);
}

export function findPhoneNumbers(text: string): PersonalDataFinding[] {
  const international = findAll(text, INTERNATIONAL, 'phone', plausible);
  const national = findAll(text, NATIONAL, 'phone', (m) => plausible(m) && notADateOrFileNumber(m)).filter(
    (found) => !international.some((other) => found.start < other.end && other.start < found.end),
  );
  return [...international, ...national];
}
