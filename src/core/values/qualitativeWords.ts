import { words } from './wordPattern';

export type MilestoneState = 'achieved' | 'partly' | 'notYet';
export type ScaleLevel = 'none' | 'low' | 'partial' | 'high' | 'full';

/**
 * Milestones as NAPs state them ("System ... established by 202X", "There is currently no system in
 * place"). Negations are looked for first, so "not established" is not read as "established".
 */
/** Short answers count only when they are the whole cell: "da" and "ne" are everywhere in Serbian prose. */
const WHOLE_ANSWER: Record<string, MilestoneState> = {
  yes: 'achieved',
  done: 'achieved',
  da: 'achieved',
  да: 'achieved',
  true: 'achieved',
  no: 'notYet',
  none: 'notYet',
  ne: 'notYet',
  не: 'notYet',
  нема: 'notYet',
  nema: 'notYet',
  false: 'notYet',
  partly: 'partly',
  partially: 'partly',
};

const NOT_YET = words([
  'not yet',
  'never',
  'non-?existent',
  'not existing',
  'does not exist',
  'do not exist',
  'none in place',
  'not in place',
  'no \\p{L}+ in place',
  'there is (?:currently )?no',
  'currently no',
  'has not been',
  'have not been',
  'not (?:established|adopted|signed|implemented|available|functional|operational)',
  'nije',
  'nisu',
  'ne postoji',
  'ne postoje',
  'nije uspostavljen\\p{L}*',
  'nije usvojen\\p{L}*',
  'није',
  'нису',
  'не постоји',
  'не постоје',
  'није успостављен\\p{L}*',
  'није усвојен\\p{L}*',
  // Macedonian and Albanian, so an example or plan in those languages reads as in Serbian.
  'не постои',
  'не постојат',
  'nuk ka',
  'nuk ekziston',
]);
const PARTLY = words([
  'partly',
  'partially',
  'in progress',
  'ongoing',
  'under way',
  'underway',
  'initiated',
  'started',
  'djelimi\\p{L}*',
  'delimi\\p{L}*',
  'u toku',
  'делимич\\p{L}*',
  'у току',
]);
const ACHIEVED = words([
  'achieved',
  'completed?',
  'established',
  'adopted',
  'approved',
  'in ?place',
  'existing',
  'exists?',
  'available',
  'signed',
  'implemented',
  'functional',
  'operational',
  'set up',
  'in force',
  'ostvaren\\p{L}*',
  'uspostavljen\\p{L}*',
  'usvojen\\p{L}*',
  'donet\\p{L}*',
  'potpisan\\p{L}*',
  'formiran\\p{L}*',
  'остварен\\p{L}*',
  'успостављен\\p{L}*',
  'усвојен\\p{L}*',
  'донет\\p{L}*',
  'потписан\\p{L}*',
  'формиран\\p{L}*',
  'funkcional\\p{L}*',
  'функционал\\p{L}*',
  'воспоставен\\p{L}*',
  'усвоен\\p{L}*',
  'потпишан\\p{L}*',
  'krijuar',
  'ngritur',
  'miratuar',
  'nënshkruar',
  'funksional\\p{L}*',
]);

/** "Established system for formal identification ..." opens with its milestone. */
const OPENS_WITH_ACHIEVED = new RegExp(`^${ACHIEVED.source}`, 'iu');

export function milestoneIn(text: string): MilestoneState | null {
  const whole = WHOLE_ANSWER[text.trim().toLowerCase().replace(/[.!]$/u, '')];
  if (whole) return whole;
  if (NOT_YET.test(text)) return 'notYet';
  if (PARTLY.test(text)) return 'partly';
  return ACHIEVED.test(text) ? 'achieved' : null;
}

export function opensWithMilestone(text: string): boolean {
  return OPENS_WITH_ACHIEVED.test(text);
}

/** A qualitative scale stands alone in the cell: "high", "low level", "level: partial". */
const SCALE: ReadonlyArray<[RegExp, ScaleLevel]> = [
  [/^(?:level:?\s*)?(?:none|nil|absent)(?:\s+level)?$/iu, 'none'],
  [/^(?:level:?\s*)?(?:very low|low|poor|weak|limited|insufficient|nizak|nizak nivo|низак)(?:\s+level)?$/iu, 'low'],
  [
    /^(?:level:?\s*)?(?:partial|medium|moderate|average|satisfactory|srednji|средњи|delimičan|делимичан)(?:\s+level)?$/iu,
    'partial',
  ],
  [/^(?:level:?\s*)?(?:high|good|strong|significant|adequate|visok|висок)(?:\s+level)?$/iu, 'high'],
  [/^(?:level:?\s*)?(?:very high|full|excellent|complete|potpun|потпун)(?:\s+level)?$/iu, 'full'],
];

export function scaleOf(text: string): ScaleLevel | null {
  const trimmed = text.trim().replace(/\.$/u, '');
  for (const [pattern, level] of SCALE) if (pattern.test(trimmed)) return level;
  return null;
}
