/** Slicing-by-4 tables: four bytes per step, about three times the speed of the byte-wise loop. */
const TABLES = Array.from({ length: 4 }, () => new Int32Array(256));
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  TABLES[0][n] = c;
}
for (let n = 0; n < 256; n++) {
  for (let t = 1; t < 4; t++) TABLES[t][n] = (TABLES[t - 1][n] >>> 8) ^ TABLES[0][TABLES[t - 1][n] & 0xff];
}
const [T0, T1, T2, T3] = TABLES;

/** A running CRC-32 (the zip's checksum), fed chunk by chunk as a part is inflated. */
export class Crc32 {
  private crc = -1;

  update(chunk: Uint8Array): void {
    let crc = this.crc;
    let i = 0;
    for (const end = chunk.length - 3; i < end; i += 4) {
      crc ^= chunk[i] | (chunk[i + 1] << 8) | (chunk[i + 2] << 16) | (chunk[i + 3] << 24);
      crc = T3[crc & 0xff] ^ T2[(crc >>> 8) & 0xff] ^ T1[(crc >>> 16) & 0xff] ^ T0[crc >>> 24];
    }
    for (; i < chunk.length; i++) crc = T0[(crc ^ chunk[i]) & 0xff] ^ (crc >>> 8);
    this.crc = crc;
  }

  get value(): number {
    return (this.crc ^ -1) >>> 0;
  }
}
