import * as z from 'zod';
import { dateParamSchema } from './params';
import { isMessageKey, type MessageKey, type Params, type Translator } from './translate';

export const messageKeySchema = z.custom<MessageKey>((value) => typeof value === 'string' && isMessageKey(value));

/** A param that is itself a message ("partly achieved", "On track"), written in the sentence's language. */
export const labelParamSchema = z.object({ label: messageKeySchema });
export type LabelParam = z.infer<typeof labelParamSchema>;

export const sentenceParamsSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), dateParamSchema, labelParamSchema]),
);
export type SentenceParams = z.infer<typeof sentenceParamsSchema>;
export type SentenceParam = SentenceParams[string];

/**
 * A sentence still to be translated: core decides what to say (a message key and its params), and each
 * edge (sheet, pane, command line, report) writes it once, in its own language.
 */
export const Sentence = z.object({ key: messageKeySchema, params: sentenceParamsSchema.optional() });
export type Sentence = z.infer<typeof Sentence>;

export function sentence(key: MessageKey, params?: SentenceParams): Sentence {
  return params ? { key, params } : { key };
}

export function labelParam(key: MessageKey): LabelParam {
  return { label: key };
}

function isLabel(value: SentenceParam): value is LabelParam {
  return typeof value === 'object' && 'label' in value;
}

export function renderSentence(t: Translator, { key, params }: Sentence): string {
  if (!params) return t(key);
  let plain: Params | null = null;
  for (const name in params) {
    const value = params[name];
    if (!isLabel(value)) continue;
    plain ??= { ...(params as Params) };
    plain[name] = t(value.label);
  }
  return t(key, plain ?? (params as Params));
}

/** Several sentences read as one paragraph: a reason and the assumptions it rests on. */
export function renderSentences(t: Translator, sentences: readonly Sentence[]): string {
  return sentences.map((s) => renderSentence(t, s)).join(' ');
}

/** The same sentence twice (say, "no report by 31 December" for hundreds of indicators) has the same identity. */
export function sentenceIdentity(sentences: readonly Sentence[]): string {
  return JSON.stringify(sentences);
}
