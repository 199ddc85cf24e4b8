import { checkPlanWorkbook } from '../../src/app/checkPlanWorkbook';
import { computeStatusWorkbook } from '../../src/app/computeStatusWorkbook';
import { setupPlanWorkbook } from '../../src/app/setupPlanWorkbook';
import { injectEveryFault, type FaultOutcome } from '../support/faults';

const setup = { title: 'NAP', country: 'Montenegro', periodStart: '2026-01-01', periodEnd: '2028-12-31', planId: 'p1' };

/**
 * Every fault reaches the user as a failure, the message never says nothing changed when something did (a
 * lost read may say so, truthfully), and running the action again after a fault never fails.
 */
function expectEveryFaultReported(outcomes: FaultOutcome[]): void {
  expect(outcomes.filter((outcome) => outcome.message === null)).toEqual([]);
  const misleading = outcomes.filter(
    (outcome) => outcome.changed && /nothing was changed/i.test(outcome.message ?? ''),
  );
  expect(misleading).toEqual([]);
  const rerunErrors = outcomes.filter((outcome) => outcome.rerunError);
  expect(rerunErrors.map(({ point, rerunError }) => ({ point, rerunError }))).toEqual([]);
}

/** ... and the workbook is as it was, or exactly as a clean run leaves it once the action has run again. */
function expectCompletedOrUnchanged(outcomes: FaultOutcome[], clean: FaultOutcome['after']): void {
  expectEveryFaultReported(outcomes);
  for (const outcome of outcomes)
    expect({ point: outcome.point, state: outcome.after }).toEqual({
      point: outcome.point,
      state: outcome.changed ? clean : expect.anything(),
    });
}

describe('a write that Excel stops part-way', () => {
  it('leaves set-up of the example plan unchanged or completed by running it again, at every point', async () => {
    const { clean, outcomes } = await injectEveryFault({
      arrange: async () => undefined,
      act: (gateway) => setupPlanWorkbook(gateway, { ...setup, example: true }),
    });
    expectCompletedOrUnchanged(outcomes, clean);
  }, 600_000);

  it('leaves a check unchanged or completed by running it again, at every point but one window', async () => {
    const { clean, outcomes } = await injectEveryFault({
      arrange: async (gateway) => {
        await setupPlanWorkbook(gateway, { ...setup, example: true });
      },
      act: (gateway) => checkPlanWorkbook(gateway, { language: 'en', file: 'Workbook', mark: true, writeSheet: true }),
    });
    expectEveryFaultReported(outcomes);
    // The known gap: Excel names no rule, so the registry of the rules NAP Monitor added is how a re-run knows
    // one is there. A fault after a mark rule is added and before the registry records it gives that rule a
    // twin on the same cells with the same formula (colouring the same cells the same way, or only part of
    // it). Everything else is exactly the clean result, and no rule is ever missing.
    const twinned = outcomes.filter(
      (outcome) => outcome.changed && JSON.stringify(outcome.after) !== JSON.stringify(clean),
    );
    const cellsAndFormula = (rules: string[]) => [
      ...new Set(rules.map((rule) => rule.slice(0, rule.lastIndexOf(' {')))),
    ];
    for (const outcome of twinned) {
      expect({ point: outcome.point, state: { ...outcome.after, rules: clean.rules } }).toEqual({
        point: outcome.point,
        state: clean,
      });
      expect(outcome.after.rules).toEqual(expect.arrayContaining(clean.rules));
      expect(cellsAndFormula(outcome.after.rules)).toEqual(cellsAndFormula(clean.rules));
      expect(outcome.after.rules.filter((rule) => !rule.includes('COUNTIFS(Marks!'))).toEqual(
        clean.rules.filter((rule) => !rule.includes('COUNTIFS(Marks!')),
      );
    }
    // ... and that window is one run of consecutive commands: from the first mark rule to the registry.
    const window = twinned.map((outcome) => ('command' in outcome.point ? outcome.point.command : -1));
    expect(window).toEqual(window.map((_, index) => window[0] + index));
    expect(window[0]).toBeGreaterThan(0);
  }, 600_000);

  it('leaves a status run unchanged or completed by running it again, at every point', async () => {
    const { clean, outcomes } = await injectEveryFault({
      arrange: async (gateway, workbook) => {
        await setupPlanWorkbook(gateway, { ...setup, example: true });
        workbook.setValues('Progress', 'A4:D4', [['2026', 'POL', 'I4.1', '45']]);
      },
      act: (gateway) =>
        computeStatusWorkbook(gateway, { language: 'en', file: 'Workbook', asOf: '2026-12-31', write: true }),
    });
    expectCompletedOrUnchanged(outcomes, clean);
  }, 600_000);
});
