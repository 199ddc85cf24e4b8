import { findAll, type PersonalDataFinding } from './personalDataFinding';

/**
 * Passport and identity-card numbers have no fixed shape across countries, so they are recognised by the
 * word before them, in every plan language: a document word, then within a few characters a token of 6 to
 * 12 letters and digits holding at least 5 digits.
 */
const DOCUMENT_WORDS = [
  'passport',
  'passport no',
  'id card',
  'identity card',
  'pasoš\\p{L}*',
  'pasos\\p{L}*',
  'пасош\\p{L}*',
  'putovnic\\p{L}*',
  'pasaport\\p{L}*',
  'lična karta',
  'licna karta',
  'lične karte',
  'лична карта',
  'личне карте',
  'letërnjoftim\\p{L}*',
  'leternjoftim\\p{L}*',
  'osobna iskaznica',
  'lk',
  'лк',
];
const DOCUMENT_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${DOCUMENT_WORDS.join('|')})(?![\\p{L}])[^\\p{L}\\p{N}]{0,6}(?:(?:no|br|nr|бр|број|broj|numër|numri|number)\\.?[^\\p{L}\\p{N}]{0,3})?([\\p{L}\\p{N}]{6,12})(?![\\p{L}\\p{N}])`,
  'giu',
);

function holdsDigits(match: RegExpExecArray): boolean {
  return (match[1].match(/\d/g) ?? []).length >= 5;
}

export function findPassportNumbers(text: string): PersonalDataFinding[] {
  return findAll(text, DOCUMENT_NUMBER, 'passport', holdsDigits);
}
