import { common } from './common';
import { checks } from './checks';
import { sheets } from './sheets';
import { setup } from './setup';
import { ui } from './ui';
import { status } from './status';
import { files } from './files';
import { cli } from './cli';
import { preview } from './preview';
import { planSettings } from './planSettings';
import { statusPane } from './statusPane';
import { reader } from './reader';
import { layout } from './layout';
import { importReturns } from './import';
import { forms } from './forms';
import { report } from './report';
import { interfaceLanguage } from './interfaceLanguage';
import { hostPage } from './hostPage';
import { manifest } from './manifest';
import { guideReference } from './guideReference';

/** The English catalogue, one file per area of the product so each can grow on its own. */
export const en = {
  ...common,
  ...checks,
  ...sheets,
  ...setup,
  ...ui,
  ...files,
  ...cli,
  ...status,
  ...preview,
  ...planSettings,
  ...statusPane,
  ...reader,
  ...layout,
  ...importReturns,
  ...forms,
  ...report,
  ...interfaceLanguage,
  ...hostPage,
  ...manifest,
  ...guideReference,
} as const;
export type MessageKey = keyof typeof en;
