/**
 * Histograms of oriented gradients (Dalal & Triggs 2005), the feature the logo matcher works on.
 * Gradients are taken per colour channel and the strongest channel wins, orientations are
 * unsigned (0..π) so a logo keeps its features when its colours are shifted or even inverted, and
 * votes are spread bilinearly over neighbouring cells and bins so a few pixels of shift or a few
 * degrees of rotation change the descriptor smoothly.
 */
import type { Rgba } from './raster';

export const BINS = 9;

export interface Hog {
  /** Cells across and down. */
  cw: number;
  ch: number;
  /** cw × ch × BINS, row-major, each cell normalised by the energy around it. */
  data: Float32Array;
}

/**
 * Cell histograms of `img` with `cell`-pixel cells. `background` (0..255 grey) is what
 * transparent pixels are taken to be: logos come on transparency, photos are opaque.
 */
export function hog(img: Rgba, cell: number, background = 128): Hog {
  const { width: w, height: h } = img;
  const cw = Math.floor(w / cell);
  const ch = Math.floor(h / cell);
  const hist = new Float32Array(Math.max(0, cw * ch * BINS));
  if (cw === 0 || ch === 0) return { cw, ch, data: hist };
  const data = opaque(img, background);
  const { mag, bin, frac } = table();
  const inv = 1 / cell;
  const stride = w * 4;
  // Cell coordinate and weight of every column, for bilinear spatial voting.
  const colCell = new Int32Array(w);
  const colW = new Float32Array(w);
  for (let x = 0; x < w; x++) {
    const fx = (x + 0.5) * inv - 0.5;
    colCell[x] = Math.floor(fx);
    colW[x] = fx - Math.floor(fx);
  }
  for (let y = 1; y < h - 1; y++) {
    const fy = (y + 0.5) * inv - 0.5;
    const cy0 = Math.floor(fy);
    const wy1 = fy - cy0;
    const rowUp = cy0 >= 0;
    const rowDown = cy0 + 1 < ch;
    for (let x = 1; x < w - 1; x++) {
      const p = y * stride + x * 4;
      // The channel with the strongest gradient (Dalal & Triggs), from integer differences.
      let gx = data[p + 4]! - data[p - 4]!;
      let gy = data[p + stride]! - data[p - stride]!;
      let m = gx * gx + gy * gy;
      const gx2 = data[p + 5]! - data[p - 3]!, gy2 = data[p + stride + 1]! - data[p - stride + 1]!;
      const m2 = gx2 * gx2 + gy2 * gy2;
      if (m2 > m) { gx = gx2; gy = gy2; m = m2; }
      const gx3 = data[p + 6]! - data[p - 2]!, gy3 = data[p + stride + 2]! - data[p - stride + 2]!;
      const m3 = gx3 * gx3 + gy3 * gy3;
      if (m3 > m) { gx = gx3; gy = gy3; m = m3; }
      if (m === 0) continue;
      const k = (gy + 255) * 511 + gx + 255;
      const mg = mag[k]!;
      const b0 = bin[k]!;
      const b1 = b0 === BINS - 1 ? 0 : b0 + 1;
      const wb1 = frac[k]!;
      const cx0 = colCell[x]!;
      const wx1 = colW[x]!;
      const m0 = mg * (1 - wy1);
      const m1 = mg * wy1;
      if (rowUp) {
        const o = cy0 * cw;
        if (cx0 >= 0) vote(hist, (o + cx0) * BINS, b0, b1, m0 * (1 - wx1), wb1);
        if (cx0 + 1 < cw) vote(hist, (o + cx0 + 1) * BINS, b0, b1, m0 * wx1, wb1);
      }
      if (rowDown) {
        const o = (cy0 + 1) * cw;
        if (cx0 >= 0) vote(hist, (o + cx0) * BINS, b0, b1, m1 * (1 - wx1), wb1);
        if (cx0 + 1 < cw) vote(hist, (o + cx0 + 1) * BINS, b0, b1, m1 * wx1, wb1);
      }
    }
  }
  normalise(hist, cw, ch, cell);
  return { cw, ch, data: hist };
}

