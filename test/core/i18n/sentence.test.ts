import { registerAllLanguages } from '../../../src/core/i18n/allLanguages';
import { dateParam } from '../../../src/core/i18n/params';
import {
  labelParam,
  renderSentence,
  renderSentences,
  Sentence,
  sentence,
  sentenceIdentity,
} from '../../../src/core/i18n/sentence';
import { translator } from '../../../src/core/i18n/translate';

registerAllLanguages();

const en = translator('en');
const sr = translator('sr-Latn');

describe('sentences: a message key with params, written at the edge', () => {
  it('writes a label param in the sentence language', () => {
    const s = sentence('status.reason.milestonePartly', {
      state: labelParam('status.milestone.partly'),
      period: '2026-Q4',
      due: dateParam('2027-12-31'),
    });
    expect(renderSentence(en, s)).toBe('Reported as partly achieved for 2026-Q4; due 31 December 2027.');
    expect(renderSentence(sr, s)).toContain(sr('status.milestone.partly'));
    expect(renderSentence(sr, s)).toContain('31. decembar 2027.');
  });

  it('joins a reason and its assumptions into one paragraph', () => {
    const text = renderSentences(en, [sentence('status.reason.noBaseline'), sentence('status.assume.noAggregation')]);
    expect(text).toBe(`${en('status.reason.noBaseline')} ${en('status.assume.noAggregation')}`);
  });

  it('gives the same identity to the same message and params, another to other params', () => {
    const a = [sentence('status.reason.noReports', { asOf: dateParam('2026-12-31') })];
    const b = [sentence('status.reason.noReports', { asOf: dateParam('2026-12-31') })];
    const c = [sentence('status.reason.noReports', { asOf: dateParam('2026-09-30') })];
    expect(sentenceIdentity(a)).toBe(sentenceIdentity(b));
    expect(sentenceIdentity(a)).not.toBe(sentenceIdentity(c));
  });

  it('refuses a key the catalogue does not know', () => {
    expect(Sentence.safeParse({ key: 'status.reason.noSuchThing' }).success).toBe(false);
    expect(Sentence.safeParse({ key: 'status.reason.noBaseline' }).success).toBe(true);
  });
});
