import { findAll, type PersonalDataFinding } from './personalDataFinding';

/**
 * "born 12.03.2004", "rođena 2004.", "рођен 12. марта 2004", "lindur më 12.03.2004", "роден 2004",
 * "DOB: 2004-03-12": a birth word followed closely by a date or a year is a date of birth, which next to a
 * name or initials identifies a victim. A year alone counts only right after the word, so "born in the
 * 2020 strategy" style phrasing stays rare; monitoring text has little reason to say "born" at all.
 */
const BIRTH_WORDS = [
  'born',
  'b\\.',
  'dob',
  'd\\.o\\.b\\.',
  'date of birth',
  'birth date',
  'ro[dđ]j?en[aio]?',
  'rodjen[aio]?',
  'рођен[аио]?',
  'роден[аио]?',
  'datum ro[dđ]j?enja',
  'датум рођења',
  'датум на раѓање',
  'lindur[ae]?',
  'e lindur',
  'i lindur',
  'datëlindj\\p{L}*',
  'datelindj\\p{L}*',
  'god\\. ro[dđ]\\.',
];
const DATE =
  '(?:\\d{1,2}\\s*[./-]\\s*\\d{1,2}\\s*[./-]\\s*\\d{4}\\.?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.?\\s+\\p{L}{3,12}\\.?\\s+\\d{4}|\\d{4}\\.?)';
const BIRTH_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${BIRTH_WORDS.join('|')})(?![\\p{L}])[\\s:,]*(?:(?:on|in|më|ne|u|на|во|в)\\s+)?(?:god(?:ine|ina)?\\.?\\s+|год(?:ине|ина)?\\.?\\s+)?${DATE}(?![\\p{N}])`,
  'giu',
);

export function findBirthDates(text: string): PersonalDataFinding[] {
  return findAll(text, BIRTH_DATE, 'birthDate');
}
