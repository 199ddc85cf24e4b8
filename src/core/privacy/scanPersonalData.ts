import { findBirthDates } from './birthDate';
import { findEmailAddresses } from './emailAddress';
import { findPassportNumbers } from './passportNumber';
import type { PersonalDataFinding } from './personalDataFinding';
import { findPersonalNumbers } from './personalNumber';
import { findPhoneNumbers } from './phoneNumber';

const SCANNERS = [findEmailAddresses, findPersonalNumbers, findPassportNumbers, findBirthDates, findPhoneNumbers];

/**
 * Everything in a free text that could identify a person, in text order. Where two scanners claim the same
 * characters (a JMBG is also a long digit run) the first scanner in SCANNERS keeps them, so each span is
 * reported once.
 */
export function scanPersonalData(text: string): PersonalDataFinding[] {
  if (text.trim() === '') return [];
  const kept: PersonalDataFinding[] = [];
  for (const scan of SCANNERS) {
    for (const found of scan(text)) {
      if (!kept.some((other) => found.start < other.end && other.start < found.end)) kept.push(found);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
