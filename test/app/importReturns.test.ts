import { applyImport, previewImport, type ImportOptions } from '../../src/app/importReturns';
import { computeStatusWorkbook } from '../../src/app/computeStatusWorkbook';
import { parseReturnedForm } from '../../src/files/returnedForm/parseReturnedForm';
import { MemoryGateway } from '../support/memoryGateway';
import { exampleWithForms } from './exampleWithForms';
import { fillReturnForm } from '../../src/devtools/fillReturnForm';

const base: ImportOptions = {
  language: 'en',
  file: 'plan.xlsx',
  now: '2026-07-10T09:00',
  who: 'Secretariat',
  personalData: {},
  acceptValidRows: [],
};

async function planWithForms() {
  const gateway = new MemoryGateway();
  return { gateway, form: await exampleWithForms(gateway) };
}

const table = (gateway: MemoryGateway, name: string) => {
  const t = gateway.state.tables[name];
  return t.rows.map((row) => Object.fromEntries(t.headers.map((h, i) => [h, row[i]])));
};

describe('import of returned forms into the plan workbook', () => {
  it('dry run, then apply: ledger rows with their submission, register filled in, audit line; again changes nothing', async () => {
    const { gateway, form } = await planWithForms();
    const filled = await fillReturnForm(form('POL'), {
      'I4.1|value': 45,
      'I4.1|assessment': 'On track',
      'I4.1|comment': 'Two cases',
    });
    const parsed = [await parseReturnedForm(filled, 'pol.xlsx')];
    const dry = await previewImport(gateway, parsed, base);
    expect(dry.files[0]).toMatchObject({ status: 'problems', agency: 'POL', period: '2026-Q2', added: 1 });
    expect(dry.files[0].problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringMatching(/^pol\.xlsx, sheet "[^"]+", cell H\d+ \(4\.1\.2\): this value is required/),
      }),
    ]);
    const writes = gateway.batches.length;
    const result = await applyImport(gateway, parsed, { ...base, acceptValidRows: 'all' });
    expect(gateway.batches.length).toBe(writes + 1);
    expect(result.files[0]).toMatchObject({ status: 'applied' });
    const ledger = table(gateway, 'NapProgress').filter((row) => row.Agency === 'POL');
    expect(ledger.find((row) => row.Code === 'I4.1')).toMatchObject({
      Period: '2026-Q2',
      Value: 45,
      "Agency's assessment": 'On track',
      Submission: expect.stringMatching(/^2026-Q2-POL-/),
      'Superseded by': '',
    });
    const register = table(gateway, 'NapSubmissions').find((row) => row.Agency === 'POL')!;
    expect(register).toMatchObject({
      State: 'Accepted with warnings',
      File: 'pol.xlsx',
      'SHA-256': parsed[0].sha256,
      Received: base.now,
      'On time': 'On time',
    });
    expect(table(gateway, 'NapAudit')).toEqual([
      expect.objectContaining({ Action: 'Import', Who: 'Secretariat', File: 'pol.xlsx' }),
    ]);
    const again = await applyImport(gateway, parsed, { ...base, acceptValidRows: 'all', now: '2026-07-11T09:00' });
    expect(again.files[0].status).toBe('unchanged');
    expect(gateway.batches.length).toBe(writes + 1);
  });

  it('supersedes an earlier submission, and status reads the consolidated ledger at once', async () => {
    const { gateway, form } = await planWithForms();
    const first = await parseReturnedForm(
      await fillReturnForm(form('POL'), { 'I4.1|value': 20, '4.1.2|implementation': 'Ongoing' }),
      'pol-1.xlsx',
    );
    await applyImport(gateway, [first], base);
    const second = await parseReturnedForm(
      await fillReturnForm(form('POL'), { 'I4.1|value': 60, '4.1.2|implementation': 'Ongoing' }),
      'pol-2.xlsx',
    );
    const dry = await previewImport(gateway, [second], { ...base, now: '2026-07-20T09:00' });
    expect(dry.files[0]).toMatchObject({
      status: 'ready',
      added: 0,
      changed: [{ code: 'I4.1', category: '', before: '20', after: '60' }],
    });
    const result = await applyImport(gateway, [second], { ...base, now: '2026-07-20T09:00' });
    expect(result.files[0]).toMatchObject({ status: 'applied', superseded: 2 });
    const rows = table(gateway, 'NapProgress').filter((row) => row.Agency === 'POL' && row.Code === 'I4.1');
    expect(rows.map((row) => [row.Value, row['Superseded by'] === '' ? 'current' : 'superseded'])).toEqual([
      [20, 'superseded'],
      [60, 'current'],
    ]);
    expect(
      table(gateway, 'NapSubmissions')
        .filter((row) => row.Agency === 'POL')
        .map((row) => [row.File, row.State, row['On time']]),
    ).toEqual([
      ['pol-1.xlsx', 'Superseded', 'On time'],
      ['pol-2.xlsx', 'Accepted', 'Late'],
    ]);
    expect(table(gateway, 'NapAudit').map((row) => [row.Action, row.File])).toEqual([
      ['Import', 'pol-1.xlsx'],
      ['Import', 'pol-2.xlsx'],
      ['Superseded by a resubmission', 'pol-1.xlsx'],
    ]);
    const status = await computeStatusWorkbook(gateway, {
      language: 'en',
      file: 'plan.xlsx',
      asOf: '2026-06-30',
      write: false,
    });
    const charges = status.report.indicators.find((r) => r.code === 'I4.1')!;
    expect(charges.actual).toBe(60);
  });

  it("refuses files that are not this plan's forms, and records them", async () => {
    const { gateway, form } = await planWithForms();
    const other = await planWithForms();
    const tampered = await fillReturnForm(form('SOC'), {}, (sheet) => {
      sheet.getCell('B12').value = 'A changed indicator text';
    });
    const parsed = [
      await parseReturnedForm(new TextEncoder().encode('hello'), 'notes.xlsx'),
      await parseReturnedForm(tampered, 'soc.xlsx'),
    ];
    const foreign = await parseReturnedForm(other.form('ATC'), 'atc.xlsx');
    if (foreign.kind !== 'form') throw new Error('expected a form');
    parsed.push({ ...foreign, meta: { ...foreign.meta, planId: 'another-plan' } });
    const result = await applyImport(gateway, parsed, base);
    expect(result.files.map((f) => [f.fileName, f.status])).toEqual([
      ['notes.xlsx', 'refused'],
      ['soc.xlsx', 'refused'],
      ['atc.xlsx', 'refused'],
    ]);
    expect(result.files[2].message).toBe('atc.xlsx is a return form of another plan (another-plan), not of this one.');
    expect(result.files.every((f) => f.message?.includes(f.fileName))).toBe(true);
    expect(table(gateway, 'NapAudit').map((row) => [row.Action, row.File])).toEqual([
      ['Refused', 'notes.xlsx'],
      ['Refused', 'soc.xlsx'],
      ['Refused', 'atc.xlsx'],
    ]);
    expect(table(gateway, 'NapProgress').filter((row) => row.Submission)).toEqual([]);
  });

  it('holds back a file with personal data until each flag is removed or confirmed', async () => {
    const { gateway, form } = await planWithForms();
    const bytes = await fillReturnForm(form('POL'), {
      'I4.1|value': 3,
      'I4.1|comment': 'Victim A.B., born 12.03.2004, call 064/123-4567',
      '4.1.2|implementation': 'Completed',
    });
    const parsed = [await parseReturnedForm(bytes, 'pol.xlsx')];
    const held = await applyImport(gateway, parsed, base);
    expect(held.files[0]).toMatchObject({ status: 'personalData' });
    const [flag] = held.files[0].personalData;
    expect(flag.message).toMatch(
      /^pol\.xlsx, sheet "[^"]+", cell P\d+ \(I4\.1\) seems to hold a date of birth, a phone number\./,
    );
    expect(table(gateway, 'NapProgress').filter((row) => row.Agency === 'POL')).toEqual([]);
    const removed = await applyImport(gateway, parsed, { ...base, personalData: { [flag.id]: 'remove' } });
    expect(removed.files[0].status).toBe('applied');
    const comment = table(gateway, 'NapProgress').find((row) => row.Code === 'I4.1' && row.Agency === 'POL')!.Comment;
    expect(comment).toBe('Victim A.B., […], call […]');
  });

  it("writes the feedback for the agency in the form's language, whatever the language of the user importing", async () => {
    const { gateway, form } = await planWithForms();
    const bytes = await fillReturnForm(form('POL'), {
      'I4.1|value': '12 cases',
      'I4.1|comment': 'Call 064/123-4567',
      '4.1.2|implementation': 'Completed',
    });
    const parsed = [await parseReturnedForm(bytes, 'pol.xlsx')];
    const dry = await previewImport(gateway, parsed, { ...base, language: 'sq' });
    const [report] = dry.files;
    expect(report.language).toBe('en');
    expect(report.problems.map((problem) => problem.message)).toEqual([expect.stringContaining('qeliza')]);
    expect(report.feedback.map((item) => item.message)).toEqual([
      expect.stringMatching(/^pol\.xlsx, sheet "[^"]+", cell H\d+ \(I4\.1\): .*12 cases/),
      expect.stringMatching(/^pol\.xlsx, sheet "[^"]+", cell P\d+ \(I4\.1\) seems to hold a phone number\./),
    ]);
    expect(report.feedback.map((item) => item.cell)).toEqual([report.problems[0].cell, report.personalData[0].cell]);
  });

  it('refuses imports into a closed period', async () => {
    const { gateway, form } = await planWithForms();
    await applyImport(
      gateway,
      [
        await parseReturnedForm(
          await fillReturnForm(form('SOC'), { 'I2.2|value': 5, '2.1.2|implementation': 'Ongoing' }),
          'soc.xlsx',
        ),
      ],
      base,
    );
    const audit = gateway.state.tables.NapAudit;
    audit.rows.push(
      audit.headers.map(
        (h) =>
          ({
            Time: '2026-07-12T10:00',
            Who: 'Coordinator',
            Action: 'Period closed',
            Period: '2026-Q2',
            Reason: 'Report sent',
          })[h] ?? '',
      ),
    );
    const late = await parseReturnedForm(
      await fillReturnForm(form('POL'), { 'I4.1|value': 1, '4.1.2|implementation': 'Ongoing' }),
      'pol.xlsx',
    );
    const result = await applyImport(gateway, [late], { ...base, now: '2026-07-13T09:00' });
    expect(result.files[0]).toMatchObject({ status: 'closed' });
    expect(result.files[0].message).toBe(
      'pol.xlsx was not imported: the period 2026-Q2 was closed on 12 July 2026 by Coordinator (Report sent). Reopen it with a reason first.',
    );
  });

  it('reports reporting rates and reminders for who is missing, in the plan language', async () => {
    const { gateway, form } = await planWithForms();
    const soc = await parseReturnedForm(
      await fillReturnForm(form('SOC'), { 'I2.2|value': 5, '2.1.2|implementation': 'Ongoing' }),
      'soc.xlsx',
    );
    const result = await previewImport(gateway, [soc], { ...base, now: '2026-07-31T09:00' });
    expect(result.rates).toEqual([
      expect.objectContaining({ period: '2026-Q2', expected: 5, received: 1, missing: ['ATC', 'MOI', 'POL', 'PPO'] }),
    ]);
    expect(result.rates[0].late).toEqual(['SOC']);
    expect(result.reminders.map((r) => r.agency)).toEqual(['ATC', 'MOI', 'POL', 'PPO']);
    expect(result.reminders[0].subject).toBe('Reminder: progress report 2026-Q2 for NAP');
  });
});
