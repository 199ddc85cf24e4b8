import { WorkbookError } from '../sheets/workbookError';
import {
  entryData,
  readZipDirectory,
  readZipEntries,
  ZipStructureError,
  type ZipDirectory,
  type ZipEntry,
} from './zipDirectory';

/**
 * Caps for a workbook we are asked to open. A plan workbook or a return form is well under 1 MB zipped and
 * a few MB unpacked; the caps leave two orders of magnitude of room and stop files built to exhaust memory.
 */
const ZIP_LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  entries: 2_000,
  entryBytes: 100 * 1024 * 1024,
  totalBytes: 300 * 1024 * 1024,
  /** Real XML packs 5–50:1; deflate tops out near 1000:1, which only padding reaches. */
  ratio: 200,
  ratioFromBytes: 1024 * 1024,
};
type ZipLimits = typeof ZIP_LIMITS;

const MB = 1024 * 1024;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: Excel 97–2003 (.xls), and also any password-protected .xlsx. */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const REQUIRED_PARTS = ['[Content_Types].xml', 'xl/workbook.xml'];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, index) => bytes[index] === byte);

/**
 * Checks that `bytes` are a sane .xlsx before any spreadsheet library touches them: the zip structure, the
 * declared sizes, and then the real unpacked sizes (counted while inflating, stopping at the declared size,
 * because a header can lie). Throws a WorkbookError naming the file; returns when the file is safe to load.
 */
export async function guardXlsx(bytes: Uint8Array, file: string): Promise<void> {
  const limits = ZIP_LIMITS;
  if (bytes.length > limits.fileBytes) {
    throw new WorkbookError(
      'error.fileTooLarge',
      { file, limit: limits.fileBytes / MB },
      `${file} is over ${limits.fileBytes} bytes`,
    );
  }
  if (startsWith(bytes, OLE2_MAGIC)) {
    throw new WorkbookError('files.error.oldFormat', { file }, `${file} is an OLE2 file (.xls or encrypted .xlsx)`);
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw notXlsx(file, 'it is not a zip package');
  try {
    const directory = readZipDirectory(bytes);
    if (directory.entryCount > limits.entries) throw tooManyParts(file, limits);
    const entries = readZipEntries(bytes, directory);
    checkDeclared(entries, file, limits);
    for (const entry of entries) await checkUnpacked(bytes, entry, directory, file);
  } catch (error) {
    if (error instanceof ZipStructureError) throw notXlsx(file, error.detail);
    throw error;
  }
}

function checkDeclared(entries: ZipEntry[], file: string, limits: ZipLimits): void {
  const names = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    if (names.has(entry.name)) throw new ZipStructureError(`the part ${entry.name} appears twice`);
    names.add(entry.name);
    if (entry.encrypted) throw new ZipStructureError(`the part ${entry.name} is encrypted`);
    if (entry.method !== 0 && entry.method !== 8)
      throw new ZipStructureError(`the part ${entry.name} uses an unknown compression`);
    if (entry.method === 0 && entry.size !== entry.compressedSize)
      throw new ZipStructureError(`the part ${entry.name} is damaged`);
    total += entry.size;
    if (entry.size > limits.entryBytes || total > limits.totalBytes) {
      const limit = (entry.size > limits.entryBytes ? limits.entryBytes : limits.totalBytes) / MB;
      throw new WorkbookError(
        'files.error.unpacksTooLarge',
        { file, limit },
        `${file}: ${entry.name} unpacks over ${limit} MB`,
      );
    }
    if (entry.size > limits.ratioFromBytes && entry.size > limits.ratio * Math.max(entry.compressedSize, 1)) {
      throw packedTooTightly(file, entry.name);
    }
  }
  for (const part of REQUIRED_PARTS) {
    if (!names.has(part)) throw new ZipStructureError(`the part ${part} is missing`);
  }
}

/** Inflates one part only to count it; stops as soon as it passes what the directory declared. */
async function checkUnpacked(bytes: Uint8Array, entry: ZipEntry, directory: ZipDirectory, file: string): Promise<void> {
  const data = entryData(bytes, entry, directory);
  if (entry.method === 0) return;
  const inflater = new DecompressionStream('deflate-raw');
  const writer = inflater.writable.getWriter();
  // The bytes come from a file read into an ordinary ArrayBuffer, never a SharedArrayBuffer.
  const writing = writer.write(data as Uint8Array<ArrayBuffer>).then(() => writer.close());
  writing.catch(() => undefined);
  const reader = inflater.readable.getReader();
  let count = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      count += value.byteLength;
      if (count > entry.size) {
        await reader.cancel();
        throw packedTooTightly(file, entry.name);
      }
    }
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    throw new ZipStructureError(`the part ${entry.name} cannot be unpacked`);
  }
}

function notXlsx(file: string, detail: string): WorkbookError {
  return new WorkbookError('error.fileNotXlsx', { file, detail }, `${file} is not an .xlsx: ${detail}`);
}

function tooManyParts(file: string, limits: ZipLimits): WorkbookError {
  return new WorkbookError(
    'files.error.tooManyParts',
    { file, limit: limits.entries },
    `${file} has over ${limits.entries} parts`,
  );
}

function packedTooTightly(file: string, part: string): WorkbookError {
  return new WorkbookError(
    'files.error.packedTooTightly',
    { file, part },
    `${file}: ${part} unpacks far beyond its size`,
  );
}
