import type { Catalogue } from '../message';
import { manifest } from './manifest';
import { preview } from './preview';

/** The Bosnian catalogue, one file per area mirroring the English files. */
export const bs: Catalogue = {
  ...preview,
  ...manifest,
};
