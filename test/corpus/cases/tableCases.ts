import type { CorpusCase } from '../corpusCase';
import { book, rel, sheetXml, tableXml, type SheetSpec } from '../workbookParts';

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const rows = [
  `<row r="1">${inline('A1', 'Code')}${inline('B1', 'Value')}</row>`,
  `<row r="2">${inline('A2', '1.1')}<c r="B2"><v>5</v></c></row>`,
  `<row r="3">${inline('A3', '1.2')}<c r="B3"><v>6</v></c></row>`,
  `<row r="4">${inline('A4', 'Total')}<c r="B4"><v>11</v></c></row>`,
].join('');
const dataSheet = (tables: string[], extra: Partial<SheetSpec> = {}): SheetSpec => ({
  name: 'Data',
  xml: sheetXml(rows),
  tables,
  ...extra,
});

const tableCase = (name: string, sheets: SheetSpec[], expectation: CorpusCase['expect']): CorpusCase => ({
  name: `table-${name}.xlsx`,
  class: 'table',
  make: book({ sheets }),
  expect: expectation,
});

/** Tables and relationships that lie: names twice, ranges past the edge, shapes that contradict themselves. */
export function tableCases(): CorpusCase[] {
  const damagedTable = (table = 'Items'): CorpusCase['expect'] => ({
    refused: 'reader.error.tableDamaged',
    params: { table, sheet: 'Data' },
  });
  return [
    tableCase('header-count-absent-means-one', [dataSheet([tableXml('Items', 'A1:B4', ['Code', 'Value'], '')])], {
      accepted: (workbook) => expect(workbook.tables[0]).toMatchObject({ headerRowCount: 1, totalsRowCount: 0 }),
    }),
    tableCase('no-header-row', [dataSheet([tableXml('Items', 'A2:B3', ['Code', 'Value'], 'headerRowCount="0"')])], {
      accepted: (workbook) =>
        expect(workbook.tables[0]).toMatchObject({
          headerRowCount: 0,
          box: { top: 1, bottom: 2 },
          columnNames: ['Code', 'Value'],
        }),
    }),
    tableCase('totals-row', [dataSheet([tableXml('Items', 'A1:B4', ['Code', 'Value'], 'totalsRowCount="1"')])], {
      accepted: (workbook) => expect(workbook.tables[0]).toMatchObject({ headerRowCount: 1, totalsRowCount: 1 }),
    }),
    tableCase(
      'name-twice',
      [
        { name: 'Early', xml: sheetXml(rows), tables: [tableXml('Items', 'A1:B4', ['Code', 'Value'])] },
        dataSheet([tableXml('Items', 'A1:B4', ['Code', 'Value'])]),
      ],
      { refused: 'reader.error.tableNameTwice', params: { table: 'Items', sheet: 'Early', otherSheet: 'Data' } },
    ),
    tableCase(
      'name-twice-other-case',
      [dataSheet([tableXml('Items', 'A1:B2', ['Code', 'Value']), tableXml('ITEMS', 'A3:B4', ['Code', 'Value'])])],
      { refused: 'reader.error.tableNameTwice', params: { table: 'ITEMS' } },
    ),
    tableCase('ref-past-xfd', [dataSheet([tableXml('Items', 'XFC1:XFE9', ['A', 'B', 'C'])])], {
      refused: 'reader.error.tableOutsideSheet',
      params: { table: 'Items', sheet: 'Data', ref: 'XFC1:XFE9' },
    }),
    tableCase('ref-past-last-row', [dataSheet([tableXml('Items', 'A1:B1048577', ['Code', 'Value'])])], {
      refused: 'reader.error.tableOutsideSheet',
      params: { ref: 'A1:B1048577' },
    }),
    tableCase('ref-to-the-last-row', [dataSheet([tableXml('Items', 'A1:B1048576', ['Code', 'Value'])])], {
      accepted: (workbook) => expect(workbook.tables[0].box).toEqual({ top: 0, left: 0, bottom: 1_048_575, right: 1 }),
    }),
    tableCase('ref-cut', [dataSheet([tableXml('Items', 'A1:', ['Code', 'Value'])])], damagedTable()),
    tableCase('ref-whole-columns', [dataSheet([tableXml('Items', 'A:B', ['Code', 'Value'])])], damagedTable()),
    tableCase('ref-other-sheet', [dataSheet([tableXml('Items', 'Other!A1:B4', ['Code', 'Value'])])], damagedTable()),
    tableCase('columns-fewer-than-ref', [dataSheet([tableXml('Items', 'A1:B4', ['Code'])])], damagedTable()),
    tableCase(
      'header-count-two',
      [dataSheet([tableXml('Items', 'A1:B4', ['Code', 'Value'], 'headerRowCount="2"')])],
      damagedTable(),
    ),
    tableCase(
      'header-and-totals-in-one-row',
      [dataSheet([tableXml('Items', 'A1:B1', ['Code', 'Value'], 'totalsRowCount="1"')])],
      damagedTable(),
    ),
    tableCase('no-name', [dataSheet([tableXml('', 'A1:B4', ['Code', 'Value'])])], {
      refused: 'reader.error.damagedPart',
      params: { part: 'xl/tables/table1.xml' },
    }),
    tableCase(
      'doctype-in-table',
      [dataSheet([`<!DOCTYPE t [<!ENTITY e "x">]>${tableXml('Items', 'A1:B4', ['Code', 'Value'])}`])],
      {
        refused: 'reader.error.forbiddenContent',
        params: { part: 'xl/tables/table1.xml' },
      },
    ),
    tableCase('column-name-escaped', [dataSheet([tableXml('Items', 'A1:B4', ['Code_x000A_', 'Value'])])], {
      accepted: (workbook) => expect(workbook.tables[0].columnNames).toEqual(['Code\n', 'Value']),
    }),
    ...(['table', 'comments', 'drawing', 'vmlDrawing', 'printerSettings'] as const).map((kind): CorpusCase =>
      tableCase(
        `dangling-${kind}-relationship`,
        [dataSheet([], { rels: [rel('rIdX', kind, `../${kind}s/missing1.xml`)] })],
        {
          refused: 'reader.error.danglingRelationship',
          params: { part: 'xl/worksheets/sheet1.xml', target: `../${kind}s/missing1.xml` },
        },
      ),
    ),
    tableCase(
      'external-hyperlink',
      [dataSheet([], { rels: [rel('rIdH', 'hyperlink', 'https://example.org/', true)] })],
      {
        accepted: (workbook) => expect(workbook.sheets[0].value(1, 1)).toBe(5),
      },
    ),
    tableCase(
      'relationship-id-twice',
      [dataSheet([], { rels: [rel('rIdH', 'hyperlink', 'a', true), rel('rIdH', 'hyperlink', 'b', true)] })],
      {
        refused: 'reader.error.damagedSheet',
        params: { sheet: 'Data' },
      },
    ),
  ];
}
