/**
 * JavaScript's \b only knows ASCII letters, so Cyrillic and "č" need Unicode-aware word edges.
 * `words(['no', 'не'])` matches either as a whole word.
 */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

export function wordsSource(alternatives: readonly string[]): string {
  return `${WORD_START}(?:${alternatives.join('|')})${WORD_END}`;
}

export function words(alternatives: readonly string[]): RegExp {
  return new RegExp(wordsSource(alternatives), 'iu');
}
