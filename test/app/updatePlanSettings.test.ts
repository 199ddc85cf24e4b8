import { readPlanSettings } from '../../src/app/readPlanSettings';
import { setupPlanWorkbook } from '../../src/app/setupPlanWorkbook';
import { updatePlanSettings, type PlanSettingsChange } from '../../src/app/updatePlanSettings';
import { DEFAULT_STATUS_SETTINGS } from '../../src/core/status';
import { OfficeGateway } from '../../src/excel/officeGateway';
import { WorkbookError } from '../../src/sheets/workbookError';
import { createFakeWorkbook, installFakeOffice, type FakeWorkbook } from '@fake-excel';

const setup = { title: 'NAP', country: 'Montenegro', periodStart: '2026-01-01', periodEnd: '2028-12-31', planId: 'p1' };
const options = { language: 'en' as const, file: 'Workbook' };

let workbook: FakeWorkbook;
let gateway: OfficeGateway;
let restore: () => void;
beforeEach(() => {
  workbook = createFakeWorkbook();
  restore = installFakeOffice(globalThis, workbook, { apiVersion: '1.20' });
  gateway = new OfficeGateway();
});
afterEach(() => restore());

/** The value column of the settings table, by key. */
function settingCells(): Record<string, unknown> {
  const table = workbook.table('NapSettings')!;
  return Object.fromEntries(table.bodyValues.map((row) => [row[0], row[2]]));
}

async function current(): Promise<PlanSettingsChange> {
  const read = await readPlanSettings(gateway, options.file);
  const { title, country, periodStart, periodEnd, reportingFrequency, language } = read!.plan;
  return { title, country, periodStart, periodEnd, reportingFrequency, language, thresholds: read!.thresholds };
}

describe('reading the plan settings', () => {
  it('finds none in a workbook without a plan, in one run of Excel (a read and its closing sync)', async () => {
    workbook.resetSyncCount();
    await expect(readPlanSettings(gateway, options.file)).resolves.toBeNull();
    expect(workbook.syncCount).toBe(2);
  });

  it('reads the plan and the thresholds in force', async () => {
    await setupPlanWorkbook(gateway, setup);
    const read = await readPlanSettings(gateway, options.file);
    expect(read?.plan).toMatchObject({
      country: 'Montenegro',
      periodEnd: '2028-12-31',
      reportingFrequency: 'quarterly',
    });
    expect(read?.thresholds).toEqual(DEFAULT_STATUS_SETTINGS);
  });
});

