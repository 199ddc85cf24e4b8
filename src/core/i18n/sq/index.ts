import type { Catalogue } from '../message';
import { checks } from './checks';
import { cli } from './cli';
import { common } from './common';
import { files } from './files';
import { forms } from './forms';
import { guideReference } from './guideReference';
import { hostPage } from './hostPage';
import { importReturns } from './import';
import { interfaceLanguage } from './interfaceLanguage';
import { layout } from './layout';
import { manifest } from './manifest';
import { planSettings } from './planSettings';
import { preview } from './preview';
import { reader } from './reader';
import { report } from './report';
import { setup } from './setup';
import { sheets } from './sheets';
import { status } from './status';
import { statusPane } from './statusPane';
import { ui } from './ui';

/** The Albanian catalogue, one file per area mirroring the English files. */
export const sq: Catalogue = {
  ...common,
  ...checks,
  ...sheets,
  ...setup,
  ...ui,
  ...files,
  ...cli,
  ...status,
  ...preview,
  ...layout,
  ...importReturns,
  ...forms,
  ...report,
  ...reader,
  ...planSettings,
  ...statusPane,
  ...interfaceLanguage,
  ...hostPage,
  ...manifest,
  ...guideReference,
};
