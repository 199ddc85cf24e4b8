import { deflateRawSync } from 'node:zlib';
import type { CorpusCase } from '../corpusCase';
import { book, noiseBytes, sharedStringsXml, sheetXml, withPart, type BookSpec } from '../workbookParts';

const MB = 1024 * 1024;
const rows = '<row r="1"><c r="A1"><v>7</v></c></row>';
const base: BookSpec = { sheets: [{ name: 'Data', xml: sheetXml(rows) }] };

/** Compression bombs: parts that unpack to far more than they take, declared or hidden behind a lying header. */
export function bombCases(): CorpusCase[] {
  const whitespaceSheet = (megabytes: number) => sheetXml(' '.repeat(megabytes * MB) + rows);
  // Incompressible bytes, so a large declared size keeps a believable ratio.
  const noise = noiseBytes(MB);
  const noiseDeflated = deflateRawSync(noise).length;
  const sheetPart = 'xl/worksheets/sheet1.xml';
  const noiseText = Buffer.from(noise.subarray(0, 256 * 1024)).toString('hex');
  return [
    {
      name: 'bomb-ratio-declared.xlsx',
      class: 'bomb',
      make: withPart(base, sheetPart, { data: whitespaceSheet(20) }),
      expect: { refused: 'files.error.packedTooTightly', params: { part: sheetPart } },
    },
    {
      name: 'bomb-sheet-header-understates.xlsx',
      class: 'bomb',
      make: withPart(base, sheetPart, { data: whitespaceSheet(30), declaredSize: 4096 }),
      expect: { refused: 'files.error.packedTooTightly', params: { part: sheetPart } },
    },
    {
      name: 'bomb-strings-header-understates.xlsx',
      class: 'bomb',
      make: withPart({ ...base, sharedStrings: sharedStringsXml(['x']) }, 'xl/sharedStrings.xml', {
        data: sharedStringsXml(['x'.repeat(8 * MB)]),
        declaredSize: 2048,
      }),
      expect: { refused: 'files.error.packedTooTightly', params: { part: 'xl/sharedStrings.xml' } },
    },
    {
      // Too large to be inflated at once (over 64 KB packed): it streams, and is refused as soon as it passes 4 KB.
      name: 'bomb-large-part-header-understates.xlsx',
      class: 'bomb',
      make: withPart(base, sheetPart, {
        data: sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${noiseText}</t></is></c></row>`),
        declaredSize: 4096,
      }),
      expect: { refused: 'files.error.packedTooTightly', params: { part: sheetPart } },
    },
    {
      name: 'bomb-header-overstates.xlsx',
      class: 'bomb',
      make: withPart(base, sheetPart, { declaredSize: 500_000 }),
      expect: { refused: 'reader.error.damagedSheet', params: { sheet: 'Data' } },
    },
    {
      name: 'bomb-part-declares-4-gb.xlsx',
      class: 'bomb',
      make: book({ ...base, extraParts: [{ name: 'xl/media/big.bin', data: noise, declaredSize: 0xfffffff0 }] }),
      expect: { refused: 'files.error.unpacksTooLarge', params: { limit: 100 } },
    },
    {
      name: 'bomb-parts-total-over-300-mb.xlsx',
      class: 'bomb',
      make: book({
        ...base,
        extraParts: [1, 2, 3, 4].map((n) => ({
          name: `xl/media/part${n}.bin`,
          data: noise,
          declaredSize: 90 * MB,
          declaredCompressedSize: noiseDeflated,
        })),
      }),
      expect: { refused: 'files.error.unpacksTooLarge', params: { limit: 300 } },
    },
    {
      name: 'bomb-unreferenced-99-mb-part.xlsx',
      class: 'bomb',
      // 99 MB declared at a ratio under the cap: never inflated, because nothing refers to it.
      make: book({ ...base, extraParts: [{ name: 'xl/media/unused.bin', data: noise, declaredSize: 99 * MB }] }),
      expect: { accepted: (workbook) => expect(workbook.sheets[0].value(0, 0)).toBe(7) },
    },
    {
      name: 'bomb-zip-inside-a-part.xlsx',
      class: 'bomb',
      make: book({
        ...base,
        extraParts: [
          { name: 'xl/embeddings/inner.zip', data: withPart(base, sheetPart, { data: whitespaceSheet(5) }) },
        ],
      }),
      expect: { accepted: (workbook) => expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Data']) },
    },
    {
      name: 'bomb-whitespace-2-mb-in-sheet.xlsx',
      class: 'bomb',
      // 2 MB of spaces packs far tighter than 200:1: the ratio refuses it before a byte is inflated.
      make: withPart(base, sheetPart, { data: whitespaceSheet(2) }),
      expect: { refused: 'files.error.packedTooTightly', params: { part: sheetPart } },
    },
  ];
}
