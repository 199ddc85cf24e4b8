'use strict';
// Draws the add-in icons (assets/icon-*.png) without any image library: a deep-teal rounded square with
// rising bars and a white check mark ("plan measured, on track"). Run `node src/devtools/make-icons.js`
// after changing the design; the PNGs are committed so builds never depend on this script.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 8;
const TEAL = [11, 94, 101];
const WHITE = [255, 255, 255];
const BAR_ALPHA = 0.38;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels (Uint8Array, row-major) as a PNG file. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * width * 4, width * 4).copy(rows, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function insideRoundedRect(x, y, min, max, radius) {
  const cx = Math.min(Math.max(x, min + radius), max - radius);
  const cy = Math.min(Math.max(y, min + radius), max - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const CHECK = [
  [0.25, 0.5],
  [0.43, 0.68],
  [0.77, 0.31],
];
const BARS = [
  { x: 0.2, top: 0.6 },
  { x: 0.43, top: 0.46 },
  { x: 0.66, top: 0.3 },
];

/** Colour and opacity of the design at unit coordinates (x, y), or null outside the icon. */
function sample(x, y, size) {
  if (!insideRoundedRect(x, y, 0.03, 0.97, 0.2)) return null;
  const strokeHalf = size <= 16 ? 0.075 : 0.06;
  const onCheck =
    distanceToSegment(x, y, CHECK[0], CHECK[1]) <= strokeHalf ||
    distanceToSegment(x, y, CHECK[1], CHECK[2]) <= strokeHalf;
  if (onCheck) return WHITE;
  // The bars blur into noise at 16 px, so the smallest icon shows the check mark alone.
  const onBar = size > 16 && BARS.some((bar) => x >= bar.x && x <= bar.x + 0.14 && y >= bar.top && y <= 0.8);
  return onBar ? TEAL.map((c, i) => Math.round(c + (WHITE[i] - c) * BAR_ALPHA)) : TEAL;
}

function drawIcon(size) {
  const pixels = new Uint8Array(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
          const colour = sample((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size, size);
          if (colour === null) continue;
          covered += 1;
          colour.forEach((c, i) => (sum[i] += c));
        }
      }
      const offset = (py * size + px) * 4;
      if (covered > 0) sum.forEach((c, i) => (pixels[offset + i] = Math.round(c / covered)));
      pixels[offset + 3] = Math.round((covered / samples) * 255);
    }
  }
  return encodePng(size, size, pixels);
}

function main() {
  const assets = path.resolve(__dirname, '..', '..', 'assets');
  fs.mkdirSync(assets, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(assets, `icon-${size}.png`);
    fs.writeFileSync(file, drawIcon(size));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}x${size})`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, drawIcon };
