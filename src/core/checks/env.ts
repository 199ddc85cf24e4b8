import type { Language } from '../model/enums';
import type { PlanSettings } from '../model/plan';
import type { PlanIndex } from './planIndex';

/** What every rule module gets besides the record: the plan's settings, the lookups and the message language. */
export interface CheckEnv {
  settings: PlanSettings;
  index: PlanIndex;
  language: Language;
}
