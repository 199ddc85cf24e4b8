import { deflateRawSync } from 'node:zlib';

/** One part of a hand-built zip; the `declared*` fields let a test make the table of contents lie. */
export interface ZipPart {
  name: string;
  data: Uint8Array | string;
  deflate?: boolean;
  declaredSize?: number;
  declaredCompressedSize?: number;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

class Bytes {
  private readonly chunks: number[] = [];
  u16(value: number) {
    this.chunks.push(value & 0xff, (value >>> 8) & 0xff);
    return this;
  }
  u32(value: number) {
    return this.u16(value & 0xffff).u16((value >>> 16) & 0xffff);
  }
  raw(data: Uint8Array) {
    for (const byte of data) this.chunks.push(byte);
    return this;
  }
  get length() {
    return this.chunks.length;
  }
  toUint8Array() {
    return Uint8Array.from(this.chunks);
  }
}

/** A minimal zip writer (stored or deflated parts, no zip64) for crafting good and hostile test files. */
export function buildZip(parts: ZipPart[]): Uint8Array {
  const body = new Bytes();
  const directory = new Bytes();
  const encoder = new TextEncoder();
  for (const part of parts) {
    const raw = typeof part.data === 'string' ? encoder.encode(part.data) : part.data;
    const stored = part.deflate ? new Uint8Array(deflateRawSync(raw)) : raw;
    const name = encoder.encode(part.name);
    const method = part.deflate ? 8 : 0;
    const size = part.declaredSize ?? raw.length;
    const compressed = part.declaredCompressedSize ?? stored.length;
    const offset = body.length;
    const crc = crc32(raw);
    body.u32(0x04034b50).u16(20).u16(0x0800).u16(method).u16(0).u16(0).u32(crc).u32(compressed).u32(size);
    body.u16(name.length).u16(0).raw(name).raw(stored);
    directory.u32(0x02014b50).u16(20).u16(20).u16(0x0800).u16(method).u16(0).u16(0).u32(crc).u32(compressed).u32(size);
    directory.u16(name.length).u16(0).u16(0).u16(0).u16(0).u32(0).u32(offset).raw(name);
  }
  const end = new Bytes()
    .u32(0x06054b50)
    .u16(0)
    .u16(0)
    .u16(parts.length)
    .u16(parts.length)
    .u32(directory.length)
    .u32(body.length)
    .u16(0);
  return Uint8Array.from([...body.toUint8Array(), ...directory.toUint8Array(), ...end.toUint8Array()]);
}

/** The two parts every .xlsx must have, enough to pass the structural checks. */
export function minimalXlsxParts(): ZipPart[] {
  return [
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    },
    { name: 'xl/workbook.xml', data: '<?xml version="1.0"?><workbook/>', deflate: true },
  ];
}
