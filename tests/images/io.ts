/** PNG and JPEG files for the picture tests and benchmark, with pure-JS codecs (pngjs, jpeg-js). */
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';
import type { Rgba } from '../../src/images/raster';

export function encodePng(img: Rgba): Buffer {
  const png = new PNG({ width: img.width, height: img.height });
  png.data = Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength);
  return PNG.sync.write(png);
}

export function encodeJpeg(img: Rgba, quality: number): Buffer {
  return jpeg.encode({ width: img.width, height: img.height, data: Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength) }, quality).data;
}

export function decode(bytes: Uint8Array): Rgba {
  if (bytes[0] === 0x89 && bytes[1] === 0x50) {
    const png = PNG.sync.read(Buffer.from(bytes));
    return { width: png.width, height: png.height, data: new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength) };
  }
  const j = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
  return { width: j.width, height: j.height, data: new Uint8ClampedArray(j.data.buffer, j.data.byteOffset, j.data.byteLength) };
}

/** Through a JPEG round trip at `quality`, as a phone or a platform recompresses a photo. */
export function jpegRoundTrip(img: Rgba, quality: number): Rgba {
  return decode(encodeJpeg(img, quality));
}
