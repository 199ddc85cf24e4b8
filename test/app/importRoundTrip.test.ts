import { applyImport } from '../../src/app/importReturns';
import { computeStatusWorkbook } from '../../src/app/computeStatusWorkbook';
import { fillReturnForm } from '../../src/devtools/fillReturnForm';
import { parseReturnedForm } from '../../src/files/returnedForm/parseReturnedForm';
import { libreOfficeResave } from '../support/libreoffice';
import { MemoryGateway } from '../support/memoryGateway';
import { exampleWithForms } from './exampleWithForms';

/**
 * Issue 8's round trip: forms generated for the example plan, filled as agencies would (exceljs; one saved
 * again by LibreOffice; typical damage), imported together, and status computed from the consolidated ledger.
 */
describe('round trip: generate, fill, resave in LibreOffice, import, status', () => {
  it('imports a LibreOffice-saved form as well as an Excel-saved one, and refuses or lists the damaged ones', async () => {
    const gateway = new MemoryGateway();
    const form = await exampleWithForms(gateway);
    const pol = await libreOfficeResave(
      await fillReturnForm(form('POL'), {
        'I4.1|value': 30,
        'I4.1|assessment': 'Off track',
        '4.1.2|implementation': 'Ongoing',
      }),
    );
    const soc = await fillReturnForm(form('SOC'), { 'I2.2|value': '12 cases', '2.1.2|implementation': 'Completed' });
    const atc = await fillReturnForm(form('ATC'), { 'I1.1|value': 2 }, (sheet) =>
      sheet.spliceRows(14, 0, ['an added row']),
    );
    const moi = await fillReturnForm(form('MOI'), {
      'I3.1|value': 'achieved',
      '2.1.1|implementation': 'Completed',
      '3.1.1|implementation': 'Ongoing',
      '2.1.2|implementation': 'Ongoing',
    });
    const parsed = [
      await parseReturnedForm(pol, 'pol.xlsx'),
      await parseReturnedForm(soc, 'soc.xlsx'),
      await parseReturnedForm(atc, 'atc.xlsx'),
      await parseReturnedForm(moi, 'moi.xlsx'),
    ];
    expect(parsed[0].kind).toBe('form');
    const result = await applyImport(gateway, parsed, {
      language: 'en',
      file: 'plan.xlsx',
      now: '2026-07-10T09:00',
      who: 'Secretariat',
      personalData: {},
      acceptValidRows: [],
    });
    expect(result.files.map((f) => [f.fileName, f.status])).toEqual([
      ['pol.xlsx', 'applied'],
      ['soc.xlsx', 'problems'],
      ['atc.xlsx', 'refused'],
      ['moi.xlsx', 'applied'],
    ]);
    expect(result.files[2].message).toMatch(/^atc\.xlsx, sheet "[^"]+": rows were added or removed/);
    const register = gateway.state.tables.NapSubmissions;
    expect(register.rows.map((row) => [row[0], row[7]])).toEqual([
      ['ATC', 'Expected'],
      ['MOI', 'Accepted'],
      ['POL', 'Accepted'],
      ['SOC', 'Expected'],
      ['PPO', 'Expected'],
    ]);
    const status = await computeStatusWorkbook(gateway, {
      language: 'en',
      file: 'plan.xlsx',
      asOf: '2026-06-30',
      write: false,
    });
    const charges = status.report.indicators.find((r) => r.code === 'I4.1')!;
    expect(charges.actual).toBe(30);
    expect(charges.selfAssessment).toEqual([
      expect.objectContaining({ agency: 'POL', period: '2026-Q2', assessment: 'offTrack' }),
    ]);
    expect(status.report.activities.find((r) => r.code === '2.1.1')?.status).toBe('done');
  }, 120_000);
});
