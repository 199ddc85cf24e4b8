import { isValidDay } from '../values/isoDate';
import { findAll, type PersonalDataFinding } from './personalDataFinding';

/** Thirteen digits standing alone, the shape of the former Yugoslav JMBG / EMBG (MK) / JMB (BA). */
const THIRTEEN_DIGITS = /(?<![\p{L}\p{N}])\d{13}(?![\p{L}\p{N}])/gu;
const WEIGHTS = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** The check digit of the JMBG (modulo 11; a remainder giving 10 or 11 means 0). */
export function jmbgChecksumValid(digits: string): boolean {
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  const check = 11 - (sum % 11);
  return (check > 9 ? 0 : check) === Number(digits[12]);
}

/** DDMMYYY: the year's last three digits; 9xx is the 1900s, anything lower the 2000s or the 1800s' tail. */
export function jmbgBirthDateValid(digits: string): boolean {
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const yyy = Number(digits.slice(4, 7));
  const year = yyy >= 800 ? 1000 + yyy : 2000 + yyy;
  return isValidDay(year, month, day);
}

/**
 * A JMBG identifies one person: a run of 13 digits whose first seven are a real birth date is flagged,
 * and one whose check digit also holds is flagged for certain. Mistyped numbers (bad check digit) still
 * point at a person, so the date part alone is enough to ask the user.
 */
export function findPersonalNumbers(text: string): PersonalDataFinding[] {
  return findAll(text, THIRTEEN_DIGITS, 'personalNumber', (m) => jmbgBirthDateValid(m[0]));
}
