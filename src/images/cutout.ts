/**
 * An agency's or a user's own logo, handed over as one picture: what of it is matched (the
 * background cut away, trimmed to the emblem) and whether it can serve as a logo at all.
 */
import { BINS, hog } from './hog';
import { crop, resize, type Rgba } from './raster';
import { CELL, FINE } from './grid';

/**
 * Logos often arrive as a JPEG or an opaque PNG on white (or one flat colour). Kept as it is, the
 * square around the emblem becomes part of the template and is looked for in photos where the
 * emblem is printed without it. When the border is one colour, everything of that colour
 * connected to the border is made transparent, as if the logo had come on transparency.
 */
export function cutBackground(img: Rgba): Rgba {
  const { width: w, height: h, data } = img;
  if (w < 3 || h < 3) return img;
  const border: number[] = [];
  for (let x = 0; x < w; x++) border.push(x, (h - 1) * w + x);
  for (let y = 1; y < h - 1; y++) border.push(y * w, y * w + w - 1);
  let transparent = 0;
  for (const i of border) if (data[i * 4 + 3]! < 250) transparent++;
  // Already on transparency (or mostly): the alpha channel says what the logo is.
  if (transparent > border.length * 0.5) return img;
  const channel = (k: number) => border.map((i) => data[i * 4 + k]!).sort((a, b) => a - b)[border.length >> 1]!;
  const bg = [channel(0), channel(1), channel(2)] as const;
  const near = (i: number, tol: number) => Math.max(Math.abs(data[i * 4]! - bg[0]), Math.abs(data[i * 4 + 1]! - bg[1]), Math.abs(data[i * 4 + 2]! - bg[2])) <= tol;
  // A photo-like border (the logo fills its picture, or sits on a scene) is left alone.
  if (border.filter((i) => near(i, 24)).length < border.length * 0.85) return img;
  const out = { width: w, height: h, data: new Uint8ClampedArray(data) };
  const seen = new Uint8Array(w * h);
  const stack = border.filter((i) => near(i, 40));
  for (const i of stack) seen[i] = 1;
  while (stack.length) {
    const i = stack.pop()!;
    out.data[i * 4 + 3] = 0;
    const x = i % w;
    for (const j of [x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, i - w, i + w]) {
      // JPEG ringing around the emblem's edge is within 40 of the background too.
      if (j >= 0 && j < w * h && !seen[j] && near(j, 40)) {
        seen[j] = 1;
        stack.push(j);
      }
    }
  }
  return out;
}

/** Why a picture cannot serve as a logo to look for, or null when it can. */
export type LogoProblem = 'too-small' | 'too-narrow' | 'too-plain';

/**
 * Checked before an agency's or a user's logo is accepted. A tiny logo has no detail left at
 * the fine template's size; a strip (a letterhead, a banner) is not an emblem; a near-blank
 * picture (a flat disc, an empty square) has so little structure that round or square things in
 * ordinary photos would match it.
 */
export function logoProblem(image: Rgba): LogoProblem | null {
  const logo = logoCutout(image);
  let opaque = false;
  for (let i = 3; i < logo.data.length && !opaque; i += 4) opaque = logo.data[i]! > 24;
  if (!opaque) return 'too-plain';
  const short = Math.min(logo.width, logo.height);
  const long = Math.max(logo.width, logo.height);
  if (short < 24) return 'too-small';
  if (long / short > 5) return 'too-narrow';
  // Edges on the fine grid. A flat shape (a disc, a square) has them only along its outline, and
  // outlines are what round and square things in ordinary photos share with it: measured on
  // generated scenes, a plain square matched 15% of them and a plain disc 5%, an emblem with
  // inner detail 2% at most. So cells well inside the shape must carry edges too.
  const k = (FINE * CELL) / long;
  const small = resize(logo, Math.max(CELL, Math.round(logo.width * k)), Math.max(CELL, Math.round(logo.height * k)));
  const f = hog(small, CELL);
  const cover = new Float32Array(f.cw * f.ch);
  for (let y = 0; y < f.ch * CELL; y++) {
    for (let x = 0; x < f.cw * CELL; x++) {
      if (small.data[(y * small.width + x) * 4 + 3]! > 24) cover[Math.floor(y / CELL) * f.cw + Math.floor(x / CELL)]! += 1 / (CELL * CELL);
    }
  }
  let interior = 0, busy = 0;
  for (let y = 1; y < f.ch - 1; y++) {
    for (let x = 1; x < f.cw - 1; x++) {
      let inside = true;
      for (let dy = -1; dy <= 1 && inside; dy++) for (let dx = -1; dx <= 1; dx++) if (cover[(y + dy) * f.cw + x + dx]! < 0.9) inside = false;
      if (!inside) continue;
      interior++;
      let e = 0;
      for (let b = 0; b < BINS; b++) e += f.data[(y * f.cw + x) * BINS + b]!;
      if (e > 0.05) busy++;
    }
  }
  // Thin marks (a ring, lettering) have few cells deep inside; their outline is their detail.
  return interior >= 6 && busy < interior * 0.25 ? 'too-plain' : null;
}

/** What is matched of a logo picture: its background cut away, trimmed to the emblem. */
export function logoCutout(image: Rgba): Rgba {
  return trim(cutBackground(image));
}

/** The logo's opaque part, cut out of its transparent surround. */
function trim(img: Rgba): Rgba {
  let x0 = img.width, y0 = img.height, x1 = -1, y1 = -1;
  let transparent = false;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const a = img.data[(y * img.width + x) * 4 + 3]!;
      if (a < 250) transparent = true;
      if (a > 24) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  if (!transparent || x1 < 0) return img;
  return crop(img, x0, y0, x1 - x0 + 1, y1 - y0 + 1);
}

