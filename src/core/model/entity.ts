import * as z from 'zod';

/** The kinds of record a plan holds, in the order the plan holds them (findings are sorted by it). */
export const Entity = z.enum([
  'settings',
  'area',
  'agency',
  'objective',
  'indicator',
  'keyMeasure',
  'activity',
  'mePlan',
]);
export type Entity = z.infer<typeof Entity>;
