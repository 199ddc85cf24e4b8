/** References to the practitioner's guide: core names its annexes in English ("Annex 1"), the edge in words. */
export const guideReference = {
  'guide.annex': 'Annex {number}',
} as const;
