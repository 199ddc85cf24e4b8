import { Inflate } from 'fflate';
import {
  entryData,
  readZipDirectory,
  readZipEntries,
  ZipStructureError,
  type ZipDirectory,
  type ZipEntry,
} from '../zipDirectory';
import { Crc32 } from './crc32';
import type { ReaderLimits } from './limits';
import { fail } from './problem';

const MB = 1024 * 1024;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: Excel 97–2003 (.xls), and also any password-protected .xlsx. */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const REQUIRED_PARTS = ['[Content_Types].xml'];
/** Compressed bytes handed to the inflater at a time: one step can unpack to at most ~1,000 times this. */
const INFLATE_SLICE = 16 * 1024;

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, index) => bytes[index] === byte);

/**
 * A zip package vetted from its directory alone (sizes, counts, ratios), whose parts are inflated one at a
 * time on request, counted against what the directory declared and checked against their CRC.
 */
export class Archive {
  private constructor(
    private readonly bytes: Uint8Array,
    private readonly directory: ZipDirectory,
    private readonly entries: Map<string, ZipEntry>,
    readonly file: string,
  ) {}

  static open(bytes: Uint8Array, file: string, limits: ReaderLimits): Archive {
    if (bytes.length > limits.fileBytes) fail('error.fileTooLarge', { file, limit: limits.fileBytes / MB });
    if (startsWith(bytes, OLE2_MAGIC)) fail('files.error.oldFormat', { file });
    if (!startsWith(bytes, ZIP_MAGIC)) fail('reader.error.notWorkbook', { file });
    const { directory, entries } = structure(bytes, file);
    if (entries.length > limits.parts) fail('files.error.tooManyParts', { file, limit: limits.parts });
    return new Archive(bytes, directory, checkDeclared(entries, file, limits), file);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /**
   * Streams one part's unpacked bytes to `sink`. Refuses as soon as the data passes the declared size (a
   * lying header), and at the end when the size or the CRC differs (a truncated or tampered part).
   */
  read(name: string, sink: (chunk: Uint8Array) => void): void {
    const entry = this.entries.get(name);
    if (!entry) fail('reader.error.missingPart', { file: this.file, part: name });
    const data = this.located(entry);
    const crc = new Crc32();
    let count = 0;
    const take = (chunk: Uint8Array) => {
      count += chunk.length;
      if (count > entry.size) fail('files.error.packedTooTightly', { file: this.file, part: name });
      crc.update(chunk);
      sink(chunk);
    };
    if (entry.method === 0) {
      for (let at = 0; at < data.length; at += INFLATE_SLICE) take(data.subarray(at, at + INFLATE_SLICE));
    } else {
      inflateInSlices(data, take, () => fail('reader.error.damagedPart', { file: this.file, part: name }));
    }
    if (count !== entry.size) fail('reader.error.damagedPart', { file: this.file, part: name });
    if (crc.value !== entry.crc) fail('reader.error.partChanged', { file: this.file, part: name });
  }

  private located(entry: ZipEntry): Uint8Array {
    try {
      return entryData(this.bytes, entry, this.directory);
    } catch (error) {
      if (error instanceof ZipStructureError) fail('reader.error.damagedPart', { file: this.file, part: entry.name });
      throw error;
    }
  }
}

function structure(bytes: Uint8Array, file: string): { directory: ZipDirectory; entries: ZipEntry[] } {
  try {
    const directory = readZipDirectory(bytes);
    return { directory, entries: readZipEntries(bytes, directory) };
  } catch (error) {
    if (error instanceof ZipStructureError) fail('reader.error.notWorkbook', { file });
    throw error;
  }
}

function checkDeclared(entries: ZipEntry[], file: string, limits: ReaderLimits): Map<string, ZipEntry> {
  const byName = new Map<string, ZipEntry>();
  let total = 0;
  for (const entry of entries) {
    const part = entry.name;
    if (byName.has(part)) fail('reader.error.partTwice', { file, part });
    byName.set(part, entry);
    if (entry.encrypted) fail('files.error.oldFormat', { file });
    if (entry.method !== 0 && entry.method !== 8) fail('reader.error.unknownCompression', { file, part });
    if (entry.method === 0 && entry.size !== entry.compressedSize) fail('reader.error.damagedPart', { file, part });
    total += entry.size;
    if (entry.size > limits.partBytes) fail('files.error.unpacksTooLarge', { file, limit: limits.partBytes / MB });
    if (total > limits.totalBytes) fail('files.error.unpacksTooLarge', { file, limit: limits.totalBytes / MB });
    if (entry.size > limits.ratioFromBytes && entry.size > limits.ratio * Math.max(entry.compressedSize, 1))
      fail('files.error.packedTooTightly', { file, part });
  }
  for (const part of REQUIRED_PARTS) if (!byName.has(part)) fail('reader.error.notWorkbook', { file });
  return byName;
}

function inflateInSlices(data: Uint8Array, take: (chunk: Uint8Array) => void, damaged: () => never): void {
  let ended = false;
  // What the consumer throws (a refusal, an XML fault) is kept apart from fflate's own errors on bad data.
  let refusal: { error: unknown } | null = null;
  const inflater = new Inflate((chunk, final) => {
    if (final) ended = true;
    if (refusal || chunk.length === 0) return;
    try {
      take(chunk);
    } catch (error) {
      refusal = { error };
    }
  });
  for (let at = 0; at < data.length || at === 0; at += INFLATE_SLICE) {
    const last = at + INFLATE_SLICE >= data.length;
    try {
      inflater.push(data.subarray(at, at + INFLATE_SLICE), last);
    } catch {
      damaged();
    }
    if (refusal) throw (refusal as { error: unknown }).error;
    if (last) break;
  }
  if (!ended) damaged();
}
