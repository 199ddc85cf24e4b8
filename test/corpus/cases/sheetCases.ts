import type { CorpusCase } from '../corpusCase';
import { book, dataBook, rel, sharedStringsXml, sheetXml } from '../workbookParts';

const cell = '<row r="1"><c r="A1"><v>7</v></c></row>';
const outside = (ref: string): CorpusCase['expect'] => ({
  refused: 'reader.error.cellOutsideSheet',
  params: { sheet: 'Data', cell: ref },
});

const sheetCase = (
  name: string,
  rows: string,
  expectation: CorpusCase['expect'],
  before = '',
  after = '',
): CorpusCase => ({
  name: `sheet-${name}.xlsx`,
  class: 'sheet',
  make: book({ sheets: [{ name: 'Data', xml: sheetXml(rows, before, after) }] }),
  expect: expectation,
});

/** Huge and degenerate sheets: cells past the grid, lying dimensions, whole-sheet ranges, odd sheet lists. */
export function sheetCases(): CorpusCase[] {
  const longName = 'N'.repeat(10_000);
  return [
    sheetCase('column-past-xfd', '<row r="1"><c r="XFE1"><v>1</v></c></row>', outside('XFE1')),
    sheetCase('column-2-billion', '<row r="1"><c r="FXSHRXW1"><v>1</v></c></row>', outside('FXSHRXW1')),
    sheetCase('row-past-1048576', '<row r="1048577"><c r="A1048577"><v>1</v></c></row>', outside('A1048577')),
    sheetCase('row-number-only-past-grid', '<row r="2000000000"><c><v>1</v></c></row>', outside('A2000000000')),
    sheetCase('cell-ref-nonsense', '<row r="1"><c r="1A"><v>1</v></c></row>', { refused: 'reader.error.damagedSheet' }),
    sheetCase('row-zero', '<row r="0"><c><v>1</v></c></row>', { refused: 'reader.error.damagedSheet' }),
    sheetCase('last-cell-of-the-grid', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>', {
      accepted: (workbook) => {
        expect(workbook.sheets[0].value(1_048_575, 16_383)).toBe(1);
        expect(workbook.sheets[0].bounds).toEqual({ top: 1_048_575, left: 16_383, bottom: 1_048_575, right: 16_383 });
      },
    }),
    sheetCase(
      'cols-to-2-billion',
      cell,
      { accepted: (workbook) => expect(workbook.sheets[0].value(0, 0)).toBe(7) },
      '<cols><col min="1" max="2000000000" width="9"/></cols>',
    ),
    sheetCase(
      'dimension-lies',
      cell,
      { accepted: (workbook) => expect(workbook.sheets[0].bounds).toEqual({ top: 0, left: 0, bottom: 0, right: 0 }) },
      '<dimension ref="A1:XFD1048576"/>',
    ),
    sheetCase(
      'merge-whole-sheet',
      cell,
      { accepted: (workbook) => expect(workbook.sheets[0].value(0, 0)).toBe(7) },
      '',
      '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
    ),
    sheetCase(
      'validation-whole-sheet',
      cell,
      { accepted: (workbook) => expect(workbook.sheets[0].value(0, 0)).toBe(7) },
      '',
      '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
    ),
    sheetCase(
      'conditional-format-whole-sheet',
      cell,
      { accepted: (workbook) => expect(workbook.sheets[0].value(0, 0)).toBe(7) },
      '',
      '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>',
    ),
    {
      name: 'sheet-defined-name-whole-sheet.xlsx',
      class: 'sheet',
      make: dataBook(cell, {
        definedNames: '<definedNames><definedName name="Everything">Data!$1:$1048576</definedName></definedNames>',
      }),
      expect: {
        accepted: (workbook) =>
          expect(workbook.definedNames).toEqual([
            { name: 'Everything', sheet: null, formula: 'Data!$1:$1048576', hidden: false },
          ]),
      },
    },
    {
      name: 'sheet-1048576-empty-rows.xlsx',
      class: 'sheet',
      make: dataBook(Array.from({ length: 1_048_576 }, (_, i) => `<row r="${i + 1}"/>`).join('')),
      expect: { accepted: (workbook) => expect(workbook.sheets[0].bounds).toBeNull() },
    },
    {
      name: 'sheet-100000-rows.xlsx',
      class: 'sheet',
      make: dataBook(
        Array.from(
          { length: 100_000 },
          (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${(i * 7919) % 100_003}</v></c></row>`,
        ).join(''),
      ),
      expect: {
        accepted: (workbook) => {
          expect(workbook.sheets[0].bounds).toEqual({ top: 0, left: 0, bottom: 99_999, right: 0 });
          expect(workbook.sheets[0].value(99_999, 0)).toBe((99_999 * 7919) % 100_003);
        },
      },
    },
    {
      name: 'sheet-200000-unique-strings.xlsx',
      class: 'sheet',
      make: dataBook('<row r="1"><c r="A1" t="s"><v>199999</v></c></row>', {
        sharedStrings: sharedStringsXml(Array.from({ length: 200_000 }, (_, i) => `text ${i}`)),
      }),
      expect: { accepted: (workbook) => expect(workbook.sheets[0].value(0, 0)).toBe('text 199999') },
    },
    sheetCase('no-sheet-data', '', { accepted: (workbook) => expect(workbook.sheets[0].bounds).toBeNull() }),
    {
      name: 'sheet-name-10000-characters.xlsx',
      class: 'sheet',
      make: book({ sheets: [{ name: longName, xml: sheetXml('<row r="1"><c r="XFE1"><v>1</v></c></row>') }] }),
      expect: { refused: 'reader.error.cellOutsideSheet', params: { sheet: `${'N'.repeat(79)}…`, cell: 'XFE1' } },
    },
    {
      name: 'sheet-names-twice.xlsx',
      class: 'sheet',
      make: book({
        sheets: [
          { name: 'Data', xml: sheetXml(cell) },
          { name: 'DATA', xml: sheetXml(cell) },
        ],
      }),
      expect: { refused: 'reader.error.sheetNameTwice', params: { sheet: 'DATA' } },
    },
    {
      name: 'sheet-none.xlsx',
      class: 'sheet',
      make: book({ sheets: [] }),
      expect: { refused: 'reader.error.damagedPart', params: { part: 'xl/workbook.xml' } },
    },
    {
      name: 'sheet-states.xlsx',
      class: 'sheet',
      make: book({
        sheets: [
          { name: 'Shown', xml: sheetXml(cell) },
          { name: 'Hidden', xml: sheetXml(cell), state: 'hidden' },
          {
            name: '_meta',
            xml: sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>form v1</t></is></c></row>'),
            state: 'veryHidden',
          },
        ],
      }),
      expect: {
        accepted: (workbook) => {
          expect(workbook.sheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
            ['Shown', 'visible'],
            ['Hidden', 'hidden'],
            ['_meta', 'veryHidden'],
          ]);
          expect(workbook.sheets[2].value(0, 0)).toBe('form v1');
        },
      },
    },
    {
      name: 'sheet-unknown-state.xlsx',
      class: 'sheet',
      make: book({ sheets: [{ name: 'Data', xml: sheetXml(cell), state: 'invisible' as 'hidden' }] }),
      expect: { refused: 'reader.error.damagedPart', params: { part: 'xl/workbook.xml' } },
    },
    {
      name: 'sheet-relationship-id-missing.xlsx',
      class: 'sheet',
      make: book({
        sheets: [{ name: 'Data', xml: sheetXml(cell) }],
        edit: (name, data) => (name === 'xl/workbook.xml' ? data.replace('r:id="rId1"', 'r:id="rId9"') : data),
      }),
      expect: { refused: 'reader.error.sheetMissing', params: { sheet: 'Data' } },
    },
    {
      name: 'sheet-part-missing.xlsx',
      class: 'sheet',
      make: book({
        sheets: [{ name: 'Data', xml: sheetXml(cell) }],
        edit: (name, data) =>
          name === 'xl/_rels/workbook.xml.rels' ? data.replace('worksheets/sheet1.xml', 'worksheets/sheet7.xml') : data,
      }),
      expect: {
        refused: 'reader.error.danglingRelationship',
        params: { part: 'xl/workbook.xml', target: 'worksheets/sheet7.xml' },
      },
    },
    {
      name: 'sheet-truncated.xlsx',
      class: 'sheet',
      make: book({ sheets: [{ name: 'NAP', xml: sheetXml(cell).slice(0, 150) }] }),
      expect: { refused: 'reader.error.damagedSheet', params: { sheet: 'NAP' } },
    },
    {
      name: 'sheet-chartsheet-listed.xlsx',
      class: 'sheet',
      make: book({
        sheets: [{ name: 'Data', xml: sheetXml(cell) }],
        edit: (name, data) =>
          name === 'xl/workbook.xml'
            ? data.replace('</sheets>', '<sheet name="Chart" sheetId="9" r:id="rIdC"/></sheets>')
            : name === 'xl/_rels/workbook.xml.rels'
              ? data.replace(
                  '</Relationships>',
                  `${rel('rIdC', 'chartsheet', 'worksheets/sheet1.xml')}</Relationships>`,
                )
              : data,
      }),
      expect: {
        accepted: (workbook) =>
          expect(workbook.sheets.map((sheet) => [sheet.name, sheet.loaded])).toEqual([
            ['Data', true],
            ['Chart', false],
          ]),
      },
    },
    {
      name: 'sheet-relationship-escapes-package.xlsx',
      class: 'sheet',
      make: book({
        sheets: [{ name: 'Data', xml: sheetXml(cell) }],
        edit: (name, data) =>
          name === 'xl/_rels/workbook.xml.rels' ? data.replace('worksheets/sheet1.xml', '../../../etc/passwd') : data,
      }),
      expect: { refused: 'reader.error.danglingRelationship', params: { target: '../../../etc/passwd' } },
    },
    {
      name: 'sheet-absolute-target.xlsx',
      class: 'sheet',
      make: book({
        sheets: [{ name: 'Data', xml: sheetXml(cell) }],
        edit: (name, data) =>
          name === 'xl/_rels/workbook.xml.rels'
            ? data.replace('"worksheets/sheet1.xml"', '"/xl/worksheets/sheet1.xml"')
            : data,
      }),
      expect: { accepted: (workbook) => expect(workbook.sheets[0].value(0, 0)).toBe(7) },
    },
    {
      name: 'sheet-no-package-relationships.xlsx',
      class: 'sheet',
      make: book({
        sheets: [{ name: 'Data', xml: sheetXml(cell) }],
        edit: (name, data) => (name === '_rels/.rels' ? data.replace(/<Relationship [^>]*>/, '') : data),
      }),
      expect: { accepted: (workbook) => expect(workbook.sheets[0].value(0, 0)).toBe(7) },
    },
  ];
}
