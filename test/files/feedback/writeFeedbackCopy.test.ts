import ExcelJS from 'exceljs';
import { writeFeedbackCopy } from '../../../src/files/feedback/writeFeedbackCopy';
import { parseReturnedForm } from '../../../src/files/returnedForm/parseReturnedForm';
import { formFixture } from '../returnedForm/formFixture';
import { libreOfficeFlatXml, libreOfficeResave, libreOfficeSheets } from '../../support/libreoffice';
import { unzipParts } from '../../support/xlsxParts';
import { flatXmlNotes, notesOf, sheetPartsByName } from './feedbackParts';

const labels = {
  sheet: 'Problems',
  title: 'Please correct the cells marked in red',
  headers: ['Sheet', 'Cell', 'What is wrong'] as [string, string, string],
  author: 'NAP Monitor',
};

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

const damaged = { '11:value': '12 cases', '18:date': '31.02.2026' };

async function excel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** A note's text as exceljs reads it, whether plain or in runs. */
function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note as string | { texts?: { text: string }[] } | undefined;
  if (note === undefined) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((run) => run.text).join('');
}

describe('the feedback copy of a returned form', () => {
  it('marks and notes the wrong cells, lists the problems in front, and keeps everything the agency wrote', async () => {
    const original = await formFixture({ inputs: damaged });
    const copy = writeFeedbackCopy(original, items, labels);

    const before = unzipParts(original);
    const after = unzipParts(copy);
    const formPart = sheetPartsByName(after).Form;
    for (const [name, data] of before)
      if (
        ![formPart, 'xl/styles.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml'].includes(
          name,
        )
      )
        expect({ name, same: Buffer.from(after.get(name)!).equals(Buffer.from(data)) }).toEqual({ name, same: true });

    // The note parts, as Excel writes them: comments, VML boxes, the sheet's relationships and <legacyDrawing>.
    const notes = notesOf(after, formPart);
    expect(notes.comments).toEqual([
      { ref: 'H12', author: 'NAP Monitor', text: items[0].message },
      { ref: 'I19', author: 'NAP Monitor', text: items[1].message },
    ]);
    expect(notes.shapes).toEqual([
      { id: expect.any(Number), row: 11, column: 7 },
      { id: expect.any(Number), row: 18, column: 8 },
    ]);
    expect(notes.contentTypes).toEqual({ comments: true, vml: true });
    expect(notes.legacyDrawing).toBe(true);

    const workbook = await excel(copy);
    const form = workbook.getWorksheet('Form')!;
    expect(form.getCell('H12').value).toBe('12 cases');
    expect((form.getCell('H12').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect((form.getCell('I19').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(form.getCell('H13').fill).toBeUndefined();
    expect(noteText(form.getCell('H12'))).toBe(items[0].message);
    expect(noteText(form.getCell('H13'))).toBe('');

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

    // LibreOffice shows each note on the cell it belongs to.
    expect(flatXmlNotes(await libreOfficeFlatXml(copy))).toEqual([
      { cell: '12 cases', note: items[0].message },
      { cell: '31.02.2026', note: items[1].message },
    ]);
  }, 90_000);

  // exceljs reads the notes it wrote, not those LibreOffice writes: there it only has to open the copy.
  it.each([
    ['written by exceljs', (bytes: Uint8Array) => Promise.resolve(bytes), true],
    ['resaved by LibreOffice', libreOfficeResave, false],
  ])(
    "merges into the notes the agency's file already has (%s)",
    async (_, producer, excelJsReadsNotes) => {
      const original = await producer(
        await formFixture({
          inputs: damaged,
          damage: (workbook, form) => {
            form.getCell('H12').note = 'Agency: estimate';
            form.getCell('A12').note = 'Agency: see annex';
            const annex = workbook.addWorksheet('Annex').getCell('A1');
            annex.value = 'Sources';
            annex.note = 'Agency: annex note';
          },
        }),
      );
      const copy = writeFeedbackCopy(original, items, labels);
      const after = unzipParts(copy);
      const parts = sheetPartsByName(after);
      const form = notesOf(after, parts.Form);
      expect(form.comments).toEqual([
        { ref: 'A12', author: expect.any(String), text: 'Agency: see annex' },
        { ref: 'H12', author: expect.any(String), text: `Agency: estimate\n${items[0].message}` },
        { ref: 'I19', author: 'NAP Monitor', text: items[1].message },
      ]);
      // One box per note, the agency's kept.
      expect(form.shapes.map(({ row, column }) => [row, column]).sort()).toEqual([
        [11, 0],
        [11, 7],
        [18, 8],
      ]);
      const annex = notesOf(after, parts.Annex);
      expect(annex.comments).toEqual([{ ref: 'A1', author: expect.any(String), text: 'Agency: annex note' }]);
      const before = unzipParts(original);
      for (const part of annex.parts)
        expect(Buffer.from(after.get(part)!).equals(Buffer.from(before.get(part)!))).toBe(true);
      // The new box takes an id no shape of the agency's file has (exceljs gives every drawing the same ones).
      const earlierIds = Object.values(sheetPartsByName(before)).flatMap((part) =>
        notesOf(before, part).shapes.map((shape) => shape.id),
      );
      const added = form.shapes.find((shape) => shape.row === 18 && shape.column === 8)!;
      expect(earlierIds).not.toContain(added.id);
      expect(added.id).toEqual(expect.any(Number));

      const workbook = await excel(copy);
      if (excelJsReadsNotes) {
        expect(noteText(workbook.getWorksheet('Form')!.getCell('A12'))).toBe('Agency: see annex');
        expect(noteText(workbook.getWorksheet('Form')!.getCell('H12'))).toBe(`Agency: estimate\n${items[0].message}`);
        expect(noteText(workbook.getWorksheet('Annex')!.getCell('A1'))).toBe('Agency: annex note');
      }
      expect((await parseReturnedForm(copy, 'moi-corrected.xlsx')).kind).toBe('form');

      const notes = flatXmlNotes(await libreOfficeFlatXml(copy));
      expect(notes).toEqual(
        expect.arrayContaining([
          { cell: 'I1.1', note: 'Agency: see annex' },
          { cell: '12 cases', note: `Agency: estimate\n${items[0].message}` },
          { cell: '31.02.2026', note: items[1].message },
          { cell: 'Sources', note: 'Agency: annex note' },
        ]),
      );
      expect(notes).toHaveLength(4);
    },
    120_000,
  );
});
