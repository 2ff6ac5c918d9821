/**
 * Draws Netra's icon (an eye on a blue disc: "netra" is Sanskrit/Indonesian for eye) at the
 * sizes browsers ask for, into public/icon/. Pure code, no image tools: run once after a design
 * change with `npx tsx scripts/make-icons.ts` and commit the PNGs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // 4×4 supersampling for smooth edges.
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const p = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
          r += p[0] * p[3]; g += p[1] * p[3]; b += p[2] * p[3]; a += p[3];
        }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round(a / 16);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const BLUE: [number, number, number, number] = [29, 78, 216, 255];
const WHITE: [number, number, number, number] = [255, 255, 255, 255];
const DARK: [number, number, number, number] = [15, 23, 42, 255];
const NONE: [number, number, number, number] = [0, 0, 0, 0];

function eye(x: number, y: number): [number, number, number, number] {
  const dx = x - 0.5, dy = y - 0.5;
  if (dx * dx + dy * dy > 0.25) return NONE;
  // Almond-shaped eye: inside two circles' intersection.
  const inAlmond = dx * dx + (dy + 0.36) ** 2 < 0.5 ** 2 && dx * dx + (dy - 0.36) ** 2 < 0.5 ** 2 && Math.abs(dx) < 0.36;
  if (!inAlmond) return BLUE;
  const r = Math.hypot(dx, dy);
  if (r < 0.07) return DARK;
  if (r < 0.14) return BLUE;
  return WHITE;
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, png(size, eye));
console.log('icons written to public/icon/');
