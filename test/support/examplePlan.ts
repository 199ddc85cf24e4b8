import { examplePlan } from '../../src/core/example/examplePlan';
import { en } from '../../src/core/example/text/en';
import type { Plan, PlanSettings } from '../../src/core/model/plan';

/** Set-up options most suites start from: the guide's example plan, 2026–2028, in English. */
export const EXAMPLE_SETUP = {
  title: 'NAP',
  country: 'Montenegro',
  periodStart: '2026-01-01',
  periodEnd: '2028-12-31',
  example: true,
  planId: 'p1',
} as const;

/** The settings set-up writes for EXAMPLE_SETUP. */
export const EXAMPLE_SETTINGS: PlanSettings = {
  planId: 'p1',
  layoutVersion: 1,
  title: 'NAP',
  country: 'Montenegro',
  periodStart: '2026-01-01',
  periodEnd: '2028-12-31',
  reportingFrequency: 'quarterly',
  language: 'en',
  currency: 'EUR',
  numberLocale: 'dot',
};

/** The example plan in English, without a workbook, with settings changed where a suite needs it. */
export function englishExample(settings: Partial<PlanSettings> = {}): Plan {
  return examplePlan({ ...EXAMPLE_SETTINGS, ...settings }, en);
}
