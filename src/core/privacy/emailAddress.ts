import { findAll, type PersonalDataFinding } from './personalDataFinding';

/** Deliberately plain: local part, @, a domain with a dot. Letters of any script, since addresses may be IDN. */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

export function findEmailAddresses(text: string): PersonalDataFinding[] {
  return findAll(text, EMAIL, 'email');
}
