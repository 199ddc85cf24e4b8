import { emptyBatch } from '../../src/sheets/gateway';
import { WorkbookError } from '../../src/sheets/workbookError';
import { XlsxFileGateway } from '../../src/files/xlsxRead';
import { book, sheetXml, tableXml } from '../corpus/workbookParts';

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const rows = [
  `<row r="2">${inline('B2', 'Code')}${inline('C2', 'Value')}</row>`,
  `<row r="3">${inline('B3', '1.1')}<c r="C3"><v>5</v></c></row>`,
  `<row r="4">${inline('B4', '1.2')}</row>`,
  `<row r="5">${inline('B5', 'Total')}<c r="C5"><v>5</v></c></row>`,
].join('');

function file(attributes: string, ref = 'B2:C5'): Uint8Array {
  return book({
    sheets: [{ name: 'Data', xml: sheetXml(rows), tables: [tableXml('Items', ref, ['Code', 'Value'], attributes)] }],
  });
}

async function refusal(promise: Promise<unknown>): Promise<WorkbookError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WorkbookError) return error;
    throw error;
  }
  throw new Error('expected a WorkbookError');
}

describe('XlsxFileGateway', () => {
  it('reads a table whose file leaves out headerRowCount with its first row as the header, and drops a totals row', async () => {
    const snapshot = await XlsxFileGateway.open(file('totalsRowCount="1"'), 'a.xlsx').read({ tables: ['items'] });
    expect(snapshot.tables.Items).toMatchObject({
      name: 'Items',
      sheet: 'Data',
      top: 1,
      left: 1,
      headers: ['Code', 'Value'],
      rows: [
        ['1.1', 5],
        ['1.2', ''],
      ],
    });
  });

  it('takes the header texts from the column names of a table without a header row', async () => {
    const snapshot = await XlsxFileGateway.open(file('headerRowCount="0"', 'B3:C4'), 'a.xlsx').read({
      tables: ['Items'],
    });
    expect(snapshot.tables.Items).toMatchObject({
      top: 1,
      headers: ['Code', 'Value'],
      rows: [
        ['1.1', 5],
        ['1.2', ''],
      ],
    });
  });

  it('refuses a damaged file when it is opened, naming the file', () => {
    expect(() => XlsxFileGateway.open(new Uint8Array([80, 75, 3, 4]), 'b.xlsx')).toThrow(
      expect.objectContaining({ key: 'reader.error.notWorkbook', params: { file: 'b.xlsx' } }),
    );
  });

  it('reads and never writes: a batch is refused, and the file stays as it was', async () => {
    const bytes = file('');
    const copy = Uint8Array.from(bytes);
    const gateway = XlsxFileGateway.open(bytes, 'c.xlsx');
    const error = await refusal(
      gateway.update({ tables: [] }, (snapshot) => ({ batch: emptyBatch(snapshot), result: null })),
    );
    expect(error.key).toBe('reader.error.readOnly');
    expect(bytes).toEqual(copy);
    await expect(gateway.update({ tables: [] }, () => ({ batch: null, result: 7 }))).resolves.toEqual({
      result: 7,
      degraded: [],
    });
  });

  it('checks a selection target as Excel would', async () => {
    const gateway = XlsxFileGateway.open(file(''), 'd.xlsx');
    await expect(gateway.select({ sheet: 'data', address: 'B3' })).resolves.toBeUndefined();
    expect((await refusal(gateway.select({ sheet: 'Nowhere', address: 'B3' }))).key).toBe('error.writeFailed');
    expect((await refusal(gateway.select({ sheet: 'Data', address: 'B3:' }))).key).toBe('error.writeFailed');
  });
});
