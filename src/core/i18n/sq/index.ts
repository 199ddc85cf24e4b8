import type { Catalogue } from '../message';
import { hostPage } from './hostPage';
import { interfaceLanguage } from './interfaceLanguage';
import { manifest } from './manifest';
import { preview } from './preview';

/** The Albanian catalogue, one file per area mirroring the English files. */
export const sq: Catalogue = {
  ...preview,
  ...manifest,
  ...interfaceLanguage,
  ...hostPage,
};
