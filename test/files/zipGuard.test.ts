import { guardXlsx } from '../../src/files/zipGuard';
import { WorkbookError } from '../../src/sheets/workbookError';
import { buildZip, minimalXlsxParts } from '../support/zipBuilder';

const FILE = 'returns/agency-7.xlsx';

async function rejection(bytes: Uint8Array): Promise<WorkbookError> {
  try {
    await guardXlsx(bytes, FILE);
  } catch (error) {
    if (error instanceof WorkbookError) return error;
    throw error;
  }
  throw new Error('the guard accepted the file');
}

describe('guardXlsx', () => {
  it('accepts a well-formed package', async () => {
    await expect(guardXlsx(buildZip(minimalXlsxParts()), FILE)).resolves.toBeUndefined();
  });

  it('refuses bytes that are not a zip, naming the file', async () => {
    const error = await rejection(new TextEncoder().encode('Code,Value\n1.1,5\n'));
    expect(error.key).toBe('error.fileNotXlsx');
    expect(error.params).toMatchObject({ file: FILE, detail: 'it is not a zip package' });
  });

  it('refuses an empty file', async () => {
    expect((await rejection(new Uint8Array(0))).key).toBe('error.fileNotXlsx');
  });

  it('tells the user to save an .xls (OLE2) file as .xlsx', async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = await rejection(ole);
    expect(error.key).toBe('files.error.oldFormat');
    expect(error.params).toEqual({ file: FILE });
  });

  it('refuses a file over 20 MB before looking inside', async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    const error = await rejection(big);
    expect(error.key).toBe('error.fileTooLarge');
    expect(error.params).toEqual({ file: FILE, limit: 20 });
  });

  it('refuses a package with too many parts', async () => {
    const parts = [
      ...minimalXlsxParts(),
      ...Array.from({ length: 2000 }, (_, i) => ({ name: `xl/media/p${i}.bin`, data: '' })),
    ];
    const error = await rejection(buildZip(parts));
    expect(error.key).toBe('files.error.tooManyParts');
    expect(error.params).toEqual({ file: FILE, limit: 2000 });
  });

  it('refuses a part that declares a huge unpacked size', async () => {
    const parts = [
      ...minimalXlsxParts(),
      { name: 'xl/worksheets/sheet1.xml', data: '<x/>', deflate: true, declaredSize: 0xfffffff0 },
    ];
    const error = await rejection(buildZip(parts));
    expect(error.key).toBe('files.error.unpacksTooLarge');
    expect(error.params).toEqual({ file: FILE, limit: 100 });
  });

  it('refuses parts that together declare more than the total cap', async () => {
    const parts = [1, 2, 3, 4].map((n) => ({
      name: `xl/worksheets/sheet${n}.xml`,
      data: '<x/>',
      deflate: true,
      declaredSize: 90 * 1024 * 1024,
      declaredCompressedSize: 1024 * 1024,
    }));
    const error = await rejection(buildZip([...minimalXlsxParts(), ...parts]));
    expect(error.key).toBe('files.error.unpacksTooLarge');
    expect(error.params).toEqual({ file: FILE, limit: 300 });
  });

  it('refuses a compression-ratio bomb by its declared sizes', async () => {
    const zeros = new Uint8Array(5 * 1024 * 1024);
    const error = await rejection(
      buildZip([...minimalXlsxParts(), { name: 'xl/worksheets/sheet1.xml', data: zeros, deflate: true }]),
    );
    expect(error.key).toBe('files.error.packedTooTightly');
    expect(error.params).toEqual({ file: FILE, part: 'xl/worksheets/sheet1.xml' });
  });

  it('refuses a part whose header understates what it unpacks to, by counting the real bytes', async () => {
    const zeros = new Uint8Array(5 * 1024 * 1024);
    const started = Date.now();
    const error = await rejection(
      buildZip([
        ...minimalXlsxParts(),
        { name: 'xl/sharedStrings.xml', data: zeros, deflate: true, declaredSize: 4096 },
      ]),
    );
    expect(error.key).toBe('files.error.packedTooTightly');
    expect(error.params).toEqual({ file: FILE, part: 'xl/sharedStrings.xml' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a truncated file', async () => {
    const whole = buildZip(minimalXlsxParts());
    const error = await rejection(whole.subarray(0, whole.length - 10));
    expect(error.key).toBe('error.fileNotXlsx');
    expect(error.params.file).toBe(FILE);
    expect(String(error.params.detail)).toMatch(/truncated/);
  });

  it('refuses a package without the workbook part', async () => {
    const error = await rejection(buildZip([minimalXlsxParts()[0], { name: 'word/document.xml', data: '<w/>' }]));
    expect(error.key).toBe('error.fileNotXlsx');
    expect(error.params.detail).toBe('the part xl/workbook.xml is missing');
  });

  it('refuses a part whose deflate data is corrupt', async () => {
    const [types] = minimalXlsxParts();
    const bytes = Uint8Array.from(buildZip([types, { name: 'xl/workbook.xml', data: 'x'.repeat(200), deflate: true }]));
    const secondHeader = 30 + types.name.length + String(types.data).length;
    const secondData = secondHeader + 30 + 'xl/workbook.xml'.length;
    bytes.fill(0xff, secondData, secondData + 4);
    const error = await rejection(bytes);
    expect(error.key).toBe('error.fileNotXlsx');
    expect(error.params.detail).toBe('the part xl/workbook.xml cannot be unpacked');
  });

  it('refuses duplicate part names, which different unzip programs resolve differently', async () => {
    const parts = minimalXlsxParts();
    const error = await rejection(buildZip([...parts, parts[1]]));
    expect(error.params.detail).toBe('the part xl/workbook.xml appears twice');
  });
});
