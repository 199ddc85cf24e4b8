import { buildReturnForms } from '../../src/app/buildReturnForms';
import { applyImport, type ImportOptions } from '../../src/app/importReturns';
import { translator } from '../../src/core/i18n/translate';
import { fillReturnForm } from '../../src/devtools/fillReturnForm';
import { PlanFileGateway } from '../../src/files/planPatch/planFileGateway';
import { parseReturnedForm } from '../../src/files/returnedForm/parseReturnedForm';
import { XlsxGateway } from '../../src/files/xlsxGateway';
import { XlsxFileGateway } from '../../src/files/xlsxRead';
import { libreOfficeSheets } from '../support/libreoffice';
import { olderPlanBatch } from '../support/olderPlan';
import { englishExample } from '../support/examplePlan';

const plan = englishExample({ planId: 'never written' });
const options: ImportOptions = {
  language: 'en',
  file: 'old.xlsx',
  now: '2026-07-10T09:00',
  who: 'Secretariat',
  personalData: {},
  acceptValidRows: 'all',
};

async function olderPlanFile(): Promise<Uint8Array> {
  const gateway = XlsxGateway.empty('old.xlsx');
  await gateway.update({ tables: [] }, (snapshot) => ({
    batch: olderPlanBatch(snapshot, plan, translator('en')),
    result: null,
  }));
  return gateway.toBytes();
}

async function tables(bytes: Uint8Array) {
  return (await XlsxFileGateway.open(bytes, 'old.xlsx').read({ tables: ['NapProgress', 'NapSettings'] })).tables;
}

describe('a plan file set up before plan ids and the import, written by the part-preserving writer', () => {
  it('gets its plan id with the forms, then the ledger columns with the import, once; LibreOffice opens it', async () => {
    const plan = PlanFileGateway.open(await olderPlanFile(), 'old.xlsx');
    const headersBefore = (await tables(plan.toBytes())).NapProgress.headers;
    expect(headersBefore).not.toContain('Submission');
    const built = await buildReturnForms(plan, {
      language: 'en',
      file: 'old.xlsx',
      period: '2026-Q2',
      agencies: ['POL'],
      now: '2026-06-20T10:00',
      register: true,
    });
    const planId = (await tables(plan.toBytes())).NapSettings.rows.find((row) => row[0] === 'planId')?.[2];
    expect(planId).toEqual(expect.stringMatching(/\S/));
    const filled = await fillReturnForm(built.forms[0].bytes, { 'I4.1|value': 45, '4.1.2|implementation': 'Ongoing' });
    const returned = await parseReturnedForm(filled, 'POL.xlsx');

    const result = await applyImport(plan, [returned], options);
    expect(result.files.map((file) => [file.status, file.message])).toEqual([['applied', null]]);
    const ledger = (await tables(plan.toBytes())).NapProgress;
    expect(ledger.headers).toEqual([...headersBefore, 'Submission', 'Superseded by']);
    const row = ledger.rows.find((cells) => cells[0] === '2026-Q2' && cells[2] === 'I4.1')!;
    expect(row[3]).toBe(45);
    expect(row[headersBefore.length]).toEqual(expect.stringMatching(/\S/));

    const again = await applyImport(plan, [returned], options);
    expect(again.files.map((file) => file.status)).toEqual(['unchanged']);
    expect((await tables(plan.toBytes())).NapProgress.headers).toHaveLength(headersBefore.length + 2);
    expect((await tables(plan.toBytes())).NapSettings.rows.filter((cells) => cells[0] === 'planId')).toEqual([
      [expect.anything(), expect.anything(), planId],
    ]);

    const progress = (await libreOfficeSheets(plan.toBytes())).Progress;
    expect(progress[2].slice(headersBefore.length, headersBefore.length + 2)).toEqual(['Submission', 'Superseded by']);
    expect(progress.some((cells) => cells[0] === '2026-Q2' && cells[2] === 'I4.1' && cells[3] === '45')).toBe(true);
  }, 120_000);
});
