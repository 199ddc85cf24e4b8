import * as z from 'zod';
import { codeKey } from '../model/code';
import type { Objective } from '../model/plan';
import { Sentence, sentence } from '../i18n/sentence';

/** Annex 6's parts only people can write; the outcome comments sit between 5b and 5c. */
export const SECTIONS_BEFORE_OUTCOMES = [
  'intro',
  'developments',
  'policy',
  'compliance',
  'general',
  'overall',
] as const;
export const SECTIONS_AFTER_OUTCOMES = ['observations', 'lessons', 'nextSteps'] as const;
export type NarrativeSection = (typeof SECTIONS_BEFORE_OUTCOMES)[number] | (typeof SECTIONS_AFTER_OUTCOMES)[number];

export const NarrativeItem = z.object({
  /** The stable key the text is kept under: a section name, or "outcome:" and the outcome's code. */
  key: z.string(),
  heading: Sentence,
  guidance: Sentence,
  text: z.string(),
});
export type NarrativeItem = z.infer<typeof NarrativeItem>;

const OUTCOME_PREFIX = 'outcome:';

export function outcomeNarrativeKey(code: string): string {
  return OUTCOME_PREFIX + codeKey(code);
}

/** Keys compare as codes do, so "outcome:1." typed over "outcome:1" still finds its text. */
export function narrativeKey(key: string): string {
  const trimmed = key.trim();
  return trimmed.toLowerCase().startsWith(OUTCOME_PREFIX)
    ? outcomeNarrativeKey(trimmed.slice(OUTCOME_PREFIX.length))
    : trimmed;
}

const section = (name: NarrativeSection, texts: ReadonlyMap<string, string>): NarrativeItem => ({
  key: name,
  heading: sentence(`report.section.${name}`),
  guidance: sentence(`report.guidance.${name}`),
  text: texts.get(name) ?? '',
});

/**
 * Every narrative cell of the report in Annex 6's order, filled with what the user wrote before (by key,
 * never by position, so new outcomes or a reordered sheet lose nothing).
 */
export function narrativeItems(objectives: readonly Objective[], texts: ReadonlyMap<string, string>): NarrativeItem[] {
  const outcome = (key: string, code: string): NarrativeItem => ({
    key,
    heading: sentence('report.section.outcomeComment', { code }),
    guidance: sentence('report.guidance.outcomeComment'),
    text: texts.get(key) ?? '',
  });
  const items = [
    ...SECTIONS_BEFORE_OUTCOMES.map((name) => section(name, texts)),
    ...objectives.map((objective) => outcome(outcomeNarrativeKey(objective.code), objective.code.trim())),
    ...SECTIONS_AFTER_OUTCOMES.map((name) => section(name, texts)),
  ];
  // Text under a key the report no longer has (an outcome since removed, a row whose key was cleared) is
  // still the user's words: it stays, at the end.
  const used = new Set(items.map((item) => item.key));
  for (const [key, text] of texts) {
    if (used.has(key) || text.trim() === '') continue;
    items.push(
      key.startsWith(OUTCOME_PREFIX)
        ? outcome(key, key.slice(OUTCOME_PREFIX.length))
        : { key, heading: sentence('report.section.kept'), guidance: sentence('report.guidance.kept'), text },
    );
  }
  return items;
}
