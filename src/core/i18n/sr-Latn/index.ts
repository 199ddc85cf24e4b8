import type { Catalogue } from '../message';
import { hostPage } from './hostPage';
import { interfaceLanguage } from './interfaceLanguage';
import { manifest } from './manifest';
import { preview } from './preview';

/** The Serbian (Latin script) catalogue, one file per area mirroring the English files. */
export const srLatn: Catalogue = {
  ...preview,
  ...manifest,
  ...interfaceLanguage,
  ...hostPage,
};
