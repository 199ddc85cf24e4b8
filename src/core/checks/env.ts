import type { PlanSettings } from '../model/plan';
import type { PlanIndex } from './planIndex';

/** What every rule module gets besides the record: the plan's settings, and the lookups. */
export interface CheckEnv {
  settings: PlanSettings;
  index: PlanIndex;
}
