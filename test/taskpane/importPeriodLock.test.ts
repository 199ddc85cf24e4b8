import { previewImport, type ImportOptions } from '../../src/app/importReturns';
import { readPeriodLocks, setPeriodLock, type PeriodLockOptions } from '../../src/app/periodLock';
import { registerAllLanguages } from '../../src/core/i18n/allLanguages';
import { translator } from '../../src/core/i18n/translate';
import { fillReturnForm } from '../../src/devtools/fillReturnForm';
import { OfficeGateway } from '../../src/excel/officeGateway';
import { parseReturnedForm } from '../../src/files/returnedForm/parseReturnedForm';
import { periodLockOutcome, periodStateText } from '../../src/taskpane/import/periodLockText';
import { WorkbookError } from '../../src/sheets/workbookError';
import { createFakeWorkbook, installFakeOffice, type FakeWorkbook } from '@fake-excel';
import { exampleWithForms } from '../app/exampleWithForms';

/**
 * The Import panel's period section as the pane runs it, against the strict fake of Excel: the periods with
 * their state read from the audit, closing and reopening with a reason, and what the dry run then says of a
 * form for that period. The words the pane shows come from periodLockText.
 */

const en = translator('en');
const importOptions: ImportOptions = {
  language: 'en',
  file: 'Workbook',
  now: '2026-07-10T09:00',
  who: 'Task pane',
  personalData: {},
  acceptValidRows: [],
};
const lockOptions: PeriodLockOptions = {
  language: 'en',
  file: 'Workbook',
  period: '2026-Q2',
  action: 'lock',
  who: 'Ana Petrović',
  reason: 'Report sent to parliament',
  now: '2026-07-15T08:30',
};

let workbook: FakeWorkbook;
let restore: () => void;
let gateway: OfficeGateway;
let polForm: Uint8Array;

beforeAll(() => registerAllLanguages());

beforeEach(async () => {
  workbook = createFakeWorkbook();
  restore = installFakeOffice(globalThis, workbook, { apiVersion: '1.9' });
  gateway = new OfficeGateway();
  const form = await exampleWithForms(gateway);
  polForm = await fillReturnForm(form('POL'), { 'I4.1|value': 45, '4.1.2|implementation': 'Ongoing' });
});

afterEach(() => restore());

const stateOf = async (period: string) =>
  (await readPeriodLocks(gateway, 'Workbook')).find((state) => state.period.code === period)!;

const dryRunStatus = async () =>
  (await previewImport(gateway, [await parseReturnedForm(polForm, 'pol.xlsx')], importOptions)).files[0];

describe('closing and reopening a period from the task pane', () => {
  it('lists every period of the plan, all open before anyone closes one', async () => {
    const states = await readPeriodLocks(gateway, 'Workbook');
    // The example plan runs 2026 to 2028 and reports quarterly.
    expect(states.map((state) => state.period.code)).toEqual(
      ['2026', '2027', '2028'].flatMap((year) => ['Q1', 'Q2', 'Q3', 'Q4'].map((q) => `${year}-${q}`)),
    );
    expect(states.every((state) => state.lock === null)).toBe(true);
    expect(periodStateText(states[1], en)).toBe('2026-Q2 is open: its forms can be imported.');
  });

  it('a closed period shows who closed it, when and why, and its forms are refused in the dry run', async () => {
    const result = await setPeriodLock(gateway, lockOptions);
    expect(periodLockOutcome(result, en)).toEqual({
      intent: 'success',
      lines: ['2026-Q2 closed: imports for it are refused until reopened.'],
    });
    const state = await stateOf('2026-Q2');
    expect(state.lock).toEqual({
      period: '2026-Q2',
      time: '2026-07-15T08:30',
      who: 'Ana Petrović',
      reason: 'Report sent to parliament',
    });
    expect(periodStateText(state, en)).toBe(
      '2026-Q2 was closed on 15 July 2026 by Ana Petrović. Reason: Report sent to parliament',
    );
    expect(periodStateText(state, translator('sr-Latn'))).toBe(
      'Period 2026-Q2 je zatvorio Ana Petrović dana 15. jul 2026., uz razlog: Report sent to parliament',
    );
    expect((await stateOf('2026-Q3')).lock).toBeNull();
    const refused = await dryRunStatus();
    expect(refused.status).toBe('closed');
    expect(refused.message).toContain('the period 2026-Q2 was closed');
    expect(refused.message).toContain('Reopen it with a reason first.');
  });

  it('reopening with a reason lets the same form through again; the audit keeps both lines', async () => {
    await setPeriodLock(gateway, lockOptions);
    const reopened = await setPeriodLock(gateway, {
      ...lockOptions,
      action: 'reopen',
      reason: 'Late correction from the police',
      now: '2026-07-16T10:00',
    });
    expect(periodLockOutcome(reopened, en).lines).toEqual(['2026-Q2 reopened: its forms can be imported again.']);
    expect((await stateOf('2026-Q2')).lock).toBeNull();
    expect((await dryRunStatus()).status).toBe('ready');
    const audit = workbook.table('NapAudit')!.bodyValues.map((row) => [row[1], row[2], row[3], row[11]]);
    expect(audit).toEqual([
      ['Ana Petrović', 'Period closed', '2026-Q2', 'Report sent to parliament'],
      ['Ana Petrović', 'Period reopened', '2026-Q2', 'Late correction from the police'],
    ]);
  });

  it('closing what is already closed writes nothing and says so', async () => {
    await setPeriodLock(gateway, lockOptions);
    const rows = workbook.table('NapAudit')!.bodyValues.length;
    const again = await setPeriodLock(gateway, { ...lockOptions, now: '2026-07-17T09:00' });
    expect(periodLockOutcome(again, en)).toEqual({
      intent: 'info',
      lines: ['Nothing changed: 2026-Q2 was already closed.'],
    });
    expect(workbook.table('NapAudit')!.bodyValues).toHaveLength(rows);
  });

  it('refuses a blank reason before touching the workbook', async () => {
    const attempt = setPeriodLock(gateway, { ...lockOptions, reason: '   ' });
    await expect(attempt).rejects.toBeInstanceOf(WorkbookError);
    await expect(attempt).rejects.toMatchObject({ key: 'import.error.reasonRequired' });
    expect(workbook.table('NapAudit')?.bodyValues ?? []).toEqual([]);
    expect((await stateOf('2026-Q2')).lock).toBeNull();
  });
});
