import type { Plan } from './plan';

export type PlanEntity =
  'settings' | 'area' | 'agency' | 'objective' | 'indicator' | 'keyMeasure' | 'activity' | 'mePlan';

/**
 * The strategic area a record belongs to, following its parents (activity → key measure → objective →
 * area); '' when a parent is missing. Used to group findings and statuses by area.
 */
export function areaResolver(plan: Plan): (entity: PlanEntity, code: string) => string {
  const objectiveArea = new Map(plan.objectives.map((objective) => [objective.code, objective.area]));
  const measureObjective = new Map(plan.keyMeasures.map((measure) => [measure.code, measure.objective]));
  const indicatorObjective = new Map(plan.indicators.map((indicator) => [indicator.code, indicator.objective]));
  const activityMeasure = new Map(plan.activities.map((activity) => [activity.code, activity.keyMeasure]));
  const ofObjective = (code: string | undefined) => (code === undefined ? '' : (objectiveArea.get(code) ?? ''));
  return (entity, code) => {
    switch (entity) {
      case 'area':
        return code;
      case 'objective':
        return ofObjective(code);
      case 'indicator':
      case 'mePlan':
        return ofObjective(indicatorObjective.get(code));
      case 'keyMeasure':
        return ofObjective(measureObjective.get(code));
      case 'activity':
        return ofObjective(measureObjective.get(activityMeasure.get(code) ?? ''));
      default:
        return '';
    }
  };
}
