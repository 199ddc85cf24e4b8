import type { Catalogue } from '../message';
import { hostPage } from './hostPage';
import { interfaceLanguage } from './interfaceLanguage';
import { manifest } from './manifest';
import { preview } from './preview';

/** The Bosnian catalogue, one file per area mirroring the English files. */
export const bs: Catalogue = {
  ...preview,
  ...manifest,
  ...interfaceLanguage,
  ...hostPage,
};
