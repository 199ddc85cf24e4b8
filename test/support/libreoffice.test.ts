import { XlsxGateway } from '../../src/files/xlsxGateway';
import { emptyBatch } from '../../src/sheets/gateway';
import { libreOfficeSheets, parseCsv } from './libreoffice';

describe('the LibreOffice test reader', () => {
  it('shows cached formula results by default and its own results with recalculate', async () => {
    const gateway = XlsxGateway.empty();
    const batch = emptyBatch(await gateway.read({ tables: [] }));
    batch.createSheets.push({ name: 'Sheet A', visible: true }, { name: 'Hidden', visible: false });
    // a deliberately wrong cached result, so the two modes can be told apart
    batch.blocks.push({ sheet: 'Sheet A', top: 0, left: 0, rows: [[1, { formula: '=A1+1', result: 99 }]] });
    await gateway.write(batch);
    const bytes = await gateway.toBytes();
    expect((await libreOfficeSheets(bytes))['Sheet A']).toEqual([['1', '99']]);
    const recalculated = await libreOfficeSheets(bytes, { recalculate: true });
    expect(recalculated['Sheet A']).toEqual([['1', '2']]);
    expect(Object.keys(recalculated).sort()).toEqual(['Hidden', 'Sheet A']);
  });

  it('parses quoted fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,"b,c","say ""hi""","two\nlines"\r\n,x\n')).toEqual([
      ['a', 'b,c', 'say "hi"', 'two\nlines'],
      ['', 'x'],
    ]);
  });
});
