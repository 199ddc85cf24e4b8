import { INDICATOR_COLUMNS, LISTS_SHEET_NAME, META_SHEET_NAME, inputCells } from '../../../src/sheets/returnForm';
import { libreOfficeResave, libreOfficeSheets } from '../../support/libreoffice';
import { partText } from '../../support/xlsxParts';
import { parseA1Range } from '../../../src/files/a1Range';
import { cellAddress } from '../../../src/sheets/layout';

function covers(range: string, address: string): boolean {
  const box = parseA1Range(range);
  const cell = parseA1Range(address);
  return (
    !!box && !!cell && cell.top >= box.top && cell.top <= box.bottom && cell.left >= box.left && cell.left <= box.right
  );
}
import { exampleForm, loadWithExcelJs, readBack } from './exampleForms';

jest.setTimeout(120_000);

const column = (key: string) => INDICATOR_COLUMNS.find((c) => c.key === key)!.column;

describe('return forms in LibreOffice', () => {
  it('opens a generated form with its sheets and prefilled values', async () => {
    const { bytes, meta } = await exampleForm('POL');
    const sheets = await libreOfficeSheets(bytes);
    expect(Object.keys(sheets)).toEqual(expect.arrayContaining(['Instructions', 'Progress report']));
    const indicator = meta.rows.find((row) => row.kind === 'indicator')!;
    expect(sheets['Progress report'][indicator.row].slice(0, 4)).toEqual([
      'I4.1',
      expect.stringContaining('criminal charges'),
      'criminal charges a year',
      '48',
    ]);
  });

  it('keeps protection, unlocked inputs, validations and hidden sheets when LibreOffice saves the form', async () => {
    const { bytes, meta } = await exampleForm('SOC');
    const resaved = await libreOfficeResave(bytes);
    // exceljs misreads LibreOffice's "true"/"false" attributes, so the parts are read as text here.
    const states = Object.fromEntries(
      [...partText(resaved, 'xl/workbook.xml').matchAll(/<sheet name="([^"]+)"[^>]*state="(\w+)"/g)].map((m) => [
        m[1],
        m[2],
      ]),
    );
    // LibreOffice 7.4 has no "very hidden": it saves both sheets as hidden, which the importer must accept.
    expect(states).toMatchObject({ [LISTS_SHEET_NAME]: 'hidden', [META_SHEET_NAME]: 'hidden' });
    const form = partText(resaved, 'xl/worksheets/sheet2.xml');
    expect(form).toMatch(/<sheetProtection sheet="(true|1)"/);
    expect(partText(resaved, 'xl/worksheets/sheet4.xml')).toMatch(/<sheetProtection sheet="(true|1)"/);
    const xfs = partText(resaved, 'xl/styles.xml').split('<cellXfs')[1].split('</cellXfs>')[0].split('<xf ').slice(1);
    const locked = (address: string) => {
      const style = Number(new RegExp(`<c r="${address}" s="(\\d+)"`).exec(form)?.[1] ?? 0);
      return !/<protection[^>]*locked="(false|0)"/.test(xfs[style]);
    };
    const validation = (address: string) =>
      [...form.matchAll(/<dataValidation [^>]*sqref="([^"]+)"[^>]*type="(\w+)"/g)].find((m) =>
        m[1].split(' ').some((range) => covers(range, address)),
      )?.[2];
    const ratio = meta.rows.find((row) => row.kind === 'indicator' && row.entry === 'ratio')!;
    const at = (key: string) => cellAddress(ratio.row, column(key));
    expect(locked(at('numerator'))).toBe(false);
    expect(locked(at('code'))).toBe(true);
    expect(validation(at('numerator'))).toBe('decimal');
    expect(validation(at('assessment'))).toBe('list');
    expect(form).toContain('NapFormLists');
  });

  it('reads back a form filled in and saved by LibreOffice: values, metadata and digest', async () => {
    const { bytes, meta } = await exampleForm('SOC');
    const workbook = await loadWithExcelJs(bytes);
    const sheet = workbook.getWorksheet('Progress report')!;
    const ratio = meta.rows.find((row) => row.kind === 'indicator' && row.entry === 'ratio')!;
    const activity = meta.rows.find((row) => row.kind === 'activity')!;
    sheet.getCell(ratio.row + 1, column('numerator') + 1).value = 130;
    sheet.getCell(ratio.row + 1, column('denominator') + 1).value = 1200;
    sheet.getCell(ratio.row + 1, column('assessment') + 1).value = 'On track';
    const status = inputCells(activity).find((cell) => cell.kind === 'implementation')!;
    sheet.getCell(activity.row + 1, status.column + 1).value = 'Ongoing';
    const filled = new Uint8Array(await workbook.xlsx.writeBuffer());

    const back = await readBack(await libreOfficeResave(filled), 'SOC-returned.xlsx');
    expect(back.meta).toEqual(meta);
    expect(back.digest).toBe(meta.digest);
    expect(back.value(ratio.row, column('numerator'))).toBe(130);
    expect(back.value(ratio.row, column('denominator'))).toBe(1200);
    expect(back.value(ratio.row, column('assessment'))).toBe('On track');
    expect(back.value(activity.row, status.column)).toBe('Ongoing');
  });

  it('notices a prefilled cell changed in LibreOffice through the digest', async () => {
    const { bytes, meta } = await exampleForm('POL');
    const workbook = await loadWithExcelJs(bytes);
    const indicator = meta.rows.find((row) => row.kind === 'indicator')!;
    workbook.getWorksheet('Progress report')!.getCell(indicator.row + 1, column('endTarget') + 1).value = '+5%';
    const back = await readBack(await libreOfficeResave(new Uint8Array(await workbook.xlsx.writeBuffer())));
    expect(back.digest).not.toBe(meta.digest);
  });
});
