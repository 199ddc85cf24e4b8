import type { guideReference as english } from '../en/guideReference';
import type { AreaCatalogue } from '../message';

export const guideReference: AreaCatalogue<typeof english> = {
  'guide.annex': 'Prilog {number}',
};