describe('updatePlanSettings', () => {
  it('changes the settings and the thresholds in two syncs, rewriting only what changed', async () => {
    await setupPlanWorkbook(gateway, setup);
    const before = settingCells();
    const unchanged = await current();
    workbook.resetSyncCount();
    const result = await updatePlanSettings(
      gateway,
      {
        ...unchanged,
        country: 'Serbia',
        periodEnd: '2029-12-31',
        reportingFrequency: 'semiannual',
        thresholds: { ...DEFAULT_STATUS_SETTINGS, onTrack: 0.9, atRiskCountsAsOffTrack: false },
      },
      options,
    );
    expect(workbook.syncCount).toBe(2);
    expect(result.changed).toEqual([
      'Country',
      'Plan period ends (YYYY-MM-DD)',
      'Reporting frequency',
      'Status: on track from this share of the expected progress',
      'Status: count "at risk" as off track in the On/Off columns',
    ]);
    expect(result.message).toContain('Saved in the Settings sheet: Country,');
    const after = settingCells();
    expect(after).toEqual({
      ...before,
      country: 'Serbia',
      periodEnd: '2029-12-31',
      reportingFrequency: 'Semi-annual',
      'status.onTrack': '90%',
      'status.atRiskCountsAsOffTrack': 'No',
    });
    const read = await readPlanSettings(gateway, options.file);
    expect(read?.plan.reportingFrequency).toBe('semiannual');
    expect(read?.thresholds).toMatchObject({ onTrack: 0.9, atRiskCountsAsOffTrack: false });
  });

  it("changes the workbook's language, written as the language names itself", async () => {
    await setupPlanWorkbook(gateway, setup);
    const result = await updatePlanSettings(gateway, { ...(await current()), language: 'sr-Latn' }, options);
    expect(result.changed).toEqual(['Language']);
    expect(settingCells().language).toBe('Srpski (latinica)');
    await expect(readPlanSettings(gateway, options.file)).resolves.toMatchObject({ plan: { language: 'sr-Latn' } });
  });

  it('finds a setting by its key wherever its row has moved', async () => {
    await setupPlanWorkbook(gateway, setup);
    const table = workbook.table('NapSettings')!;
    const rows = table.bodyValues;
    const titleRow = rows.findIndex((row) => row[0] === 'title');
    const countryRow = rows.findIndex((row) => row[0] === 'country');
    // Swap the title and country rows, as a user sorting the table would.
    const top = Number(/\d+/.exec(table.address)![0]);
    workbook.setValues('Settings', `A${top + 1 + titleRow}:C${top + 1 + titleRow}`, [rows[countryRow]]);
    workbook.setValues('Settings', `A${top + 1 + countryRow}:C${top + 1 + countryRow}`, [rows[titleRow]]);
    await updatePlanSettings(gateway, { ...(await current()), title: 'New title' }, options);
    expect(settingCells()).toMatchObject({ title: 'New title', country: 'Montenegro' });
  });

  it('writes nothing when nothing changed, and says so', async () => {
    await setupPlanWorkbook(gateway, setup);
    const change = await current();
    const before = settingCells();
    workbook.resetSyncCount();
    const result = await updatePlanSettings(gateway, change, options);
    expect(result).toEqual({
      changed: [],
      message: 'The Settings sheet already holds these values. Nothing was changed.',
    });
    expect(workbook.syncCount).toBe(2);
    expect(settingCells()).toEqual(before);
  });

  it('refuses bad values before touching the workbook', async () => {
    await setupPlanWorkbook(gateway, setup);
    const before = settingCells();
    const valid = await current();
    await expect(updatePlanSettings(gateway, { ...valid, periodEnd: '2025-12-31' }, options)).rejects.toThrow(
      'ends before it starts',
    );
    const invalid = await updatePlanSettings(gateway, { ...valid, periodEnd: '2027-02-30' }, options).catch((e) => e);
    expect(invalid).toBeInstanceOf(WorkbookError);
    expect(invalid.params).toEqual({ setting: 'Plan period ends (YYYY-MM-DD)' });
    const thresholds = await updatePlanSettings(
      gateway,
      { ...valid, thresholds: { ...valid.thresholds, offTrack: 0.95 } },
      options,
    ).catch((e) => e);
    expect(thresholds.params).toEqual({ setting: 'Status: off track below this share of the expected progress' });
    expect(settingCells()).toEqual(before);
  });

  it('says which row is missing and writes nothing when the sheet lost one', async () => {
    await setupPlanWorkbook(gateway, setup);
    const table = workbook.table('NapSettings')!;
    const countryRow = table.bodyValues.findIndex((row) => row[0] === 'country');
    const top = Number(/\d+/.exec(table.address)![0]);
    workbook.setValues('Settings', `A${top + 1 + countryRow}`, [['']]);
    const before = settingCells();
    const error = await updatePlanSettings(
      gateway,
      { ...(await current()), title: 'Changed', country: 'Serbia' },
      options,
    ).catch((e) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error.key).toBe('settings.error.missingRow');
    expect(error.params).toMatchObject({ sheet: 'Settings', key: 'country' });
    expect(settingCells()).toEqual(before);
  });

  it('says the workbook has no plan yet', async () => {
    const error = await updatePlanSettings(
      gateway,
      { ...setup, reportingFrequency: 'quarterly', language: 'en', thresholds: DEFAULT_STATUS_SETTINGS },
      options,
    ).catch((e) => e);
    expect(error.key).toBe('error.notPlanWorkbook');
  });
});
