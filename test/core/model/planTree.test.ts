import { planTree } from '../../../src/core/model/planTree';
import { cleanPlan } from '../checks/planBuilder';

describe('plan tree', () => {
  it('follows parents by code identity, naming them as their own tables do', () => {
    const plan = cleanPlan();
    plan.objectives[0].code = '1.';
    plan.indicators[0].objective = ' 1';
    const tree = planTree(plan);
    expect(tree.place('indicator', 'I1.1')).toEqual({ objective: '1.', area: '1' });
    expect(tree.place('mePlan', '1.1')).toEqual({ objective: '1.', area: '1' });
    expect(tree.place('activity', '1.1.1.')).toEqual({ objective: '1.', area: '1' });
    expect(tree.ofKeyMeasure('1.1')).toEqual({ objective: '1.', area: '1' });
  });

  it('places each of two records sharing a code where its own row puts it', () => {
    const plan = cleanPlan();
    plan.activities[0].code = '2.1.2';
    plan.activities[0].keyMeasure = '2.1';
    plan.activities[1].code = '2.1.2';
    plan.activities[1].keyMeasure = '1.1';
    const tree = planTree(plan);
    expect(tree.place('activity', '2.1.2', plan.activities[0].from).area).toBe('2');
    expect(tree.place('activity', '2.1.2', plan.activities[1].from).area).toBe('1');
    expect(tree.place('activity', '2.1.2').area).toBe('2');
  });

  it('keeps the typed reference to a missing objective, with no area', () => {
    const plan = cleanPlan();
    plan.indicators[0].objective = ' 9 ';
    expect(planTree(plan).place('indicator', 'I1.1')).toEqual({ objective: '9', area: '' });
    expect(planTree(plan).place('area', '2')).toEqual({ objective: '', area: '2' });
  });
});
