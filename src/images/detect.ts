/**
 * Finds known logos inside a picture.
 *
 * Method, chosen by measurement (`npm run bench:images` prints the figures; thresholds were tuned
 * on a separate seeded set): HOG templates slid over an image pyramid, scored by Pearson
 * correlation, with a second, finer look at the best places.
 *
 * 1. The picture is halved (cheap) and shrunk into a pyramid whose levels are 2^(1/4) apart, so a
 *    logo whose longer side is 25–105% of the picture's shorter side appears at one level within
 *    ±9% of the coarse template's size (48 px, 8 cells of 6 px). 25% is below the smallest logo
 *    that covers 10% of any picture of ordinary proportions (a square logo in a square picture
 *    has a side of 32%).
 * 2. Every logo has a coarse template (its HOG at that size, zero-mean, unit-norm) and every
 *    cell position of every level is scored by correlation with it. Correlation of normalised
 *    gradient histograms ignores brightness, contrast and colour (orientations are unsigned and
 *    the strongest channel wins, so even inverted colours match), JPEG blocking is below the
 *    cell size, and bilinear voting absorbs a few pixels of shift and a few degrees of rotation.
 *    Windows with far less edge than the logo (sky, walls) are skipped without scoring.
 * 3. The best two places per logo scoring ≥ 0.55 are looked at again at twice the resolution
 *    (16-cell templates), with the template rotated by −10…+10° and scaled by ±8%, over ±2 cells
 *    of shift; a logo is reported at ≥ 0.6. On the tuning set, logo-free windows reached 0.62 at
 *    the coarse level but stayed ≤ 0.55 at the fine one, while logos kept ≥ 0.64 (5th percentile):
 *    the fine look is what keeps false positives at 0 of 500 without losing recall.
 *
 * Measured on the generated set (240 logo pictures, 500 logo-free, this 2-core machine): 98.8%
 * of logos covering 10–30% of the picture found, 0 false positives, a median of 56–77 ms per
 * 1080×1080 picture (it varies with what else runs on the machine). Alternatives:
 * - perceptual hashes (dHash of the same pyramid's windows, scripts/bench-images-work.ts): 21%
 *   recall at 1% false positives — a hash needs its window aligned to the logo within a few
 *   percent, and grey-level hashes change with colour shifts;
 * - keypoints (FAST/ORB-like), not built: emblems are flat colour with few stable corners, and
 *   a JPEG'd logo at 10% of a photo keeps too few of them to verify a match;
 * - a small neural model in an npm package: none is trained on these emblems, and an agency's
 *   logo arrives at run time as one picture, which template matching uses as it is.
 *
 * Pure TypeScript over RGBA buffers: runs in the offscreen document and in Node alike.
 */
import { BINS, hog, window, type Hog } from './hog';
import { crop, halve, resize, rotate, type Rgba } from './raster';
import type { LogoSource } from './logos';

/** Coarse template: cells along the logo's longer side, and their size in pixels. */
const COARSE = 8;
const COARSE_CELL = 6;
/** Fine template: cell size. */
const CELL = 6;
/** Fine template: cells along the logo's longer side. */
const FINE = 16;
/** Logo longer side as a share of the picture's shorter side: the range searched. */
const MIN_FRACTION = 0.25;
const MAX_FRACTION = 1.05;
const LEVEL_STEP = 2 ** 0.25;
/** Places per logo given the fine look. */
const CANDIDATES = 2;
const ROTATIONS = [-10, -5, 0, 5, 10];
const SCALES = [0.92, 1, 1.08];
/** A window needs at least this share of the logo's edge content to be scored. */
const EDGE_SHARE = 0.4;

export interface DetectOptions {
  /** Coarse correlation a place needs to get the fine look. */
  coarseThreshold?: number;
  /** Fine correlation a logo needs to be reported, for every logo (default: each logo's own). */
  threshold?: number;
  /** Skip the fine look (benchmark comparisons). */
  coarseOnly?: boolean;
}

