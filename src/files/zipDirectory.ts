/**
 * Reads a zip's table of contents (end of central directory + central directory) straight from the bytes,
 * so sizes and counts can be checked before any unzip library allocates memory for them. Pure: no deps.
 */

const END_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_RECORD_SIZE = 22;
const CENTRAL_HEADER_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;
const MAX_COMMENT = 0xffff;

/** One file inside the zip as the central directory declares it; sizes are claims until counted. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  encrypted: boolean;
  /** CRC-32 of the unpacked data, as the directory declares it. */
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipDirectory {
  entryCount: number;
  directoryOffset: number;
  directorySize: number;
}

/** The bytes do not form a readable zip; `detail` says why, in technical English. */
export class ZipStructureError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'ZipStructureError';
  }
}

const u16 = (bytes: Uint8Array, at: number) => bytes[at] | (bytes[at + 1] << 8);
const u32 = (bytes: Uint8Array, at: number) =>
  (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;

/** Finds the end record by scanning back over the optional comment; a truncated file has none. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const lowest = Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - END_RECORD_SIZE; at >= lowest; at--) {
    if (u32(bytes, at) !== END_SIGNATURE) continue;
    if (at + END_RECORD_SIZE + u16(bytes, at + 20) !== bytes.length) continue;
    if (at >= 20 && u32(bytes, at - 20) === ZIP64_LOCATOR_SIGNATURE) {
      throw new ZipStructureError('zip64 archives are not supported');
    }
    if (u16(bytes, at + 4) !== 0 || u16(bytes, at + 6) !== 0)
      throw new ZipStructureError('split archives are not supported');
    const directory = {
      entryCount: u16(bytes, at + 10),
      directorySize: u32(bytes, at + 12),
      directoryOffset: u32(bytes, at + 16),
    };
    if (directory.directoryOffset + directory.directorySize > at) {
      throw new ZipStructureError('the table of contents points past the end of the file (truncated?)');
    }
    return directory;
  }
  throw new ZipStructureError('the end of the zip table of contents is missing (truncated file?)');
}

/** Walks the central directory; every offset is checked against the file before it is followed. */
export function readZipEntries(bytes: Uint8Array, directory: ZipDirectory): ZipEntry[] {
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  const end = directory.directoryOffset + directory.directorySize;
  let at = directory.directoryOffset;
  for (let index = 0; index < directory.entryCount; index++) {
    if (at + CENTRAL_HEADER_SIZE > end || u32(bytes, at) !== CENTRAL_SIGNATURE) {
      throw new ZipStructureError(`entry ${index + 1} of the table of contents is damaged`);
    }
    const nameLength = u16(bytes, at + 28);
    const next = at + CENTRAL_HEADER_SIZE + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (next > end) throw new ZipStructureError(`entry ${index + 1} of the table of contents is damaged`);
    entries.push({
      name: decoder.decode(bytes.subarray(at + CENTRAL_HEADER_SIZE, at + CENTRAL_HEADER_SIZE + nameLength)),
      method: u16(bytes, at + 10),
      encrypted: (u16(bytes, at + 8) & 1) === 1,
      crc: u32(bytes, at + 16),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    });
    at = next;
  }
  return entries;
}

/**
 * The compressed bytes of one entry, located through its local header, which must name the same part as the
 * directory: readers that trust one or the other would otherwise see different files in the same zip.
 */
export function entryData(bytes: Uint8Array, entry: ZipEntry, directory: ZipDirectory): Uint8Array {
  const at = entry.localOffset;
  if (at + LOCAL_HEADER_SIZE > directory.directoryOffset || u32(bytes, at) !== LOCAL_SIGNATURE) {
    throw new ZipStructureError(`the part ${entry.name} is damaged`);
  }
  const nameLength = u16(bytes, at + 26);
  const nameStart = at + LOCAL_HEADER_SIZE;
  if (nameStart + nameLength > directory.directoryOffset) {
    throw new ZipStructureError(`the part ${entry.name} is damaged`);
  }
  const localName = new TextDecoder('utf-8').decode(bytes.subarray(nameStart, nameStart + nameLength));
  if (localName !== entry.name) {
    throw new ZipStructureError(`the part ${entry.name} is named ${localName} in its own header`);
  }
  const start = nameStart + nameLength + u16(bytes, at + 28);
  if (start + entry.compressedSize > directory.directoryOffset) {
    throw new ZipStructureError(`the part ${entry.name} is cut short (truncated file?)`);
  }
  return bytes.subarray(start, start + entry.compressedSize);
}
