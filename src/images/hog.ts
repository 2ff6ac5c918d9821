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
  const { width: w, height: h, data } = img;
  const cw = Math.floor(w / cell);
  const ch = Math.floor(h / cell);
  const hist = new Float32Array(Math.max(0, cw * ch * BINS));
  if (cw === 0 || ch === 0) return { cw, ch, data: hist };
  // Opaque copy of the three channels as floats.
  const n = w * h;
  const r = new Float32Array(n), g = new Float32Array(n), b = new Float32Array(n);
  for (let i = 0, p = 0; i < n; i++, p += 4) {
    const a = data[p + 3]! / 255;
    r[i] = data[p]! * a + background * (1 - a);
    g[i] = data[p + 1]! * a + background * (1 - a);
    b[i] = data[p + 2]! * a + background * (1 - a);
  }
  const binW = Math.PI / BINS;
  const inv = 1 / cell;
  for (let y = 1; y < h - 1; y++) {
    // Cell coordinates of pixel centres, for bilinear spatial voting.
    const fy = (y + 0.5) * inv - 0.5;
    const cy0 = Math.floor(fy);
    const wy1 = fy - cy0;
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      let gx = r[i + 1]! - r[i - 1]!, gy = r[i + w]! - r[i - w]!;
      let m = gx * gx + gy * gy;
      const gx2 = g[i + 1]! - g[i - 1]!, gy2 = g[i + w]! - g[i - w]!;
      const m2 = gx2 * gx2 + gy2 * gy2;
      if (m2 > m) { gx = gx2; gy = gy2; m = m2; }
      const gx3 = b[i + 1]! - b[i - 1]!, gy3 = b[i + w]! - b[i - w]!;
      const m3 = gx3 * gx3 + gy3 * gy3;
      if (m3 > m) { gx = gx3; gy = gy3; m = m3; }
      if (m === 0) continue;
      const mag = Math.sqrt(m);
      let th = Math.atan2(gy, gx);
      if (th < 0) th += Math.PI;
      const fb = th / binW - 0.5;
      let b0 = Math.floor(fb);
      const wb1 = fb - b0;
      let b1 = b0 + 1;
      if (b0 < 0) b0 += BINS;
      if (b1 >= BINS) b1 -= BINS;
      const fx = (x + 0.5) * inv - 0.5;
      const cx0 = Math.floor(fx);
      const wx1 = fx - cx0;
      for (let k = 0; k < 4; k++) {
        const cx = cx0 + (k & 1);
        const cy = cy0 + (k >> 1);
        if (cx < 0 || cy < 0 || cx >= cw || cy >= ch) continue;
        const ws = mag * (k & 1 ? wx1 : 1 - wx1) * (k >> 1 ? wy1 : 1 - wy1);
        const o = (cy * cw + cx) * BINS;
        hist[o + b0]! += ws * (1 - wb1);
        hist[o + b1]! += ws * wb1;
      }
    }
  }
  normalise(hist, cw, ch, cell);
  return { cw, ch, data: hist };
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