export const DEFAULT_COARSE_THRESHOLD = 0.55;
export const DEFAULT_THRESHOLD = 0.6;
/** For a logo given as its real artwork (agency, user): see prepareLogo. */
export const GIVEN_THRESHOLD = 0.66;

interface Template {
  /** Cells across and down. */
  w: number;
  h: number;
  /** Zero-mean, unit-norm descriptor. */
  v: Float32Array;
  /** Mean of the descriptor before normalising: how much edge the logo has per cell. */
  mean: number;
}

export interface LogoTemplate {
  id: string;
  name: string;
  /** Longer side / shorter side of the logo, ≥ 1, and whether the longer side is the width. */
  aspect: number;
  wide: boolean;
  coarse: Template;
  /** Rotations × scales at fine resolution. */
  fine: Template[];
  /** Fine correlation a match needs. */
  threshold: number;
}

export interface LogoHit {
  id: string;
  name: string;
  /** Fine correlation, 0..1. */
  score: number;
  /** Where, in the picture's pixels. */
  box: { x: number; y: number; w: number; h: number };
}

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

function mean(v: Float32Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m += v[i]!;
  return m / Math.max(1, v.length);
}

function unit(v: Float32Array): Float32Array {
  let m = 0;
  for (let i = 0; i < v.length; i++) m += v[i]!;
  m /= v.length;
  let s = 0;
  for (let i = 0; i < v.length; i++) {
    v[i] = v[i]! - m;
    s += v[i]! ** 2;
  }
  const k = s > 0 ? 1 / Math.sqrt(s) : 0;
  for (let i = 0; i < v.length; i++) v[i] = v[i]! * k;
  return v;
}

/** HOG of the logo drawn `long` cells along its longer side, with a one-cell margin around it. */
function templateOf(logo: Rgba, long: number, aspect: number, wide: boolean, degrees = 0, scale = 1, cell = CELL): Template {
  const w = wide ? long : Math.max(3, Math.round(long / aspect));
  const h = wide ? Math.max(3, Math.round(long / aspect)) : long;
  // The logo is drawn at `scale` inside a canvas of the template's size (plus margin), so a
  // scaled template keeps the same cell grid and only its content grows or shrinks.
  const pw = (w + 2) * cell;
  const ph = (h + 2) * cell;
  const lw = w * cell * scale;
  const lh = h * cell * scale;
  const canvas = { width: pw, height: ph, data: new Uint8ClampedArray(pw * ph * 4) };
  const scaled = resize(logo, lw, lh);
  const ox = Math.round((pw - scaled.width) / 2);
  const oy = Math.round((ph - scaled.height) / 2);
  for (let y = 0; y < scaled.height; y++) {
    for (let x = 0; x < scaled.width; x++) {
      const X = x + ox, Y = y + oy;
      if (X < 0 || Y < 0 || X >= pw || Y >= ph) continue;
      const si = (y * scaled.width + x) * 4;
      const di = (Y * pw + X) * 4;
      for (let k = 0; k < 4; k++) canvas.data[di + k] = scaled.data[si + k]!;
    }
  }
  const drawn = degrees ? rotate(canvas, degrees) : canvas;
  const f = hog(drawn, cell);
  const raw = window(f, 1, 1, w, h);
  return { w, h, mean: mean(raw), v: unit(raw) };
}

/**
 * `given`: the logo is the real artwork an agency or user handed over, not one of the built-in
 * stand-ins. A photo of that very logo correlates better with it (on generated photos, the 5th
 * percentile of matches was about 0.74 against 0.64 for the stand-ins), while an agency's own
 * design may be made of the plain rings, stars and bars that ordinary pictures also contain (one
 * made-up seal reached 0.64 on logo-free scenes). A higher bar keeps those out without losing
 * the real matches; thresholds were chosen on a tuning set separate from the benchmark's.
 */
