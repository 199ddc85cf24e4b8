import type { WorkbookValues } from '../../../src/files/reader';
import type { CorpusCase } from '../corpusCase';
import { book, dataBook, sharedStringsXml, sheetXml, stylesXml } from '../workbookParts';

/** A workbook with one cell A1 (`cell` is the whole `<c>` element) and date styles: s=1 is yyyy-mm-dd. */
const oneCell = (cellXml: string, extra: { strings?: string[]; date1904?: boolean } = {}) =>
  dataBook(`<row r="1">${cellXml}</row>`, {
    styles: stylesXml([0, 14, 164, 165, 166, 167], {
      164: 'dd/mm/yyyy',
      165: '0.00',
      166: '[Red]#,##0',
      167: '[h]:mm',
    }),
    sharedStrings: extra.strings ? sharedStringsXml(extra.strings) : undefined,
    workbookPr: extra.date1904 ? '<workbookPr date1904="1"/>' : undefined,
  });

const a1 = (workbook: WorkbookValues) => workbook.sheets[0].value(0, 0);
const valueCase = (name: string, make: Uint8Array, value: unknown, date?: string | null): CorpusCase => ({
  name: `value-${name}.xlsx`,
  class: 'value',
  make,
  expect: {
    accepted: (workbook) => {
      expect(a1(workbook)).toEqual(value);
      if (date !== undefined) expect(workbook.sheets[0].date(0, 0)).toBe(date);
    },
  },
});
const refusedCase = (name: string, make: Uint8Array, key: CorpusCase['expect']): CorpusCase => ({
  name: `value-${name}.xlsx`,
  class: 'value',
  make,
  expect: key,
});
const bad = (value: string): CorpusCase['expect'] => ({
  refused: 'reader.error.badValue',
  params: { sheet: 'Data', cell: 'A1', value },
});

