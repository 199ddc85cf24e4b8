import { translate } from '../../src/core/i18n/translate';
import { OfficeGateway } from '../../src/excel/officeGateway';
import { WorkbookError } from '../../src/sheets/workbookError';
import { createFakeWorkbook, installFakeOffice, type FakeWorkbook } from '@fake-excel';

/** Where a fault hits: the Nth sync is lost before Excel gets it, or the Nth command Excel runs fails. */
export type FaultPoint = { sync: number } | { command: number };

/**
 * Everything a user could see of the workbook, in a form two workbooks can be compared by: sheets with their
 * settings and cells (formulas as written), tables, dropdowns, colour rules and charts. A rule or chart added
 * twice shows as two entries.
 */
export function workbookState(workbook: FakeWorkbook) {
  return {
    sheets: workbook.sheets().map(({ position: _position, ...sheet }) => ({
      ...sheet,
      cells: sheet.usedAddress ? workbook.formulas(sheet.name, sheet.usedAddress) : [],
    })),
    // In name order: the order Excel lists tables in is the order they were made, which nobody sees.
    tables: workbook.tables().sort((a, b) => a.name.localeCompare(b.name)),
    validations: workbook
      .validations()
      .map((v) => `${v.sheet}!${v.address} ${v.type}`)
      .sort(),
    // A rule Excel added but never gave its formula or its colours colours nothing: an interruption between
    // the commands that make a rule can leave one, and no user can see it.
    rules: workbook
      .conditionalFormats()
      .filter((rule) => Object.keys(rule.rule).length > 0 && Object.keys(rule.format).length > 0)
      .map((rule) => `${rule.sheet}!${rule.address} ${JSON.stringify(rule.rule)} ${JSON.stringify(rule.format)}`)
      .sort(),
    charts: workbook.charts().map((chart) => `${chart.sheet}!${chart.name} ${chart.source} ${chart.position.start}`),
  };
}

export interface FaultCase {
  /** The ExcelApi level of the simulated Excel. */
  apiVersion?: string;
  /** Brings a fresh workbook to the state the action starts from. */
  arrange(gateway: OfficeGateway, workbook: FakeWorkbook): Promise<void>;
  /** The action under test: a use case over the gateway. */
  act(gateway: OfficeGateway): Promise<unknown>;
  /** Which points to try, given how many syncs and commands a clean run takes; all of them by default. */
  points?(counts: { syncs: number; commands: number }): FaultPoint[];
}

export interface FaultOutcome {
  point: FaultPoint;
  /** The message the action failed with, in the user's words, or null when the fault never fired. */
  message: string | null;
  changed: boolean;
  /** Why running the action again failed, if it did. */
  rerunError: string | null;
  /** The workbook after the fault and, where it changed, after running the action again. */
  after: ReturnType<typeof workbookState>;
}

export const everyPoint = ({ syncs, commands }: { syncs: number; commands: number }): FaultPoint[] => [
  ...Array.from({ length: syncs }, (_, i) => ({ sync: i + 1 })),
  ...Array.from({ length: commands }, (_, i) => ({ command: i + 1 })),
];

/** An error in the user's words where it has them. */
const describeError = (error: unknown) =>
  error instanceof WorkbookError ? translate('en', error.key, error.params) : String(error);

async function inFreshExcel<T>(
  apiVersion: string,
  run: (gateway: OfficeGateway, workbook: FakeWorkbook) => Promise<T>,
) {
  const workbook = createFakeWorkbook();
  const restore = installFakeOffice(globalThis, workbook, { apiVersion });
  try {
    return await run(new OfficeGateway(), workbook);
  } finally {
    restore();
  }
}

/**
 * Runs the action once cleanly, to learn its result and how many syncs and commands it takes, then once per
 * point with a fault injected there. After each fault the workbook must be as it was, or else running the
 * same action again must bring it to exactly the clean result: nothing missing, nothing twice. Returns the
 * clean result and every outcome, for the caller's assertions on messages.
 */
export async function injectEveryFault(
  faultCase: FaultCase,
): Promise<{ clean: ReturnType<typeof workbookState>; outcomes: FaultOutcome[] }> {
  const apiVersion = faultCase.apiVersion ?? '1.20';
  const { clean, counts } = await inFreshExcel(apiVersion, async (gateway, workbook) => {
    await faultCase.arrange(gateway, workbook);
    workbook.injectFault({});
    await faultCase.act(gateway);
    return { clean: workbookState(workbook), counts: workbook.faultCounts };
  });
  const outcomes: FaultOutcome[] = [];
  for (const point of (faultCase.points ?? everyPoint)(counts)) {
    outcomes.push(
      await inFreshExcel(apiVersion, async (gateway, workbook) => {
        await faultCase.arrange(gateway, workbook);
        const before = workbookState(workbook);
        workbook.injectFault(point);
        const message = await faultCase.act(gateway).then(() => null, describeError);
        workbook.injectFault({});
        const changed = JSON.stringify(workbookState(workbook)) !== JSON.stringify(before);
        const rerunError = changed ? await faultCase.act(gateway).then(() => null, describeError) : null;
        return { point, message, changed, rerunError, after: workbookState(workbook) };
      }),
    );
  }
  return { clean, outcomes };
}