export function prepareLogo(source: LogoSource, o: { given?: boolean } = {}): LogoTemplate {
  const logo = logoCutout(source.image);
  const wide = logo.width >= logo.height;
  const aspect = wide ? logo.width / logo.height : logo.height / logo.width;
  const fine: Template[] = [];
  for (const r of ROTATIONS) for (const s of SCALES) fine.push(templateOf(logo, FINE, aspect, wide, r, s));
  return { id: source.id, name: source.name, aspect, wide, coarse: templateOf(logo, COARSE, aspect, wide, 0, 1, COARSE_CELL), fine, threshold: o.given ? GIVEN_THRESHOLD : DEFAULT_THRESHOLD };
}

/** Correlation of a unit template with every cell position of `f`; calls back with each score. */
function scan(f: Hog, t: Template, x0: number, y0: number, x1: number, y1: number, each: (x: number, y: number, score: number) => void) {
  const n = t.w * t.h * BINS;
  const rowLen = t.w * BINS;
  const d = f.data;
  const v = t.v;
  // Per-cell sums and sums of squares, integrated, give each window's mean and spread in O(1).
  const S = new Float64Array((f.cw + 1) * (f.ch + 1));
  const Q = new Float64Array((f.cw + 1) * (f.ch + 1));
  for (let y = 0; y < f.ch; y++) {
    let rs = 0, rq = 0;
    for (let x = 0; x < f.cw; x++) {
      let s = 0, q = 0;
      const o = (y * f.cw + x) * BINS;
      for (let k = 0; k < BINS; k++) {
        const a = d[o + k]!;
        s += a;
        q += a * a;
      }
      rs += s;
      rq += q;
      S[(y + 1) * (f.cw + 1) + x + 1] = S[y * (f.cw + 1) + x + 1]! + rs;
      Q[(y + 1) * (f.cw + 1) + x + 1] = Q[y * (f.cw + 1) + x + 1]! + rq;
    }
  }
  const W = f.cw + 1;
  const minSum = EDGE_SHARE * t.mean * n;
  for (let y = Math.max(0, y0); y <= Math.min(f.ch - t.h, y1); y++) {
    for (let x = Math.max(0, x0); x <= Math.min(f.cw - t.w, x1); x++) {
      const sum = S[(y + t.h) * W + x + t.w]! - S[y * W + x + t.w]! - S[(y + t.h) * W + x]! + S[y * W + x]!;
      const sq = Q[(y + t.h) * W + x + t.w]! - Q[y * W + x + t.w]! - Q[(y + t.h) * W + x]! + Q[y * W + x]!;
      const varN = sq - (sum * sum) / n;
      if (varN <= 1e-9) continue;
      // A window with much less edge than the logo has (sky, a wall, a blurred background)
      // cannot correlate well with it: skip the dot product.
      if (sum < minSum) continue;
      let dot = 0;
      for (let j = 0; j < t.h; j++) {
        const base = ((y + j) * f.cw + x) * BINS;
        const tb = j * rowLen;
        for (let i = 0; i < rowLen; i++) dot += v[tb + i]! * d[base + i]!;
      }
      each(x, y, dot / Math.sqrt(varN));
    }
  }
}

interface Candidate {
  score: number;
  /** Box in the picture's pixels. */
  x: number;
  y: number;
  w: number;
  h: number;
}

