import ExcelJS from 'exceljs';
import { writeFeedbackCopy } from '../../../src/files/feedback/writeFeedbackCopy';
import { parseReturnedForm } from '../../../src/files/returnedForm/parseReturnedForm';
import { formFixture } from '../returnedForm/formFixture';
import { libreOfficeSheets } from '../../support/libreoffice';
import { unzipParts } from '../../support/xlsxParts';

const labels = {
  sheet: 'Problems',
  title: 'Please correct the cells marked in red',
  headers: ['Sheet', 'Cell', 'What is wrong'] as [string, string, string],
};

describe('the feedback copy of a returned form', () => {
  it('marks the wrong cells, lists the problems in front, and keeps everything the agency wrote', async () => {
    const original = await formFixture({ inputs: { '11:value': '12 cases', '18:date': '31.02.2026' } });
    const items = [
      {
        sheet: 'Form',
        cell: 'H12',
        message: 'moi.xlsx, sheet "Form", cell H12 (I1.1): "12 cases" has words next to the number.',
      },
      {
        sheet: 'Form',
        cell: 'I19',
        message: 'moi.xlsx, sheet "Form", cell I19 (1.1.1): "31.02.2026" is not a real date.',
      },
    ];
    const copy = writeFeedbackCopy(original, items, labels);

    const before = unzipParts(original);
    const after = unzipParts(copy);
    for (const [name, data] of before)
      if (
        ![
          'xl/worksheets/sheet2.xml',
          'xl/styles.xml',
          'xl/workbook.xml',
          'xl/_rels/workbook.xml.rels',
          '[Content_Types].xml',
        ].includes(name)
      )
        expect({ name, same: Buffer.from(after.get(name)!).equals(Buffer.from(data)) }).toEqual({ name, same: true });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(copy) as unknown as ExcelJS.Buffer);
    const form = workbook.getWorksheet('Form')!;
    expect(form.getCell('H12').value).toBe('12 cases');
    expect((form.getCell('H12').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect((form.getCell('I19').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(form.getCell('H13').fill).toBeUndefined();

    const again = await parseReturnedForm(copy, 'moi-corrected.xlsx');
    expect(again.kind).toBe('form');

    const sheets = await libreOfficeSheets(copy);
    expect(sheets.Problems[0][0]).toBe('Please correct the cells marked in red');
    expect(sheets.Problems.slice(2, 5).map((row) => row.slice(0, 2))).toEqual([
      ['Sheet', 'Cell'],
      ['Form', 'H12'],
      ['Form', 'I19'],
    ]);
    expect(sheets.Problems[3][2]).toContain('"12 cases" has words next to the number');
  }, 60_000);
});
