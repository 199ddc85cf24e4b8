import * as z from 'zod';

/** What kind of personal data a piece of free text seems to hold. */
export const PersonalDataKind = z.enum(['email', 'phone', 'personalNumber', 'passport', 'birthDate']);
export type PersonalDataKind = z.infer<typeof PersonalDataKind>;

/** One suspicious span of a text: `start` and `end` are UTF-16 offsets, `end` exclusive. */
export const PersonalDataFinding = z.object({
  kind: PersonalDataKind,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type PersonalDataFinding = z.infer<typeof PersonalDataFinding>;

/** Every match of a global pattern as a finding of one kind, filtered by `accept` on the match. */
export function findAll(
  text: string,
  pattern: RegExp,
  kind: PersonalDataKind,
  accept: (match: RegExpExecArray) => boolean = () => true,
): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const match of text.matchAll(pattern)) {
    if (!accept(match)) continue;
    const start = match.index ?? 0;
    found.push({ kind, start, end: start + match[0].length, text: match[0] });
  }
  return found;
}