/** Cell values of every odd kind: escapes, dates and the 1900 leap-year bug, errors, formulas, rich text. */
export function valueCases(): CorpusCase[] {
  return [
    valueCase('escape-control', oneCell('<c r="A1" t="inlineStr"><is><t>a_x001B_[31mb</t></is></c>'), 'a\u001b[31mb'),
    valueCase('escape-escaped', oneCell('<c r="A1" t="s"><v>0</v></c>', { strings: ['_x005F_x0041_'] }), '_x0041_'),
    valueCase(
      'escape-newline-shared',
      oneCell('<c r="A1" t="s"><v>0</v></c>', { strings: ['line_x000D__x000A_two'] }),
      'line\r\ntwo',
    ),
    valueCase('escape-lowercase-hex', oneCell('<c r="A1" t="str"><v>_x001b_</v></c>'), '\u001b'),
    valueCase('serial-60-is-no-date', oneCell('<c r="A1" s="1"><v>60</v></c>'), 60, null),
    valueCase('serial-59', oneCell('<c r="A1" s="1"><v>59</v></c>'), 59, '1900-02-28'),
    valueCase('serial-61', oneCell('<c r="A1" s="1"><v>61</v></c>'), 61, '1900-03-01'),
    valueCase('serial-1', oneCell('<c r="A1" s="1"><v>1</v></c>'), 1, '1900-01-01'),
    valueCase('serial-with-time', oneCell('<c r="A1" s="1"><v>46022.75</v></c>'), 46022.75, '2025-12-31'),
    valueCase('serial-past-9999', oneCell('<c r="A1" s="1"><v>2958466</v></c>'), 2958466, null),
    valueCase('serial-negative', oneCell('<c r="A1" s="1"><v>-5</v></c>'), -5, null),
    valueCase('date-1904-system', oneCell('<c r="A1" s="1"><v>0</v></c>', { date1904: true }), 0, '1904-01-01'),
    valueCase('custom-date-format', oneCell('<c r="A1" s="2"><v>46112</v></c>'), 46112, '2026-03-31'),
    valueCase('custom-number-format', oneCell('<c r="A1" s="3"><v>46112</v></c>'), 46112, null),
    valueCase('colour-number-format', oneCell('<c r="A1" s="4"><v>46112</v></c>'), 46112, null),
    valueCase('elapsed-hours-format', oneCell('<c r="A1" s="5"><v>1.5</v></c>'), 1.5, '1900-01-01'),
    valueCase('style-index-unknown', oneCell('<c r="A1" s="99"><v>46112</v></c>'), 46112, null),
    valueCase('iso-date-cell', oneCell('<c r="A1" t="d"><v>2026-03-31</v></c>'), 46112),
    valueCase('iso-date-time-cell', oneCell('<c r="A1" t="d"><v>2026-03-31T12:00:00</v></c>'), 46112.5),
    refusedCase('iso-date-impossible', oneCell('<c r="A1" t="d"><v>2026-02-30</v></c>'), bad('2026-02-30')),
    valueCase('boolean-true', oneCell('<c r="A1" t="b"><v>1</v></c>'), true),
    valueCase('boolean-false', oneCell('<c r="A1" t="b"><v>0</v></c>'), false),
    refusedCase('boolean-two', oneCell('<c r="A1" t="b"><v>2</v></c>'), bad('2')),
    valueCase('error-na', oneCell('<c r="A1" t="e"><v>#N/A</v></c>'), '#N/A'),
    valueCase('error-div0-formula', oneCell('<c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c>'), '#DIV/0!'),
    valueCase('formula-cached-number', oneCell('<c r="A1"><f>2+3</f><v>5</v></c>'), 5),
    valueCase('formula-no-cached-value', oneCell('<c r="A1"><f>2+3</f></c>'), ''),
    valueCase('formula-text-result', oneCell('<c r="A1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>'), 'ab'),
    valueCase('shared-formula', oneCell('<c r="A1"><f t="shared" si="0" ref="A1:A3">B1</f><v>4</v></c>'), 4),
    valueCase(
      'inline-rich-text-and-phonetic',
      oneCell(
        '<c r="A1" t="inlineStr"><is><r><t>Ministry </t></r><r><rPr><b/></rPr><t>of Interior</t></r><rPh sb="0" eb="1"><t>ミ</t></rPh></is></c>',
      ),
      'Ministry of Interior',
    ),
    valueCase(
      'shared-rich-text-and-phonetic',
      oneCell('<c r="A1" t="s"><v>0</v></c>', {
        strings: ['<r><t>Police</t></r><r><t xml:space="preserve"> unit</t></r><rPh><t>x</t></rPh>'],
      }),
      'Police unit',
    ),
    valueCase(
      'whitespace-kept',
      oneCell('<c r="A1" t="inlineStr"><is><t xml:space="preserve">  two  </t></is></c>'),
      '  two  ',
    ),
    valueCase('number-exponent', oneCell('<c r="A1"><v>1.5E+3</v></c>'), 1500),
    valueCase('number-negative-fraction', oneCell('<c r="A1"><v>-0.25</v></c>'), -0.25),
    valueCase('empty-value', oneCell('<c r="A1"><v></v></c>'), ''),
    valueCase('empty-shared-string', oneCell('<c r="A1" t="s"><v>0</v></c>', { strings: [''] }), ''),
    refusedCase('nan', oneCell('<c r="A1"><v>NaN</v></c>'), bad('NaN')),
    refusedCase('infinity', oneCell('<c r="A1"><v>1e999</v></c>'), bad('1e999')),
    refusedCase('hex-number', oneCell('<c r="A1"><v>0x10</v></c>'), bad('0x10')),
    refusedCase(
      'text-in-number-cell',
      oneCell(`<c r="A1"><v>${'9'.repeat(5)} apples${'!'.repeat(200)}</v></c>`),
      bad(`99999 apples${'!'.repeat(67)}…`),
    ),
    refusedCase('unknown-cell-type', oneCell('<c r="A1" t="x"><v>1</v></c>'), { refused: 'reader.error.damagedSheet' }),
    refusedCase('shared-string-out-of-range', oneCell('<c r="A1" t="s"><v>5</v></c>', { strings: ['only one'] }), {
      refused: 'reader.error.sharedStringMissing',
      params: { sheet: 'Data', cell: 'A1' },
    }),
    refusedCase('shared-string-negative', oneCell('<c r="A1" t="s"><v>-1</v></c>', { strings: ['a'] }), {
      refused: 'reader.error.sharedStringMissing',
    }),
    refusedCase('shared-string-without-part', oneCell('<c r="A1" t="s"><v>0</v></c>'), {
      refused: 'reader.error.sharedStringMissing',
      params: { cell: 'A1' },
    }),
    refusedCase(
      'shared-string-40000-characters',
      oneCell('<c r="A1" t="s"><v>0</v></c>', { strings: ['x'.repeat(40_000)] }),
      {
        refused: 'reader.error.cellTextTooLong',
        params: { sheet: 'Data', cell: 'A1', limit: 32_767 },
      },
    ),
    refusedCase(
      'inline-text-40000-characters',
      oneCell(`<c r="A1" t="inlineStr"><is><t>${'y'.repeat(40_000)}</t></is></c>`),
      {
        refused: 'reader.error.cellTextTooLong',
        params: { cell: 'A1' },
      },
    ),
    valueCase(
      'text-at-the-limit',
      oneCell(`<c r="A1" t="inlineStr"><is><t>${'z'.repeat(32_767)}</t></is></c>`),
      'z'.repeat(32_767),
    ),
    refusedCase('shared-string-5-mb', oneCell('<c r="A1" t="s"><v>0</v></c>', { strings: ['w'.repeat(5_000_000)] }), {
      refused: 'files.error.packedTooTightly',
    }),
    refusedCase('cell-twice', dataBook('<row r="1"><c r="A1"><v>1</v></c><c r="A1"><v>2</v></c></row>'), {
      refused: 'reader.error.cellTwice',
      params: { sheet: 'Data', cell: 'A1' },
    }),
    {
      name: 'value-cells-out-of-order.xlsx',
      class: 'value',
      make: dataBook(
        '<row r="2"><c r="C2"><v>3</v></c><c r="A2"><v>1</v></c></row><row r="1"><c r="B1"><v>0</v></c></row>',
      ),
      expect: {
        accepted: (workbook) => {
          const sheet = workbook.sheets[0];
          expect([sheet.value(1, 0), sheet.value(1, 2), sheet.value(0, 1), sheet.value(0, 0)]).toEqual([1, 3, 0, '']);
        },
      },
    },
    {
      name: 'value-cells-and-rows-without-references.xlsx',
      class: 'value',
      make: dataBook('<row><c><v>1</v></c><c><v>2</v></c></row><row><c/><c><v>4</v></c></row>'),
      expect: {
        accepted: (workbook) => {
          const sheet = workbook.sheets[0];
          expect([sheet.value(0, 0), sheet.value(0, 1), sheet.value(1, 0), sheet.value(1, 1)]).toEqual([1, 2, '', 4]);
        },
      },
    },
    {
      name: 'value-sheet-name-with-bidi-override.xlsx',
      class: 'value',
      make: book({ sheets: [{ name: 'Data\u202Egpj.exe', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }] }),
      expect: { accepted: (workbook) => expect(workbook.sheets[0].name).toBe('Data\u202Egpj.exe') },
    },
  ];
}
