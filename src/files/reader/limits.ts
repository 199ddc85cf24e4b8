/**
 * Caps on what the reader accepts from a file. A plan workbook or a return form is well under 1 MB zipped
 * and a few thousand cells; the caps leave orders of magnitude of room while keeping any single file within
 * about 256 MB of memory and a few seconds.
 */
export interface ReaderLimits {
  /** The file itself, zipped. */
  fileBytes: number;
  /** Entries in the zip's directory. */
  parts: number;
  /** One part, unpacked (counted while inflating, not only as declared). */
  partBytes: number;
  /** All parts together, as declared in the directory. */
  totalBytes: number;
  /** Unpacked-to-packed ratio allowed for parts larger than `ratioFromBytes`; real XML packs 5–50:1. */
  ratio: number;
  ratioFromBytes: number;
  /** XML: element nesting, attributes per element, characters in one attribute and in one text run. */
  depth: number;
  attributes: number;
  attributeLength: number;
  textLength: number;
  /** Excel's own limit on the text of one cell. */
  stringLength: number;
  sharedStrings: number;
  /** All shared strings together, in characters. */
  sharedStringChars: number;
  /** Excel's grid: rows and columns (XFD). */
  rows: number;
  columns: number;
  /** Cells holding a value, over all sheets read. */
  cells: number;
  sheets: number;
  tables: number;
  definedNames: number;
}

export const DEFAULT_READER_LIMITS: Readonly<ReaderLimits> = {
  fileBytes: 20 * 1024 * 1024,
  parts: 2_000,
  partBytes: 100 * 1024 * 1024,
  totalBytes: 300 * 1024 * 1024,
  ratio: 200,
  ratioFromBytes: 1024 * 1024,
  depth: 64,
  attributes: 64,
  attributeLength: 65_536,
  textLength: 1_048_576,
  stringLength: 32_767,
  sharedStrings: 1_000_000,
  sharedStringChars: 32 * 1024 * 1024,
  rows: 1_048_576,
  columns: 16_384,
  cells: 2_000_000,
  sheets: 1_000,
  tables: 10_000,
  definedNames: 10_000,
};
