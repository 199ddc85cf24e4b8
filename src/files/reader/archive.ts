import { Inflate, inflateSync } from 'fflate';
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
/**
 * Small parts are inflated at once into a buffer of their declared size (one byte more, to catch a part that
 * unpacks past it): streaming costs a growing buffer and a window copy per slice, most of the work for the
 * small parts of a form. Only parts small on both sides qualify: fflate cannot stop early, so a bomb that
 * lies about its size costs at most ~1,000 × AT_ONCE_PACKED of discarded output; larger parts stream.
 */
const AT_ONCE_PACKED = 64 * 1024;
const AT_ONCE_BYTES = 4 * MB;

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
    const damaged = () => fail('reader.error.damagedPart', { file: this.file, part: name });
    const atOnce = entry.compressedSize <= AT_ONCE_PACKED && entry.size <= AT_ONCE_BYTES;
    const unpacked = entry.method === 0 ? data : atOnce ? inflateAtOnce(data, entry.size, damaged) : null;
    if (unpacked) {
      for (let at = 0; at < unpacked.length; at += INFLATE_SLICE) take(unpacked.subarray(at, at + INFLATE_SLICE));
    } else {
      inflateInSlices(data, take, damaged);
    }
    if (count !== entry.size) damaged();
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

/** Inflates into a buffer one byte longer than declared: filling that byte means the part unpacks past it. */
function inflateAtOnce(data: Uint8Array, declared: number, damaged: () => never): Uint8Array {
  try {
    return inflateSync(data, { out: new Uint8Array(declared + 1) });
  } catch {
    return damaged();
  }
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
