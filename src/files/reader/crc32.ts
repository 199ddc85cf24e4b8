const TABLE = new Int32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  TABLE[n] = c;
}

/** A running CRC-32 (the zip's checksum), fed chunk by chunk as a part is inflated. */
export class Crc32 {
  private crc = -1;

  update(chunk: Uint8Array): void {
    let crc = this.crc;
    for (let i = 0; i < chunk.length; i++) crc = TABLE[(crc ^ chunk[i]) & 0xff] ^ (crc >>> 8);
    this.crc = crc;
  }

  get value(): number {
    return (this.crc ^ -1) >>> 0;
  }
}
