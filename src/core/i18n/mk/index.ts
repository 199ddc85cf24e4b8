import type { Catalogue } from '../message';
import { manifest } from './manifest';
import { preview } from './preview';

/** The Macedonian catalogue, one file per area mirroring the English files. */
export const mk: Catalogue = {
  ...preview,
  ...manifest,
};
