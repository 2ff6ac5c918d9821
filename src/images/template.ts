/**
 * What the logo matcher (detect.ts) looks for. A logo is one or more renditions (drawings of it);
 * a rendition is a coarse template for the search over the whole picture and fine templates
 * (rotated and scaled) for the second look. A template is the HOG cells of the drawing (hog.ts)
 * restricted to a mask: the cells where the emblem has something drawn. Open designs (the
 * Garuda's wings, KORPRI's line art) let the photo show through their gaps; unmasked, those
 * cells count, and a busy photo behind the emblem drags the score down.
 *
 * Built-in emblems come as raw templates derived from their artwork at development time
 * (scripts/make-emblems.ts → emblems-data.ts); an agency's or a user's logo is prepared here at
 * run time from the one picture handed over. Both end in `finish`.
 */
import { BINS, hog, window } from './hog';
import { logoCutout } from './cutout';
import { resize, rotate, type Rgba } from './raster';
import { CELL, COARSE, COARSE_CELL, COARSE_ROTATIONS, FINE, MASK_COVER, ROTATIONS, SCALES } from './grid';

/** A template before normalising: what the shipped data holds. */
export interface RawTemplate {
  /** Cells across and down. */
  w: number;
  h: number;
  /** Clipped HOG, w × h × BINS. */
  raw: Float32Array;
  /** Share of each cell the drawing covers (0..1), w × h. */
  cover: Float32Array;
}

export interface Template {
  w: number;
  h: number;
  /** The masked cells, as y × w + x, ascending. */
  cells: Int32Array;
  /** Descriptor over the masked cells (cells.length × BINS): zero-mean, unit-norm. */
  v: Float32Array;
  /** Mean of the raw descriptor over the masked cells: how much edge the logo has per cell. */
  mean: number;
}

export interface RawRendition {
  /** Longer side / shorter side of the drawing, ≥ 1, and whether the longer side is the width. */
  aspect: number;
  wide: boolean;
  coarse: RawTemplate[];
  fine: RawTemplate[];
}

export interface Rendition {
  aspect: number;
  wide: boolean;
  /** One per coarse rotation. */
  coarse: Template[];
  /** Rotations × scales at fine resolution. */
  fine: Template[];
}

export interface LogoTemplate {
  id: string;
  name: string;
  renditions: Rendition[];
  /** Fine correlation a match needs. */
  threshold: number;
}

/** Masked, zero-mean, unit-norm: the form the matcher correlates with. */
export function finish(t: RawTemplate): Template {
  const cells: number[] = [];
  for (let i = 0; i < t.w * t.h; i++) if (t.cover[i]! >= MASK_COVER) cells.push(i);
  const v = new Float32Array(cells.length * BINS);
  cells.forEach((c, k) => v.set(t.raw.subarray(c * BINS, (c + 1) * BINS), k * BINS));
  let m = 0;
  for (let i = 0; i < v.length; i++) m += v[i]!;
  m /= Math.max(1, v.length);
  let s = 0;
  for (let i = 0; i < v.length; i++) {
    v[i] = v[i]! - m;
    s += v[i]! ** 2;
  }
  const k = s > 0 ? 1 / Math.sqrt(s) : 0;
  for (let i = 0; i < v.length; i++) v[i] = v[i]! * k;
  return { w: t.w, h: t.h, cells: Int32Array.from(cells), v, mean: m };
}

/**
 * The drawing `long` cells along its longer side, with a one-cell margin, rotated and scaled
 * within that frame (so a scaled template keeps the same cell grid and only its content grows or
 * shrinks): its HOG and how much of each cell it covers.
 */
export function rawTemplate(logo: Rgba, long: number, aspect: number, wide: boolean, degrees = 0, scale = 1, cell = CELL): RawTemplate {
  const w = wide ? long : Math.max(3, Math.round(long / aspect));
  const h = wide ? Math.max(3, Math.round(long / aspect)) : long;
  const pw = (w + 2) * cell;
  const ph = (h + 2) * cell;
  const canvas = { width: pw, height: ph, data: new Uint8ClampedArray(pw * ph * 4) };
  const scaled = resize(logo, w * cell * scale, h * cell * scale);
  const ox = Math.round((pw - scaled.width) / 2);
  const oy = Math.round((ph - scaled.height) / 2);
  for (let y = 0; y < scaled.height; y++) {
    for (let x = 0; x < scaled.width; x++) {
      const X = x + ox, Y = y + oy;
      if (X < 0 || Y < 0 || X >= pw || Y >= ph) continue;
      canvas.data.set(scaled.data.subarray((y * scaled.width + x) * 4, (y * scaled.width + x) * 4 + 4), (Y * pw + X) * 4);
    }
  }
  const drawn = degrees ? rotate(canvas, degrees) : canvas;
  const cover = new Float32Array(w * h);
  for (let y = cell; y < (h + 1) * cell; y++) {
    for (let x = cell; x < (w + 1) * cell; x++) cover[Math.floor(y / cell - 1) * w + Math.floor(x / cell - 1)]! += drawn.data[(y * pw + x) * 4 + 3]! / (255 * cell * cell);
  }
  return { w, h, raw: window(hog(drawn, cell), 1, 1, w, h), cover };
}

/** A drawing of a logo as the templates the matcher needs, before normalising. */
export function rawRendition(image: Rgba): RawRendition {
  const logo = logoCutout(image);
  const wide = logo.width >= logo.height;
  const aspect = wide ? logo.width / logo.height : logo.height / logo.width;
  const fine: RawTemplate[] = [];
  for (const r of ROTATIONS) for (const s of SCALES) fine.push(rawTemplate(logo, FINE, aspect, wide, r, s));
  return { aspect, wide, coarse: COARSE_ROTATIONS.map((r) => rawTemplate(logo, COARSE, aspect, wide, r, 1, COARSE_CELL)), fine };
}

export function finishRendition(r: RawRendition): Rendition {
  return { aspect: r.aspect, wide: r.wide, coarse: r.coarse.map(finish), fine: r.fine.map(finish) };
}
