import type { Page } from 'playwright-core';

const AXE = require.resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * Serious and critical violations axe finds in the task pane, with the elements at fault. One kind is left
 * out: Fluent's focus manager (tabster) puts aria-hidden, focusable <i data-tabster-dummy> at the edges of
 * groups such as the tab list, whose only job is to pass focus on at once; its maintainers call them
 * intended (microsoft/tabster#288) and Accessibility Insights suppresses them (accessibility-insights-web
 * PR #7605). Keyboard tests check that focus never rests on one.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(
      { include: [['#taskpane']] },
      { rules: { 'label-content-name-mismatch': { enabled: true } }, resultTypes: ['violations'] },
    );
    return result.violations;
  });
  return (violations as AxeViolation[])
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes
        .filter((node) => !(violation.id === 'aria-hidden-focus' && node.html.includes('data-tabster-dummy')))
        .map((node) => `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')}`),
    );
}
