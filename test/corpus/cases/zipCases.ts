import { buildZip } from '../../support/zipBuilder';
import type { CorpusCase } from '../corpusCase';
import { book, bookParts, dataBook, headerOffsets, patched, sheetXml } from '../workbookParts';

const FILE_LIMIT = 20 * 1024 * 1024;
const rows = '<row r="1"><c r="A1"><v>7</v></c></row>';
const good = () => dataBook(rows);
const stored = () => dataBook(rows, { stored: true });

/** Zip structure: not a zip, cut short, parts twice, lying headers, tampered data. */
export function zipCases(): CorpusCase[] {
  const whole = good();
  const truncations = [0.1, 0.25, 0.5, 0.75, 0.9, 0.99].map((share): CorpusCase => ({
    name: `zip-truncated-${Math.round(share * 100)}.xlsx`,
    class: 'zip',
    make: whole.subarray(0, Math.floor(whole.length * share)),
    expect: { refused: 'reader.error.notWorkbook' },
  }));
  const sheet = headerOffsets(stored(), 'xl/worksheets/sheet1.xml');
  return [
    { name: 'zip-empty.xlsx', class: 'zip', make: new Uint8Array(0), expect: { refused: 'reader.error.notWorkbook' } },
    {
      name: 'zip-csv-renamed.xlsx',
      class: 'zip',
      make: new TextEncoder().encode('Code,Value\n1.1,5\n'),
      expect: { refused: 'reader.error.notWorkbook' },
    },
    {
      name: 'zip-xls-ole2.xlsx',
      class: 'zip',
      make: patched(new Uint8Array(1024), (_, bytes) => bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
      expect: { refused: 'files.error.oldFormat' },
    },
    ...truncations,
    {
      name: 'zip-last-byte-missing.xlsx',
      class: 'zip',
      make: whole.subarray(0, whole.length - 1),
      expect: { refused: 'reader.error.notWorkbook' },
    },
    {
      name: 'zip-prefixed-by-junk.xlsx',
      class: 'zip',
      make: Uint8Array.from([...new TextEncoder().encode('MZ junk'), ...whole]),
      expect: { refused: 'reader.error.notWorkbook' },
    },
    {
      name: 'zip-with-comment.xlsx',
      class: 'zip',
      make: patched(Uint8Array.from([...whole, ...new TextEncoder().encode('a comment')]), (view, bytes) =>
        view.setUint16(bytes.length - 9 - 2, 9, true),
      ),
      expect: { accepted: (workbook) => expect(workbook.sheets[0].value(0, 0)).toBe(7) },
    },
    {
      name: 'zip-no-content-types.xlsx',
      class: 'zip',
      make: buildZip(bookParts({ sheets: [{ name: 'Data', xml: sheetXml(rows) }] }).slice(1)),
      expect: { refused: 'reader.error.notWorkbook' },
    },
    {
      name: 'zip-word-document.xlsx',
      class: 'zip',
      make: buildZip([bookParts({ sheets: [] })[0], { name: 'word/document.xml', data: '<w:document/>' }]),
      expect: { refused: 'reader.error.notWorkbook' },
    },
    {
      name: 'zip-part-twice.xlsx',
      class: 'zip',
      make: buildZip([
        ...bookParts({ sheets: [{ name: 'Data', xml: sheetXml(rows) }] }),
        { name: 'xl/worksheets/sheet1.xml', data: sheetXml('<row r="1"><c r="A1"><v>8</v></c></row>') },
      ]),
      expect: { refused: 'reader.error.partTwice', params: { part: 'xl/worksheets/sheet1.xml' } },
    },
    {
      name: 'zip-encrypted-flag.xlsx',
      class: 'zip',
      make: patched(stored(), (view) => view.setUint16(sheet.central + 8, 0x0801, true)),
      expect: { refused: 'files.error.oldFormat' },
    },
    {
      name: 'zip-bzip2-method.xlsx',
      class: 'zip',
      make: patched(stored(), (view) => view.setUint16(sheet.central + 10, 12, true)),
      expect: { refused: 'reader.error.unknownCompression', params: { part: 'xl/worksheets/sheet1.xml' } },
    },
    {
      name: 'zip-tampered-value-crc.xlsx',
      class: 'zip',
      // The stored sheet's 7 becomes 9: the data no longer matches the CRC the zip was saved with.
      make: patched(stored(), (_, bytes) => {
        const text = new TextDecoder('latin1').decode(bytes);
        bytes[text.indexOf('<v>7</v>') + 3] = '9'.charCodeAt(0);
      }),
      expect: { refused: 'reader.error.partChanged', params: { part: 'xl/worksheets/sheet1.xml' } },
    },
    {
      name: 'zip-local-name-differs.xlsx',
      class: 'zip',
      // The local header says sheet2.xml where the directory says sheet1.xml.
      make: patched(stored(), (_, bytes) => {
        bytes[sheet.local + 30 + 'xl/worksheets/sheet'.length] = '2'.charCodeAt(0);
      }),
      expect: { refused: 'reader.error.damagedSheet', params: { sheet: 'Data' } },
    },
    {
      name: 'zip-stored-size-mismatch.xlsx',
      class: 'zip',
      make: patched(stored(), (view) =>
        view.setUint32(sheet.central + 20, view.getUint32(sheet.central + 20, true) - 1, true),
      ),
      expect: { refused: 'reader.error.damagedPart', params: { part: 'xl/worksheets/sheet1.xml' } },
    },
    {
      name: 'zip-local-offset-past-directory.xlsx',
      class: 'zip',
      make: patched(stored(), (view) => view.setUint32(sheet.central + 42, 0x7fffffff, true)),
      expect: { refused: 'reader.error.damagedSheet', params: { sheet: 'Data' } },
    },
    {
      name: 'zip-directory-offset-past-end.xlsx',
      class: 'zip',
      make: patched(whole, (view, bytes) => view.setUint32(bytes.length - 6, 0x7fffffff, true)),
      expect: { refused: 'reader.error.notWorkbook' },
    },
    {
      name: 'zip-split-archive.xlsx',
      class: 'zip',
      make: patched(whole, (view, bytes) => view.setUint16(bytes.length - 18, 1, true)),
      expect: { refused: 'reader.error.notWorkbook' },
    },
    {
      name: 'zip-zip64-locator.xlsx',
      class: 'zip',
      make: (() => {
        const locator = new Uint8Array(20);
        new DataView(locator.buffer).setUint32(0, 0x07064b50, true);
        const end = whole.subarray(whole.length - 22);
        return Uint8Array.from([...whole.subarray(0, whole.length - 22), ...locator, ...end]);
      })(),
      expect: { refused: 'reader.error.notWorkbook' },
    },
    {
      name: 'zip-stored-parts.xlsx',
      class: 'zip',
      make: stored(),
      expect: { accepted: (workbook) => expect(workbook.sheets[0].value(0, 0)).toBe(7) },
    },
    {
      name: 'zip-deflate-garbage.xlsx',
      class: 'zip',
      make: (() => {
        const bytes = good();
        const { local } = headerOffsets(bytes, 'xl/worksheets/sheet1.xml');
        const view = new DataView(bytes.buffer);
        const start = local + 30 + view.getUint16(local + 26, true);
        return patched(bytes, (_, copy) => copy.fill(0xff, start, start + 8));
      })(),
      expect: { refused: 'reader.error.damagedSheet', params: { sheet: 'Data' } },
    },
    {
      name: 'zip-too-many-parts.xlsx',
      class: 'zip',
      make: book({
        sheets: [{ name: 'Data', xml: sheetXml(rows) }],
        extraParts: Array.from({ length: 2001 }, (_, index) => ({ name: `xl/media/p${index}.bin`, data: '' })),
      }),
      expect: { refused: 'files.error.tooManyParts', params: { limit: 2000 } },
    },
    {
      name: 'zip-over-20-mb.xlsx',
      class: 'zip',
      make: book({
        sheets: [{ name: 'Data', xml: sheetXml(rows) }],
        extraParts: [{ name: 'xl/media/padding.bin', data: new Uint8Array(FILE_LIMIT), deflate: false }],
      }),
      expect: { refused: 'error.fileTooLarge', params: { limit: 20 } },
    },
  ];
}