export function detectLogos(img: Rgba, logos: readonly LogoTemplate[], opts: DetectOptions = {}): LogoHit[] {
  if (logos.length === 0 || img.width < 16 || img.height < 16) return [];
  const coarseThreshold = opts.coarseThreshold ?? DEFAULT_COARSE_THRESHOLD;
  const shortOf = (x: Rgba) => Math.min(x.width, x.height);
  // The largest level: a logo of MIN_FRACTION of the short side is COARSE cells long there. The
  // fine look wants the same logo FINE cells long: twice that. Both come from halving (cheap),
  // and only the small remainder is resampled exactly.
  const topShort = Math.round((COARSE * COARSE_CELL) / MIN_FRACTION);
  let fine = img;
  while (shortOf(fine) >= 4 * topShort) fine = halve(fine);
  let base = fine;
  while (shortOf(base) >= 2 * topShort) base = halve(base);
  if (shortOf(base) > topShort * 1.05) base = resize(base, (base.width * topShort) / shortOf(base), (base.height * topShort) / shortOf(base));
  const baseScale = base.width / img.width;
  const candidates = logos.map(() => [] as Candidate[]);
  // Each level shrinks the one before: the resampling work shrinks with the levels.
  let level = base;
  for (let frac = MIN_FRACTION; frac <= MAX_FRACTION; frac *= LEVEL_STEP) {
    const levelShort = (COARSE * COARSE_CELL) / frac;
    const k = levelShort / shortOf(level);
    if (k < 0.999) level = resize(level, level.width * k, level.height * k);
    const f = hog(level, COARSE_CELL);
    const toPicture = 1 / (baseScale * (level.width / base.width));
    logos.forEach((logo, li) => {
      const t = logo.coarse;
      if (t.w > f.cw || t.h > f.ch) return;
      const list = candidates[li]!;
      scan(f, t, 0, 0, f.cw, f.ch, (x, y, score) => {
        if (score < coarseThreshold) return;
        if (list.length >= CANDIDATES && score <= list[list.length - 1]!.score) return;
        const c = { score, x: x * COARSE_CELL * toPicture, y: y * COARSE_CELL * toPicture, w: t.w * COARSE_CELL * toPicture, h: t.h * COARSE_CELL * toPicture };
        // One candidate per place: a neighbour of a better one is the same logo.
        const near = list.findIndex((o) => Math.abs(o.x - c.x) < c.w / 2 && Math.abs(o.y - c.y) < c.h / 2 && Math.abs(o.w / c.w - 1) < 0.4);
        if (near >= 0) {
          if (list[near]!.score >= score) return;
          list.splice(near, 1);
        }
        list.push(c);
        list.sort((a, b) => b.score - a.score);
        if (list.length > CANDIDATES) list.length = CANDIDATES;
      });
    });
  }
  const hits: LogoHit[] = [];
  logos.forEach((logo, li) => {
    let best: Candidate | null = null;
    for (const c of candidates[li]!) {
      const score = opts.coarseOnly ? c.score : refine(c.w * baseScale >= FINE * CELL ? base : fine, img.width, logo, c);
      if (score >= (opts.threshold ?? logo.threshold) && (!best || score > best.score)) best = { ...c, score };
    }
    if (best) hits.push({ id: logo.id, name: logo.name, score: best.score, box: { x: Math.round(best.x), y: Math.round(best.y), w: Math.round(best.w), h: Math.round(best.h) } });
  });
  return hits.sort((a, b) => b.score - a.score);
}

/**
 * The fine look: the candidate's surroundings at FINE cells per logo, every rotation and scale.
 * `src` is the picture at some reduced size; `width` its original width (the candidate's unit).
 */
function refine(src: Rgba, width: number, logo: LogoTemplate, cand: Candidate): number {
  const s = src.width / width;
  const c = { x: cand.x * s, y: cand.y * s, w: cand.w * s, h: cand.h * s };
  const img = src;
  const margin = 0.25;
  const x = c.x - c.w * margin;
  const y = c.y - c.h * margin;
  const w = c.w * (1 + 2 * margin);
  const h = c.h * (1 + 2 * margin);
  const t0 = logo.fine[0]!;
  const k = (t0.w * CELL) / c.w;
  // Crop in picture pixels, clamped, then scale so the logo is FINE cells long.
  const cx = Math.max(0, Math.floor(x));
  const cy = Math.max(0, Math.floor(y));
  const region = crop(img, cx, cy, Math.min(img.width - cx, Math.ceil(w)), Math.min(img.height - cy, Math.ceil(h)));
  const scaled = resize(region, region.width * k, region.height * k);
  const f = hog(scaled, CELL);
  // Where the candidate's top-left falls in the region's cells.
  const ex = ((c.x - cx) * k) / CELL;
  const ey = ((c.y - cy) * k) / CELL;
  const reach = 2;
  let best = -1;
  for (const t of logo.fine) {
    scan(f, t, Math.floor(ex) - reach, Math.floor(ey) - reach, Math.ceil(ex) + reach, Math.ceil(ey) + reach, (_x, _y, s) => {
      if (s > best) best = s;
    });
  }
  return best;
}
