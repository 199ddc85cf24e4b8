import type { Language } from '../model/enums';

/**
 * The domain's terms in each language, as these countries' own anti-trafficking plans word them, so every
 * screen, sheet and report says the same thing the same way:
 * - Serbian: Strategija prevencije i suzbijanja trgovine ljudima, posebno ženama i decom, i zaštite žrtava
 *   and its action plans; "pokazatelj", "početna vrednost", "ciljna vrednost", "izvor provere" as the Law on
 *   the Planning System (Zakon o planskom sistemu) has them for action plans.
 * - Bosnian: Strategija suprotstavljanja trgovini ljudima u Bosni i Hercegovini and its akcioni plan
 *   ("indikator", "početna vrijednost", "ciljna vrijednost", "izvor verifikacije"; ijekavian).
 * - Macedonian: Национална стратегија и акциски план за борба против трговија со луѓе и илегална миграција.
 * - Albanian: Plani Kombëtar i Veprimit për Luftën kundër Trafikimit të Personave ("tregues", "vlera bazë").
 * Serbian Cyrillic is the Latin term transliterated, like the rest of its catalogue.
 *
 * `english` finds the term in an English message; each `stem` is how the term must appear in a
 * translation of it (see stemPattern), so "trgovine ljudima" and "trgovini ljudima" both satisfy
 * "trgovin* ljudima".
 */
export interface GlossaryTerm {
  id: string;
  english: RegExp;
  stems: Record<Exclude<Language, 'en' | 'sr-Cyrl'>, string>;
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: 'trafficking',
    english: /\btrafficking in human beings\b/i,
    stems: {
      'sr-Latn': 'trgovin* ljudima',
      bs: 'trgovin* ljudima',
      mk: 'трговија* со луѓе',
      sq: 'trafikim* * personave',
    },
  },
  {
    id: 'nationalActionPlan',
    english: /\bnational action plans?\b/i,
    stems: {
      'sr-Latn': 'nacionaln* akcion* plan*',
      bs: 'nacionaln* akcion* plan*',
      mk: 'национал* акциск* план*',
      sq: 'plan* kombëtar* * veprimit',
    },
  },
  {
    id: 'strategicArea',
    english: /\bstrategic areas?\b/i,
    stems: { 'sr-Latn': 'strateš* oblast*', bs: 'strateš* oblast*', mk: 'стратешк* област*', sq: 'fush* strategjik*' },
  },
  {
    id: 'operationalObjective',
    english: /\boperational objectives?\b/i,
    stems: {
      'sr-Latn': 'operativn* cilj*',
      bs: 'operativn* cilj*',
      mk: 'оперативн* цел*',
      sq: 'objektiv* operacional*',
    },
  },
  {
    id: 'indicator',
    english: /\bindicators?\b/i,
    stems: { 'sr-Latn': 'pokazatelj*', bs: 'indikator*', mk: 'индикатор*', sq: 'tregues*' },
  },
  {
    id: 'baseline',
    english: /\bbaselines?\b/i,
    stems: { 'sr-Latn': 'početn* vrednost*', bs: 'početn* vrijednost*', mk: 'почетн* вредност*', sq: 'vler* baz*' },
  },
  {
    id: 'target',
    english: /\btargets?\b/i,
    stems: { 'sr-Latn': 'ciljn* vrednost*', bs: 'ciljn* vrijednost*', mk: 'целн* вредност*', sq: 'vler* * synuar*' },
  },
  {
    id: 'meansOfVerification',
    english: /\bmeans of verification\b/i,
    stems: {
      'sr-Latn': 'izvor* provere',
      bs: 'izvor* verifikacije',
      mk: 'извор* на верификација',
      sq: 'mjet* * verifikimit',
    },
  },
  {
    id: 'onTrack',
    english: /\bon track\b/i,
    stems: {
      'sr-Latn': 'u skladu s* planom',
      bs: 'u skladu s* planom',
      mk: 'според планот',
      sq: 'në rrugë të mbarë',
    },
  },
  {
    id: 'offTrack',
    english: /\boff track\b/i,
    stems: { 'sr-Latn': 'odstupa* od plana', bs: 'odstupa* od plana', mk: 'отстапува* од планот', sq: 'jashtë rrugës' },
  },
  {
    id: 'reportingPeriod',
    english: /\breporting periods?\b/i,
    stems: {
      'sr-Latn': 'izveštajn* period*',
      bs: 'izvještajn* period*',
      mk: 'извешта* период*',
      sq: 'periudh* ~ raportimi*',
    },
  },
  {
    id: 'submission',
    english: /\bsubmissions?\b/i,
    stems: { 'sr-Latn': 'dostav*', bs: 'dostav*', mk: 'достав*', sq: 'dorëzim*' },
  },
];

/**
 * A stem as a pattern: `*` is any inflected ending, a lone `*` a whole word such as "e" or "të", and `~` up
 * to three words or none (Albanian "periudhë raportimi", "periudhën e ardhshme të raportimit").
 */
export function stemPattern(stem: string): RegExp {
  const [first, ...rest] = stem
    .split(' ')
    .map((word) =>
      word === '*'
        ? '\\p{L}+'
        : word === '~'
          ? '~'
          : word.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '*' ? '\\p{L}*' : `\\${c}`)),
    );
  const body = rest.reduce((pattern, word) => pattern + (word === '~' ? '(?:\\s+\\p{L}+){0,3}' : `\\s+${word}`), first);
  return new RegExp(`(?<!\\p{L})${body}(?!\\p{L})`, 'iu');
}
