import { findAll, type PersonalDataFinding } from './personalDataFinding';

/** Deliberately plain: local part, @, a domain with a dot. Letters of any script, since addresses may be IDN. */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

export function findEmailAddresses(text: string): PersonalDataFinding[] {
  // Without an @ there is no address; the pattern would still try a local part at every letter of a long text.
  return text.includes('@') ? findAll(text, EMAIL, 'email') : [];
}
