import { ReaderProblem, readWorkbookValues, type ReadResult, type WorkbookValues } from '../../../src/files/reader';
import { book, dataBook, sharedStringsXml, sheetXml, tableXml } from '../../corpus/workbookParts';

const FILE = 'returns/agency-7.xlsx';

function workbook(result: ReadResult): WorkbookValues {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result.workbook;
}

function problem(result: ReadResult): ReaderProblem {
  if (result.ok) throw new Error('the file was accepted');
  return result.problems[0];
}

const rows = (count: number) =>
  Array.from({ length: count }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');

describe('readWorkbookValues', () => {
  const twoSheets = book({
    sheets: [
      {
        name: 'Form',
        xml: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
        tables: [tableXml('Returns', 'A1:A2', ['Code'])],
      },
      {
        name: '_meta',
        xml: sheetXml('<row r="2"><c r="B2" t="inlineStr"><is><t>plan-1</t></is></c></row>'),
        state: 'veryHidden',
      },
    ],
    sharedStrings: sharedStringsXml(['Code']),
    definedNames:
      '<definedNames><definedName name="Codes" localSheetId="1" hidden="1">_meta!$B$2</definedName><definedName name="All">Form!$A:$A</definedName></definedNames>',
  });

  it('reads only the cells of the sheets the filter picks, and every sheet, table and name whatever it picks', () => {
    const seen: unknown[] = [];
    const read = workbook(
      readWorkbookValues(twoSheets, {
        fileName: FILE,
        sheets: (name, sheet) => {
          seen.push([name, sheet.state, sheet.tables]);
          return name === '_meta';
        },
      }),
    );
    expect(seen).toEqual([
      ['Form', 'visible', ['Returns']],
      ['_meta', 'veryHidden', []],
    ]);
    expect(read.sheets.map((sheet) => [sheet.name, sheet.state, sheet.loaded])).toEqual([
      ['Form', 'visible', false],
      ['_meta', 'veryHidden', true],
    ]);
    expect(read.sheets[0].value(0, 0)).toBe('');
    expect(read.sheets[1].value(1, 1)).toBe('plan-1');
    expect(read.sheets[1].bounds).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
    expect(read.tables).toEqual([
      {
        name: 'Returns',
        sheet: 'Form',
        box: { top: 0, left: 0, bottom: 1, right: 0 },
        headerRowCount: 1,
        totalsRowCount: 0,
        columnNames: ['Code'],
      },
    ]);
    expect(read.definedNames).toEqual([
      { name: 'Codes', sheet: '_meta', formula: '_meta!$B$2', hidden: true },
      { name: 'All', sheet: null, formula: 'Form!$A:$A', hidden: false },
    ]);
  });

  it('does not even inflate the shared strings when no sheet is read', () => {
    const broken = book({
      sheets: [{ name: 'Form', xml: sheetXml('') }],
      sharedStrings: sharedStringsXml(['a']).slice(0, 30),
    });
    expect(readWorkbookValues(broken, { fileName: FILE, sheets: () => false }).ok).toBe(true);
    expect(problem(readWorkbookValues(broken, { fileName: FILE })).key).toBe('reader.error.damagedPart');
  });

  it('applies lower limits given by the caller: cells, shared strings, nesting', () => {
    expect(problem(readWorkbookValues(dataBook(rows(11)), { fileName: FILE, limits: { cells: 10 } }))).toEqual({
      key: 'reader.error.tooManyCells',
      params: { file: FILE, sheet: 'Data', limit: 10 },
    });
    expect(readWorkbookValues(dataBook(rows(10)), { fileName: FILE, limits: { cells: 10 } }).ok).toBe(true);
    const strings = dataBook('', { sharedStrings: sharedStringsXml(['a', 'b', 'c']) });
    expect(problem(readWorkbookValues(strings, { fileName: FILE, limits: { sharedStrings: 2 } })).key).toBe(
      'reader.error.tooManyStrings',
    );
    expect(problem(readWorkbookValues(dataBook(rows(1)), { fileName: FILE, limits: { depth: 3 } }))).toEqual({
      key: 'reader.error.tooComplexSheet',
      params: { file: FILE, sheet: 'Data' },
    });
    expect(problem(readWorkbookValues(dataBook(rows(1)), { fileName: FILE, limits: { fileBytes: 100 } }))).toEqual({
      key: 'error.fileTooLarge',
      params: { file: FILE, limit: 100 / (1024 * 1024) },
    });
  });

  it('hands back problems as plain data that survive a trip to and from a Web Worker', () => {
    const refused = problem(readWorkbookValues(new Uint8Array([1, 2, 3]), { fileName: FILE }));
    expect(ReaderProblem.parse(structuredClone(refused))).toEqual({
      key: 'reader.error.notWorkbook',
      params: { file: FILE },
    });
  });

  it('reads the same values twice from the same bytes, and leaves the bytes as they were', () => {
    const bytes = dataBook(rows(3));
    const copy = Uint8Array.from(bytes);
    const first = workbook(readWorkbookValues(bytes, { fileName: FILE }));
    const second = workbook(readWorkbookValues(bytes, { fileName: FILE }));
    expect([0, 1, 2].map((row) => first.sheets[0].value(row, 0))).toEqual([0, 1, 2]);
    expect([0, 1, 2].map((row) => second.sheets[0].value(row, 0))).toEqual([0, 1, 2]);
    expect(bytes).toEqual(copy);
  });
});
