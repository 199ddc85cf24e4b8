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

/** A colour rule of the user's own, added as Excel's UI would. */
async function addUserRule(sheet: string, address: string, formula: string): Promise<void> {
  await Excel.run(async (context) => {
    const rule = context.workbook.worksheets
      .getItem(sheet)
      .getRange(address)
      .conditionalFormats.add(Excel.ConditionalFormatType.custom);
    rule.custom.rule.formula = formula;
    rule.custom.format.fill.color = '#FFF2CC';
    await context.sync();
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

  it('leaves a check unchanged or completed by running it again, at every point, no mark rule twice', async () => {
    const { clean, outcomes } = await injectEveryFault({
      arrange: async (gateway) => {
        await setupPlanWorkbook(gateway, { ...setup, example: true });
        await addUserRule('NAP', 'A4:Q40', '=LEN($B4)>200');
      },
      act: (gateway) => checkPlanWorkbook(gateway, { language: 'en', file: 'Workbook', mark: true, writeSheet: true }),
    });
    // A re-run replaces the mark rule an interrupted run left unrecorded, and only that: the user's rule on the
    // same cells stays, at every point.
    const userRule = clean.rules.find((rule) => rule.includes('LEN($B4)'));
    expect(userRule).toBeDefined();
    expect(clean.rules.filter((rule) => rule.includes('COUNTIFS(Marks!')).length).toBeGreaterThan(0);
    for (const outcome of outcomes) expect(outcome.after.rules).toContain(userRule);
    expectCompletedOrUnchanged(outcomes, clean);
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