function vote(hist: Float32Array, o: number, b0: number, b1: number, m: number, wb1: number) {
  hist[o + b0]! += m * (1 - wb1);
  hist[o + b1]! += m * wb1;
}

/** Pixels as opaque bytes: transparency (logos) over a grey background. */
function opaque(img: Rgba, background: number): Uint8ClampedArray | Uint8Array {
  const d = img.data;
  let transparent = false;
  for (let i = 3; i < d.length; i += 4) {
    if (d[i] !== 255) {
      transparent = true;
      break;
    }
  }
  if (!transparent) return d;
  const out = new Uint8ClampedArray(d.length);
  for (let i = 0; i < d.length; i += 4) {
    const a = d[i + 3]! / 255;
    out[i] = d[i]! * a + background * (1 - a);
    out[i + 1] = d[i + 1]! * a + background * (1 - a);
    out[i + 2] = d[i + 2]! * a + background * (1 - a);
    out[i + 3] = 255;
  }
  return out;
}

/**
 * Magnitude, lower orientation bin and the share of the upper bin for every integer gradient
 * (−255..255 on each axis): the per-pixel square root and arctangent become three loads.
 */
let lut: { mag: Float32Array; bin: Uint8Array; frac: Float32Array } | null = null;
function table() {
  if (lut) return lut;
  const n = 511 * 511;
  const mag = new Float32Array(n), bin = new Uint8Array(n), frac = new Float32Array(n);
  const binW = Math.PI / BINS;
  for (let gy = -255; gy <= 255; gy++) {
    for (let gx = -255; gx <= 255; gx++) {
      const k = (gy + 255) * 511 + gx + 255;
      mag[k] = Math.sqrt(gx * gx + gy * gy);
      let th = Math.atan2(gy, gx);
      if (th < 0) th += Math.PI;
      if (th >= Math.PI) th -= Math.PI;
      const fb = th / binW - 0.5;
      let b0 = Math.floor(fb);
      frac[k] = fb - b0;
      if (b0 < 0) b0 += BINS;
      bin[k] = b0;
    }
  }
  lut = { mag, bin, frac };
  return lut;
}

/**
 * Each cell divided by the root-mean energy of its 3×3 neighbourhood, then clipped: contrast and
 * lighting drop out, and one very strong edge cannot dominate a window. The floor keeps JPEG
 * noise in flat areas from being blown up into features.
 */
function normalise(hist: Float32Array, cw: number, ch: number, cell: number) {
  const energy = new Float32Array(cw * ch);
  for (let c = 0; c < cw * ch; c++) {
    let e = 0;
    for (let k = 0; k < BINS; k++) e += hist[c * BINS + k]! ** 2;
    energy[c] = e;
  }
  // A weak edge (8 grey levels per pixel) across a whole cell is the least that counts.
  const floor = (cell * cell * 8) ** 2;
  const out = new Float32Array(hist.length);
  for (let y = 0; y < ch; y++) {
    for (let x = 0; x < cw; x++) {
      let e = 0, n = 0;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= ch) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= cw) continue;
          e += energy[yy * cw + xx]!;
          n++;
        }
      }
      const norm = 1 / Math.sqrt(e / n + floor);
      const o = (y * cw + x) * BINS;
      for (let k = 0; k < BINS; k++) out[o + k] = Math.min(0.4, hist[o + k]! * norm);
    }
  }
  hist.set(out);
}

/** The block of cells [x, x+w) × [y, y+h) as one vector. */
export function window(f: Hog, x: number, y: number, w: number, h: number): Float32Array {
  const out = new Float32Array(w * h * BINS);
  for (let j = 0; j < h; j++) out.set(f.data.subarray(((y + j) * f.cw + x) * BINS, ((y + j) * f.cw + x + w) * BINS), j * w * BINS);
  return out;
}
