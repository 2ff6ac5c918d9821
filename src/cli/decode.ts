/**
 * Picture files for the command line: PNG and JPEG decoded in plain JavaScript (pngjs, jpeg-js),
 * turned upright by the JPEG's EXIF orientation as browsers do, so a phone photo of a banner is
 * looked at the way the extension would see it.
 */
import { readFileSync } from 'node:fs';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { Rgba } from '../images/raster';

export class PictureFileError extends Error {
  override name = 'PictureFileError';
}

/** Decodes `path`; throws PictureFileError with a sentence a user can act on. */
export function readPicture(path: string): Rgba {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new PictureFileError(code === 'ENOENT' ? `no such file: ${path}` : code === 'EISDIR' ? `${path} is a folder, not a picture` : `cannot read ${path} (${code ?? String(e)})`);
  }
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0x89504e47) {
    try {
      const png = PNG.sync.read(bytes);
      return { width: png.width, height: png.height, data: new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength) };
    } catch (e) {
      throw new PictureFileError(`${path} looks like a PNG but cannot be decoded (${(e as Error).message})`);
    }
  }
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    try {
      // jpeg-js returns the EXIF payload too; its types leave it out.
      const j = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: 100 }) as ReturnType<typeof jpeg.decode> & { exifBuffer?: Uint8Array };
      const img = { width: j.width, height: j.height, data: new Uint8ClampedArray(j.data.buffer, j.data.byteOffset, j.data.byteLength) };
      return upright(img, j.exifBuffer ? orientation(j.exifBuffer) : 1);
    } catch (e) {
      throw new PictureFileError(`${path} looks like a JPEG but cannot be decoded (${(e as Error).message})`);
    }
  }
  throw new PictureFileError(`${path} is not a PNG or JPEG picture (other formats: convert to PNG first)`);
}

/** EXIF orientation (1–8) from the APP1 payload after "Exif\0"; 1 when absent or unreadable. */
export function orientation(exif: Uint8Array): number {
  const b = Buffer.from(exif.buffer, exif.byteOffset, exif.byteLength);
  // jpeg-js leaves the second NUL of "Exif\0\0" in front of the TIFF header.
  const t = b[0] === 0 ? 1 : 0;
  if (b.length < t + 8) return 1;
  const little = b.toString('latin1', t, t + 2) === 'II';
  if (!little && b.toString('latin1', t, t + 2) !== 'MM') return 1;
  const u16 = (o: number) => (little ? b.readUInt16LE(t + o) : b.readUInt16BE(t + o));
  const u32 = (o: number) => (little ? b.readUInt32LE(t + o) : b.readUInt32BE(t + o));
  const ifd = u32(4);
  if (t + ifd + 2 > b.length) return 1;
  const n = u16(ifd);
  for (let i = 0; i < n; i++) {
    const e = ifd + 2 + i * 12;
    if (t + e + 12 > b.length) break;
    if (u16(e) === 0x0112) {
      const v = u16(e + 8);
      return v >= 1 && v <= 8 ? v : 1;
    }
  }
  return 1;
}

/** The picture as it should be seen, given its EXIF orientation. */
export function upright(img: Rgba, o: number): Rgba {
  if (o === 1) return img;
  const { width: w, height: h, data } = img;
  const swap = o >= 5;
  const W = swap ? h : w;
  const H = swap ? w : h;
  const out = new Uint8ClampedArray(W * H * 4);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      // Where the shown pixel (x, y) is stored.
      let sx: number, sy: number;
      switch (o) {
        case 2: [sx, sy] = [w - 1 - x, y]; break;
        case 3: [sx, sy] = [w - 1 - x, h - 1 - y]; break;
        case 4: [sx, sy] = [x, h - 1 - y]; break;
        case 5: [sx, sy] = [y, x]; break;
        case 6: [sx, sy] = [y, h - 1 - x]; break;
        case 7: [sx, sy] = [w - 1 - y, h - 1 - x]; break;
        default: [sx, sy] = [w - 1 - y, x]; break; // 8
      }
      out.set(data.subarray((sy * w + sx) * 4, (sy * w + sx) * 4 + 4), (y * W + x) * 4);
    }
  }
  return { width: W, height: H, data: out };
}
