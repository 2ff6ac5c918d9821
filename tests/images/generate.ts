/**
 * Generated test pictures: no real photos, every picture is drawn here from a seed, so the set is
 * reproducible and can grow (more scenes, logos, phrases). Used by the unit tests, the browser
 * tests (tests/e2e/images.test.ts) and `npm run bench` (scripts/bench-images.ts).
 *
 * - `scene`: logo-free pictures: beach, mountains, city, office, park, food, abstract shapes and
 *   textures, with round things, stars and stripes on purpose (the shapes logos are made of), and
 *   dense, ornate ones (foliage, batik) with edges everywhere, as feathered emblems have;
 * - `logoPhoto`: a logo composited onto a scene at a given share of the picture's area, rotated,
 *   colour-shifted, cropped, resized and JPEG-compressed: a stand-in or made-up emblem drawn in
 *   code, or a real emblem's artwork (tests/emblems/artwork.ts) when the shared drawings are there;
 * - `poster` / `twibbon`: campaign pictures with rendered text (real fonts from @fontsource,
 *   outlines through opentype.js, filled by src/images/raster.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype from 'opentype.js';
import { composite, createRgba, crop, ellipse, fillRings, hole, rect, resize, rotate, rotation, roundRect, star, stroke, transformRing, type Colour, type Rgba, type Ring } from '../../src/images/raster';
import { logoCutout } from '../../src/images/cutout';
import { drawStandIn, STAND_INS } from './standins';
import { jpegRoundTrip } from './io';

// ---- randomness ---------------------------------------------------------------------------

export interface Rng {
  (): number;
  range(a: number, b: number): number;
  int(a: number, b: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
}

export function rng(seed: number): Rng {
  let s = seed >>> 0 || 1;
  const next = (() => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }) as Rng;
  next.range = (a, b) => a + (b - a) * next();
  next.int = (a, b) => Math.floor(a + (b - a + 1) * next());
  next.pick = (xs) => xs[Math.floor(next() * xs.length)]!;
  next.chance = (p) => next() < p;
  return next;
}

// ---- colour -------------------------------------------------------------------------------

const mix = (a: Colour, b: Colour, t: number): Colour => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
const randColour = (r: Rng, lo = 20, hi = 235): Colour => [r.int(lo, hi), r.int(lo, hi), r.int(lo, hi)];

function verticalGradient(img: Rgba, y0: number, y1: number, top: Colour, bottom: Colour) {
  const a = Math.max(0, Math.floor(y0));
  const b = Math.min(img.height, Math.ceil(y1));
  for (let y = a; y < b; y++) {
    const c = mix(top, bottom, (y - y0) / Math.max(1, y1 - y0));
    for (let x = 0; x < img.width; x++) {
      const p = (y * img.width + x) * 4;
      img.data[p] = c[0];
      img.data[p + 1] = c[1];
      img.data[p + 2] = c[2];
      img.data[p + 3] = 255;
    }
  }
}

function noise(img: Rgba, r: Rng, amount: number) {
  // An inline generator: millions of samples per picture.
  let s = Math.floor(r() * 2 ** 31) | 1;
  for (let i = 0; i < img.data.length; i += 4) {
    s = (Math.imul(s, 1103515245) + 12345) | 0;
    const a = ((s >>> 8) & 0xffff) / 65536;
    s = (Math.imul(s, 1103515245) + 12345) | 0;
    const n = (a + ((s >>> 8) & 0xffff) / 65536 - 1) * amount;
    img.data[i] = img.data[i]! + n;
    img.data[i + 1] = img.data[i + 1]! + n;
    img.data[i + 2] = img.data[i + 2]! + n;
  }
}

export interface ColourShift {
  /** Hue rotation in degrees. */
  hue: number;
  saturation: number;
  brightness: number;
  contrast: number;
}

export function randomShift(r: Rng, strength = 1): ColourShift {
  return { hue: r.range(-30, 30) * strength, saturation: 1 + r.range(-0.5, 0.3) * strength, brightness: r.range(-30, 30) * strength, contrast: 1 + r.range(-0.3, 0.2) * strength };
}

/** A photo filter: hue rotation (in YIQ), saturation, brightness and contrast. */
export function shiftColours(img: Rgba, s: ColourShift) {
  const h = (s.hue * Math.PI) / 180;
  const cos = Math.cos(h) * s.saturation, sin = Math.sin(h) * s.saturation;
  const k = s.contrast, off = 128 - 128 * s.contrast + s.brightness;
  const d = img.data;
  for (let p = 0; p < d.length; p += 4) {
    const R = d[p]!, G = d[p + 1]!, B = d[p + 2]!;
    const y = 0.299 * R + 0.587 * G + 0.114 * B;
    const i0 = 0.596 * R - 0.274 * G - 0.322 * B;
    const q0 = 0.211 * R - 0.523 * G + 0.312 * B;
    const i = i0 * cos - q0 * sin;
    const q = i0 * sin + q0 * cos;
    d[p] = (y + 0.956 * i + 0.621 * q) * k + off;
    d[p + 1] = (y - 0.272 * i - 0.647 * q) * k + off;
    d[p + 2] = (y - 1.106 * i + 1.703 * q) * k + off;
  }
}

/** Slight defocus, as a phone camera and resampling give: a separable box blur of radius k. */
function soften(img: Rgba, k: number): Rgba {
  const rad = Math.max(1, Math.round(k));
  const { width: w, height: h } = img;
  const tmp = new Float32Array(w * h * 3);
  const out = new Uint8ClampedArray(img.data);
  for (let y = 0; y < h; y++) for (let c = 0; c < 3; c++) {
    let acc = 0;
    for (let x = -rad; x <= rad; x++) acc += img.data[(y * w + Math.min(w - 1, Math.max(0, x))) * 4 + c]!;
    for (let x = 0; x < w; x++) {
      tmp[(y * w + x) * 3 + c] = acc / (2 * rad + 1);
      acc += img.data[(y * w + Math.min(w - 1, x + rad + 1)) * 4 + c]! - img.data[(y * w + Math.max(0, x - rad)) * 4 + c]!;
    }
  }
  for (let x = 0; x < w; x++) for (let c = 0; c < 3; c++) {
    let acc = 0;
    for (let y = -rad; y <= rad; y++) acc += tmp[(Math.min(h - 1, Math.max(0, y)) * w + x) * 3 + c]!;
    for (let y = 0; y < h; y++) {
      out[(y * w + x) * 4 + c] = acc / (2 * rad + 1);
      acc += tmp[(Math.min(h - 1, y + rad + 1) * w + x) * 3 + c]! - tmp[(Math.max(0, y - rad) * w + x) * 3 + c]!;
    }
  }
  return { width: w, height: h, data: out };
}

// ---- scenes -------------------------------------------------------------------------------

export const SCENES = ['beach', 'mountain', 'city', 'office', 'park', 'food', 'abstract', 'texture', 'crowd', 'document', 'foliage', 'batik'] as const;
export type SceneKind = (typeof SCENES)[number];

export function scene(r: Rng, w: number, h: number, kind: SceneKind = r.pick(SCENES)): Rgba {
  const img = createRgba(w, h, [255, 255, 255, 255]);
  const s = Math.min(w, h);
  switch (kind) {
    case 'beach': {
      const horizon = h * r.range(0.35, 0.55);
      verticalGradient(img, 0, horizon, [r.int(60, 120), r.int(140, 190), r.int(210, 250)], [200, 225, 245]);
      verticalGradient(img, horizon, h * r.range(0.6, 0.75), [20, r.int(90, 130), r.int(150, 190)], [60, 160, 190]);
      verticalGradient(img, h * 0.72, h, [230, 210, 160], [210, 185, 130]);
      fillRings(img, [ellipse(w * r.range(0.1, 0.9), horizon * r.range(0.2, 0.6), s * r.range(0.04, 0.1))], [255, 230, 120]);
      for (let i = 0; i < r.int(2, 6); i++) fillRings(img, [ellipse(w * r(), horizon * r.range(0.1, 0.6), s * r.range(0.05, 0.15), s * r.range(0.02, 0.05))], [250, 250, 250, 200]);
      // Palms, umbrellas and people.
      for (let i = 0; i < r.int(1, 3); i++) {
        const x = w * r();
        fillRings(img, [stroke(x, h, x + r.range(-40, 40), h * 0.45, s * 0.02)], [110, 80, 40]);
        for (let k = 0; k < 6; k++) {
          const t = (k / 6) * Math.PI * 2;
          fillRings(img, [stroke(x, h * 0.45, x + Math.cos(t) * s * 0.15, h * 0.45 + Math.sin(t) * s * 0.06, s * 0.025)], [40, 120, 50]);
        }
      }
      for (let i = 0; i < r.int(0, 3); i++) {
        const x = w * r(), y = h * r.range(0.75, 0.9), u = s * r.range(0.06, 0.12);
        fillRings(img, [[x - u, y, x, y - u * 0.5, x + u, y]], randColour(r));
        fillRings(img, [stroke(x, y - u * 0.4, x, y + u, 4)], [80, 80, 80]);
      }
      person(img, r, w * r.range(0.2, 0.8), h * r.range(0.6, 0.8), s * r.range(0.15, 0.3));
      break;
    }
    case 'mountain': {
      verticalGradient(img, 0, h, [r.int(120, 180), r.int(170, 210), 240], [235, 235, 225]);
      for (let layer = 0; layer < 3; layer++) {
        const ring: Ring = [0, h];
        const base = h * (0.45 + layer * 0.15);
        for (let x = 0; x <= w; x += w / 12) ring.push(x, base - r.range(0, h * 0.25));
        ring.push(w, h);
        fillRings(img, [ring], mix([70, 90, 110], [40, 110, 50], layer / 2));
      }
      fillRings(img, [ellipse(w * r(), h * 0.15, s * 0.06)], [255, 245, 200]);
      break;
    }
    case 'city': {
      verticalGradient(img, 0, h, [r.int(100, 200), r.int(120, 200), 220], [220, 200, 190]);
      let x = 0;
      while (x < w) {
        const bw = s * r.range(0.08, 0.2), bh = h * r.range(0.3, 0.8);
        const c = randColour(r, 60, 200);
        fillRings(img, [rect(x, h - bh, bw, bh)], c);
        for (let wy = h - bh + 10; wy < h - 20; wy += s * 0.04) for (let wx = x + 6; wx < x + bw - 10; wx += s * 0.03) fillRings(img, [rect(wx, wy, s * 0.015, s * 0.02)], r.chance(0.5) ? [250, 240, 180] : [40, 50, 60]);
        x += bw + r.range(0, 10);
      }
      if (r.chance(0.5)) fillRings(img, [ellipse(w * r(), h * r.range(0.6, 0.85), s * 0.05)], [30, 30, 30]);
      break;
    }
    case 'office': {
      verticalGradient(img, 0, h * 0.7, randColour(r, 180, 240), randColour(r, 160, 220));
      verticalGradient(img, h * 0.7, h, [150, 120, 90], [110, 85, 60]);
      // Window, clock, a framed picture, a desk with a laptop.
      fillRings(img, [rect(w * 0.1, h * 0.1, w * 0.3, h * 0.35)], [170, 210, 240]);
      fillRings(img, [rect(w * 0.24, h * 0.1, w * 0.02, h * 0.35), rect(w * 0.1, h * 0.26, w * 0.3, h * 0.02)], [250, 250, 250]);
      const cx = w * r.range(0.55, 0.85), cy = h * 0.2, cr = s * r.range(0.05, 0.1);
      fillRings(img, [ellipse(cx, cy, cr)], [40, 40, 40]);
      fillRings(img, [ellipse(cx, cy, cr * 0.88)], [250, 250, 250]);
      for (let k = 0; k < 12; k++) {
        const t = (k / 12) * Math.PI * 2;
        fillRings(img, [stroke(cx + Math.cos(t) * cr * 0.7, cy + Math.sin(t) * cr * 0.7, cx + Math.cos(t) * cr * 0.82, cy + Math.sin(t) * cr * 0.82, 2)], [40, 40, 40]);
      }
      fillRings(img, [stroke(cx, cy, cx + cr * 0.5, cy - cr * 0.2, 3), stroke(cx, cy, cx, cy - cr * 0.6, 2)], [30, 30, 30]);
      fillRings(img, [rect(w * 0.5, h * 0.35, w * 0.2, h * 0.2)], [90, 60, 30]);
      fillRings(img, [rect(w * 0.52, h * 0.37, w * 0.16, h * 0.16)], randColour(r));
      fillRings(img, [rect(w * 0.2, h * 0.62, w * 0.6, h * 0.06)], [120, 80, 50]);
      fillRings(img, [[w * 0.4, h * 0.62, w * 0.6, h * 0.62, w * 0.58, h * 0.5, w * 0.42, h * 0.5]], [60, 60, 70]);
      person(img, r, w * r.range(0.2, 0.8), h * 0.75, s * r.range(0.2, 0.35));
      break;
    }
    case 'park': {
      verticalGradient(img, 0, h * 0.5, [150, 200, 240], [210, 230, 245]);
      verticalGradient(img, h * 0.5, h, [80, 160, 70], [50, 120, 40]);
      for (let i = 0; i < r.int(3, 7); i++) {
        const x = w * r(), y = h * r.range(0.45, 0.7), t = s * r.range(0.08, 0.18);
        fillRings(img, [rect(x - t * 0.08, y, t * 0.16, t * 0.9)], [100, 70, 40]);
        fillRings(img, [ellipse(x, y - t * 0.2, t * 0.6, t * 0.5)], [r.int(30, 70), r.int(110, 160), r.int(30, 70)]);
      }
      for (let i = 0; i < r.int(2, 5); i++) person(img, r, w * r(), h * r.range(0.65, 0.95), s * r.range(0.1, 0.25));
      if (r.chance(0.5)) fillRings(img, [ellipse(w * r(), h * 0.85, s * 0.04)], [240, 240, 240]);
      break;
    }
    case 'food': {
      verticalGradient(img, 0, h, randColour(r, 140, 220), randColour(r, 100, 180));
      for (let i = 0; i < r.int(2, 5); i++) {
        const x = w * r(), y = h * r(), pr = s * r.range(0.1, 0.25);
        fillRings(img, [ellipse(x, y, pr)], [245, 245, 245]);
        fillRings(img, [ellipse(x, y, pr * 0.75)], [235, 235, 235]);
        for (let k = 0; k < r.int(3, 9); k++) fillRings(img, [ellipse(x + r.range(-0.5, 0.5) * pr, y + r.range(-0.5, 0.5) * pr, pr * r.range(0.08, 0.25))], randColour(r));
      }
      fillRings(img, [stroke(w * r(), h * r(), w * r(), h * r(), s * 0.02)], [190, 190, 200]);
      break;
    }
    case 'abstract': {
      verticalGradient(img, 0, h, randColour(r), randColour(r));
      for (let i = 0; i < r.int(6, 20); i++) {
        const c = randColour(r);
        const x = w * r(), y = h * r(), u = s * r.range(0.03, 0.25);
        switch (r.int(0, 4)) {
          case 0: fillRings(img, [ellipse(x, y, u)], c); break;
          case 1: fillRings(img, [star(x, y, u, u * r.range(0.35, 0.55), r.int(5, 8), r.range(0, 6))], c); break;
          case 2: fillRings(img, [rect(x, y, u, u * r.range(0.5, 2))], c); break;
          case 3: fillRings(img, [ellipse(x, y, u), hole(ellipse(x, y, u * 0.7))], c, 'evenodd'); break;
          default: fillRings(img, [stroke(x, y, x + r.range(-u, u) * 3, y + r.range(-u, u) * 3, u * 0.2)], c);
        }
      }
      break;
    }
    case 'texture': {
      const a = randColour(r), b = randColour(r);
      const period = s * r.range(0.02, 0.12);
      const mode = r.int(0, 2);
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
        const t = mode === 0 ? Math.floor(x / period) % 2 : mode === 1 ? (Math.floor(x / period) + Math.floor(y / period)) % 2 : 0.5 + 0.5 * Math.sin((x + y) / period);
        const p = (y * w + x) * 4;
        img.data[p] = a[0] + (b[0] - a[0]) * t;
        img.data[p + 1] = a[1] + (b[1] - a[1]) * t;
        img.data[p + 2] = a[2] + (b[2] - a[2]) * t;
      }
      break;
    }
    case 'crowd': {
      verticalGradient(img, 0, h, randColour(r, 150, 230), randColour(r, 80, 150));
      for (let i = 0; i < r.int(8, 20); i++) person(img, r, w * r(), h * r.range(0.4, 1.1), s * r.range(0.12, 0.3));
      // Flags and banners without emblems.
      for (let i = 0; i < r.int(0, 3); i++) {
        const x = w * r(), y = h * r.range(0.05, 0.3);
        fillRings(img, [rect(x, y, s * 0.12, s * 0.04)], [220, 30, 40]);
        fillRings(img, [rect(x, y + s * 0.04, s * 0.12, s * 0.04)], [250, 250, 250]);
      }
      break;
    }
    case 'foliage': {
      // Leaves at every angle over branches: edges in every cell, as a tree or a hedge has.
      verticalGradient(img, 0, h, [r.int(40, 90), r.int(90, 140), r.int(40, 80)], [r.int(20, 60), r.int(60, 100), r.int(20, 50)]);
      for (let i = 0; i < r.int(4, 9); i++) fillRings(img, [stroke(w * r(), h * r(), w * r(), h * r(), s * r.range(0.01, 0.03))], [r.int(70, 110), r.int(50, 80), r.int(30, 50)]);
      const leaves = Math.round((w * h) / (s * s * 0.0015));
      for (let i = 0; i < leaves; i++) {
        const x = w * r(), y = h * r(), len = s * r.range(0.015, 0.05);
        const leaf = transformRing(ellipse(0, 0, len, len * r.range(0.25, 0.5), 12), rotation(r.range(0, Math.PI), 0, 0));
        fillRings(img, [transformRing(leaf, { a: 1, b: 0, c: 0, d: 1, e: x, f: y })], [r.int(30, 140), r.int(90, 200), r.int(20, 90)]);
      }
      break;
    }
    case 'batik': {
      // A repeated ornate motif (flowers, dot rings, curls) in the browns and indigos of batik.
      const palette: Colour[] = r.pick([[[60, 40, 25], [150, 100, 50], [235, 215, 170]], [[25, 30, 70], [90, 110, 170], [240, 235, 220]], [[90, 30, 20], [200, 150, 60], [245, 230, 200]]] as Colour[][]);
      verticalGradient(img, 0, h, palette[2]!, palette[2]!);
      const cell = s * r.range(0.08, 0.16);
      for (let gy = -cell / 2; gy < h + cell; gy += cell) {
        for (let gx = ((gy / cell) % 2) * (cell / 2) - cell / 2; gx < w + cell; gx += cell) {
          const cx = gx + r.range(-0.05, 0.05) * cell, cy = gy + r.range(-0.05, 0.05) * cell;
          const petals = r.int(5, 8);
          for (let k = 0; k < petals; k++) {
            const t = (k / petals) * Math.PI * 2;
            fillRings(img, [transformRing(ellipse(0, 0, cell * 0.2, cell * 0.07, 12), { a: Math.cos(t), b: Math.sin(t), c: -Math.sin(t), d: Math.cos(t), e: cx + Math.cos(t) * cell * 0.2, f: cy + Math.sin(t) * cell * 0.2 })], palette[0]!);
          }
          fillRings(img, [ellipse(cx, cy, cell * 0.08)], palette[1]!);
          for (let k = 0; k < 10; k++) {
            const t = (k / 10) * Math.PI * 2;
            fillRings(img, [ellipse(cx + Math.cos(t) * cell * 0.45, cy + Math.sin(t) * cell * 0.45, cell * 0.03)], palette[1]!);
          }
          // A curl between motifs.
          const curl: number[] = [];
          for (let k = 0; k <= 12; k++) {
            const t = k * 0.5, rad = cell * 0.02 * (1 + t);
            curl.push(cx + cell / 2 + Math.cos(t) * rad, cy + cell / 2 + Math.sin(t) * rad);
          }
          for (let k = 0; k + 3 < curl.length; k += 2) fillRings(img, [stroke(curl[k]!, curl[k + 1]!, curl[k + 2]!, curl[k + 3]!, cell * 0.025)], palette[0]!);
        }
      }
      break;
    }
    case 'document': {
      verticalGradient(img, 0, h, [250, 250, 248], [240, 240, 236]);
      for (let y = h * 0.1; y < h * 0.9; y += s * 0.035) fillRings(img, [rect(w * 0.1, y, w * r.range(0.4, 0.8), s * 0.012)], [60, 60, 60]);
      if (r.chance(0.5)) fillRings(img, [ellipse(w * 0.8, h * 0.85, s * 0.07), hole(ellipse(w * 0.8, h * 0.85, s * 0.055))], [40, 60, 160], 'evenodd');
      break;
    }
  }
  noise(img, r, r.range(2, 10));
  return r.chance(0.5) ? soften(img, r.range(1, 2)) : img;
}

/** A simple figure: head and shoulders, in clothes of a random colour. */
function person(img: Rgba, r: Rng, x: number, y: number, size: number) {
  const skin: Colour = r.pick([[230, 190, 160], [200, 150, 110], [150, 100, 70], [110, 75, 50]]);
  fillRings(img, [roundRect(x - size * 0.35, y - size * 0.35, size * 0.7, size * 0.9, size * 0.2)], randColour(r));
  fillRings(img, [ellipse(x, y - size * 0.55, size * 0.2, size * 0.24)], skin);
  fillRings(img, [ellipse(x, y - size * 0.68, size * 0.21, size * 0.12)], [30, 25, 20]);
}

// ---- logos in photos ------------------------------------------------------------------------

export interface LogoPhotoOptions {
  /** The logo's id: a stand-in's (tests/images/standins.ts), a made-up agency emblem's
   * (agencyEmblemId), or any id when the drawing is passed as `art`. */
  logo: string;
  /** Share of the final picture's area the logo's bounding box covers. */
  area: number;
  /** Degrees. */
  rotation: number;
  quality: number;
  shift: ColourShift | null;
  /** Final picture size. */
  width: number;
  height: number;
  /** Crop the composed picture to this share (0.8–1) of each side before resizing. */
  crop: number;
  /** Put the logo on a plain banner (a printed sign) rather than straight onto the scene. */
  banner: boolean;
  /** The scene behind it (default: any). */
  sceneKind?: SceneKind;
}

export function randomLogoOptions(r: Rng, logo = r.pick(STAND_INS).id): LogoPhotoOptions {
  const [width, height] = r.pick([[1080, 1080], [1080, 1350], [1350, 1080], [1080, 810], [1280, 720], [720, 960], [640, 640]] as const);
  return {
    logo,
    area: r.pick([0.1, 0.12, 0.15, 0.2, 0.3]),
    rotation: r.range(-10, 10),
    quality: r.int(45, 95),
    shift: r.chance(0.7) ? randomShift(r) : null,
    width,
    height,
    crop: r.range(0.82, 1),
    banner: r.chance(0.4),
  };
}

/** What logoPhoto draws for a logo id: a stand-in drawn in code or a made-up agency emblem. */
function drawnLogo(id: string, size: number): Rgba {
  const emblem = AGENCY_EMBLEM_KINDS.find((k) => agencyEmblemId(k) === id);
  return emblem ? agencyEmblem(size, null, emblem) : drawStandIn(id, size);
}

/**
 * A scene with a logo on it; `box` is where the logo is in the final picture. `art`: the logo's
 * own drawing (a real emblem's artwork, tests/emblems/artwork.ts) instead of one drawn in code;
 * it keeps its proportions, and `area` is then the share its bounding box covers.
 */
export function logoPhoto(r: Rng, o: LogoPhotoOptions, art?: Rgba): { image: Rgba; box: { x: number; y: number; w: number; h: number }; area: number } {
  // Compose larger than the final picture, then crop and resize to it (resampling, cropping).
  const W = Math.round(o.width / o.crop);
  const H = Math.round(o.height / o.crop);
  const img = scene(r, W, H, o.sceneKind ?? r.pick(SCENES));
  const source = art ? logoCutout(art) : drawnLogo(o.logo, 256);
  const aspect = source.width / source.height;
  // The logo's sides in the final picture, then in the composed one.
  const lw = Math.sqrt(o.area * o.width * o.height * aspect) / o.crop;
  const lh = lw / aspect;
  const logo = resize(source, lw, lh);
  // Rotate on a larger transparent canvas so the corners survive.
  const pad = Math.ceil(Math.max(lw, lh) * 0.2);
  const canvas = createRgba(logo.width + 2 * pad, logo.height + 2 * pad);
  composite(canvas, logo, pad, pad);
  const turned = o.rotation ? rotate(canvas, o.rotation) : canvas;
  // Somewhere the logo stays whole inside the final crop.
  const cropX = r.range(0, W - o.width);
  const cropY = r.range(0, H - o.height);
  const x = cropX + r.range(0, Math.max(0, o.width - lw)) - pad;
  const y = cropY + r.range(0, Math.max(0, o.height - lh)) - pad;
  if (o.banner) {
    const m = Math.max(lw, lh) * 0.12;
    fillRings(img, [rect(x + pad - m, y + pad - m, lw + 2 * m, lh + 2 * m)], r.pick<Colour>([[250, 250, 250], [240, 235, 220], [30, 60, 130], [200, 30, 40]]));
  }
  composite(img, turned, x, y);
  if (o.shift) shiftColours(img, o.shift);
  const cut = crop(img, cropX, cropY, o.width, o.height);
  const out = jpegRoundTrip(cut, o.quality);
  return { image: out, box: { x: x + pad - cropX, y: y + pad - cropY, w: lw, h: lh }, area: o.area };
}

// ---- text -----------------------------------------------------------------------------------

const require = createRequire(import.meta.url);
const fontCache = new Map<string, opentype.Font>();
export const FONTS = ['anton', 'roboto-900', 'roboto-700', 'poppins-800'] as const;
export type FontName = (typeof FONTS)[number];
const FONT_FILES: Record<FontName, string> = {
  anton: '@fontsource/anton/files/anton-latin-400-normal.woff',
  'roboto-900': '@fontsource/roboto/files/roboto-latin-900-normal.woff',
  'roboto-700': '@fontsource/roboto/files/roboto-latin-700-normal.woff',
  'poppins-800': '@fontsource/poppins/files/poppins-latin-800-normal.woff',
};

function font(name: FontName): opentype.Font {
  let f = fontCache.get(name);
  if (!f) {
    const b = readFileSync(require.resolve(FONT_FILES[name]));
    f = opentype.parse(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
    fontCache.set(name, f);
  }
  return f;
}

/**
 * Glyph by glyph with kerning: opentype.js's shaper throws on some GSUB lookups these fonts
 * carry, and poster text needs no shaping.
 */
function glyphPath(f: opentype.Font, text: string, x: number, y: number, size: number): opentype.PathCommand[] {
  const out: opentype.PathCommand[] = [];
  const k = size / f.unitsPerEm;
  let prev: opentype.Glyph | null = null;
  for (const ch of text) {
    const g = f.charToGlyph(ch);
    if (prev) x += f.getKerningValue(prev, g) * k;
    out.push(...g.getPath(x, y, size).commands);
    x += (g.advanceWidth ?? 0) * k;
    prev = g;
  }
  return out;
}

function advance(f: opentype.Font, text: string, size: number): number {
  let w = 0;
  let prev: opentype.Glyph | null = null;
  for (const ch of text) {
    const g = f.charToGlyph(ch);
    if (prev) w += f.getKerningValue(prev, g);
    w += g.advanceWidth ?? 0;
    prev = g;
  }
  return (w * size) / f.unitsPerEm;
}

/** The glyph outlines of `text` as rings (curves flattened). */
function textRings(f: opentype.Font, text: string, x: number, y: number, size: number): Ring[] {
  const rings: Ring[] = [];
  let cur: Ring = [];
  let px = 0, py = 0;
  for (const c of glyphPath(f, text, x, y, size)) {
    if (c.type === 'M') {
      if (cur.length > 4) rings.push(cur);
      cur = [c.x, c.y];
      [px, py] = [c.x, c.y];
    } else if (c.type === 'L') {
      cur.push(c.x, c.y);
      [px, py] = [c.x, c.y];
    } else if (c.type === 'Q') {
      for (let i = 1; i <= 6; i++) {
        const t = i / 6, u = 1 - t;
        cur.push(u * u * px + 2 * u * t * c.x1 + t * t * c.x, u * u * py + 2 * u * t * c.y1 + t * t * c.y);
      }
      [px, py] = [c.x, c.y];
    } else if (c.type === 'C') {
      for (let i = 1; i <= 8; i++) {
        const t = i / 8, u = 1 - t;
        cur.push(u * u * u * px + 3 * u * u * t * c.x1 + 3 * u * t * t * c.x2 + t * t * t * c.x, u * u * u * py + 3 * u * u * t * c.y1 + 3 * u * t * t * c.y2 + t * t * t * c.y);
      }
      [px, py] = [c.x, c.y];
    } else if (c.type === 'Z') {
      if (cur.length > 4) rings.push(cur);
      cur = [];
    }
  }
  if (cur.length > 4) rings.push(cur);
  return rings;
}

/** Draw one line of text centred on `cx`, as large as fits `maxWidth` (and at most `maxSize`). */
export function drawText(img: Rgba, text: string, cx: number, baseline: number, maxWidth: number, maxSize: number, colour: Colour, fontName: FontName, outline?: Colour): number {
  const f = font(fontName);
  const size = Math.min(maxSize, (maxSize * maxWidth) / advance(f, text, maxSize));
  const w = advance(f, text, size);
  const x = cx - w / 2;
  if (outline) {
    const o = size * 0.05;
    for (const [dx, dy] of [[-o, 0], [o, 0], [0, -o], [0, o], [o, o], [-o, -o], [o, -o], [-o, o]] as const) fillRings(img, textRings(f, text, x + dx, baseline + dy, size), outline);
  }
  fillRings(img, textRings(f, text, x, baseline, size), colour);
  return size;
}

// ---- campaign pictures ----------------------------------------------------------------------

/** Lines as they appear on campaign posters; each line group is one poster. */
export const POSTER_TEXTS: readonly string[][] = [
  ['AYO COBLOS', 'NOMOR 2'],
  ['COBLOS NO. 2'],
  ['PILIH PASLON 01'],
  ['DUKUNG BUDI - SANTI', 'NO. 3'],
  ['#02MENANG'],
  ['SAYA DUKUNG', 'PASLON 01'],
  ['COBLOS NOMOR 1', 'UNTUK BUPATI'],
  ['LANJUTKAN!', 'PILIH NOMOR 3'],
  ['JANGAN LUPA', 'COBLOS NO 2'],
  ['BERSAMA RATNA', 'COBLOS 1'],
  ['01 MENANG', 'SATU PUTARAN'],
  ['PILIH CALEG', 'NOMOR 7'],
  ['COBLOS GAMBARNYA', 'NO. 5'],
  ['VOTE 02'],
  ['MENANGKAN', 'HENDRA - YUDI', 'NO. 4'],
];

export const TWIBBON_TEXTS: readonly [string, string][] = [
  ['SAYA DUKUNG', 'PASLON 01'],
  ['TWIBBON DUKUNGAN', 'PASLON 02'],
  ['#01MENANG', 'COBLOS NO. 1'],
  ['AYO COBLOS', 'NOMOR 3'],
  ['KAMI PILIH', 'PASLON 02'],
];

const PARTY: Colour[] = [[200, 30, 40], [20, 70, 160], [240, 190, 20], [20, 130, 70], [240, 120, 20], [110, 30, 120], [20, 20, 20]];

export function poster(r: Rng, lines: readonly string[], opts: { width?: number; height?: number; quality?: number } = {}): Rgba {
  const w = opts.width ?? r.pick([1080, 1080, 800]);
  const h = opts.height ?? r.pick([1350, 1080, 1200]);
  const img = createRgba(w, h, [255, 255, 255, 255]);
  const bg = r.pick(PARTY);
  verticalGradient(img, 0, h, bg, mix(bg, [0, 0, 0], r.range(0.1, 0.4)));
  // Decorative stripes and the candidates' portraits.
  for (let i = 0; i < r.int(1, 3); i++) fillRings(img, [[0, h * r(), w, h * r(), w, h * r() + h * 0.05, 0, h * r() + h * 0.05]], [255, 255, 255, 60]);
  const pair = r.chance(0.6) ? 2 : 1;
  for (let i = 0; i < pair; i++) person(img, r, w * (pair === 1 ? 0.5 : 0.3 + i * 0.4), h * 0.42, Math.min(w, h) * 0.35);
  const text: Colour = r.pick<Colour>([[255, 255, 255], [255, 230, 60]]);
  const dark: Colour = [20, 20, 20];
  const fontName = r.pick(FONTS);
  // The text sits on a band, as on most posters (and where text is legible for people too).
  const bandTop = h * 0.58;
  fillRings(img, [rect(0, bandTop, w, h - bandTop)], mix(bg, [0, 0, 0], 0.55));
  const lineH = (h - bandTop) / (lines.length + 0.8);
  lines.forEach((line, i) => drawText(img, line, w / 2, bandTop + lineH * (i + 1), w * 0.86, lineH * 0.8, text, fontName, r.chance(0.4) ? dark : undefined));
  // A ballot number badge in a corner.
  const num = /\d+/.exec(lines.join(' '))?.[0];
  if (num && r.chance(0.6)) {
    const cx = w * 0.86, cy = h * 0.1, rad = Math.min(w, h) * 0.08;
    fillRings(img, [ellipse(cx, cy, rad)], [255, 255, 255]);
    drawText(img, num, cx, cy + rad * 0.4, rad * 1.3, rad * 1.2, bg, 'roboto-900');
  }
  drawText(img, 'PILKADA 2024', w / 2, h * 0.07, w * 0.4, h * 0.04, [255, 255, 255], 'roboto-700');
  noise(img, r, 3);
  return jpegRoundTrip(img, opts.quality ?? r.int(70, 92));
}

/** A profile picture in a campaign frame: a photo, a ring, and text bands top and bottom. */
export function twibbon(r: Rng, [top, bottom]: readonly [string, string], size = 1080): Rgba {
  const img = scene(r, size, size, r.pick(['beach', 'park', 'office', 'city'] as const));
  person(img, r, size / 2, size * 0.75, size * 0.55);
  const c = r.pick(PARTY);
  const ring = (rad: number) => ellipse(size / 2, size / 2, rad, rad, 180);
  // Frame: everything outside a circle is the campaign colour.
  fillRings(img, [rect(0, 0, size, size), hole(ring(size * 0.42))], c, 'evenodd');
  fillRings(img, [ring(size * 0.43), hole(ring(size * 0.41))], [255, 255, 255], 'evenodd');
  fillRings(img, [rect(0, 0, size, size * 0.16), rect(0, size * 0.84, size, size * 0.16)], mix(c, [0, 0, 0], 0.4));
  drawText(img, top, size / 2, size * 0.12, size * 0.8, size * 0.1, [255, 255, 255], r.pick(FONTS));
  drawText(img, bottom, size / 2, size * 0.96, size * 0.8, size * 0.1, [255, 230, 60], r.pick(FONTS));
  return jpegRoundTrip(img, r.int(75, 92));
}

/** A logo-free holiday photo (the browser tests' negative case). */
export function holidayPhoto(seed = 7, w = 1080, h = 810): Rgba {
  return jpegRoundTrip(scene(rng(seed), w, h, 'beach'), 85);
}

// ---- an agency's own logo ---------------------------------------------------------------------

/** logoPhoto's ids for the made-up agency emblems below: `agency:seal`, `agency:shield`, … */
export const agencyEmblemId = (kind: AgencyEmblemKind) => `agency:${kind}`;
export const AGENCY_EMBLEM = agencyEmblemId('seal');

/** An emblem as an agency hands it over: a JPEG of it in the middle of a larger white picture. */
export function agencyLogoFile(kind: AgencyEmblemKind = 'seal'): Rgba {
  const padded = createRgba(400, 300, [255, 255, 255, 255]);
  composite(padded, agencyEmblem(180, [255, 255, 255, 255], kind), 110, 60);
  return jpegRoundTrip(padded, 85);
}

/** Made-up agency emblems (none resembles a built-in logo), different in kind as real ones are. */
export const AGENCY_EMBLEM_KINDS = ['seal', 'shield', 'letters'] as const;
export type AgencyEmblemKind = (typeof AGENCY_EMBLEM_KINDS)[number];

/**
 * A made-up agency emblem, by default opaque on white, the way logos often come as JPEG:
 * - seal: a ring, a square with bars and a star;
 * - shield: a pointed shield with stripes, a disc with an eight-point star, and wings;
 * - letters: a rounded badge with the office's initials and a line under them.
 */
export function agencyEmblem(size = 240, background: Colour | null = [255, 255, 255, 255], kind: AgencyEmblemKind = 'seal'): Rgba {
  const img = createRgba(size, size, background ?? [0, 0, 0, 0]);
  const c = size / 2;
  const u = size / 240;
  if (kind === 'seal') {
    fillRings(img, [ellipse(c, c, 110 * u)], [20, 90, 60]);
    fillRings(img, [ellipse(c, c, 86 * u)], [250, 250, 245]);
    fillRings(img, [rect(c - 52 * u, c - 56 * u, 104 * u, 112 * u)], [150, 25, 35]);
    for (let i = 0; i < 4; i++) fillRings(img, [rect(c - 40 * u, c + (8 + i * 11) * u, 80 * u, 5 * u)], [245, 200, 40]);
    fillRings(img, [star(c, c - 22 * u, 28 * u, 11 * u)], [245, 200, 40]);
  } else if (kind === 'shield') {
    const shield = [c - 70 * u, 40 * u, c + 70 * u, 40 * u, c + 70 * u, 130 * u, c, 215 * u, c - 70 * u, 130 * u];
    for (const side of [-1, 1]) for (let k = 0; k < 4; k++) fillRings(img, [stroke(c + side * 72 * u, (70 + k * 16) * u, c + side * (112 - k * 6) * u, (50 + k * 20) * u, 7 * u)], [190, 150, 40]);
    fillRings(img, [shield], [30, 50, 120]);
    for (let i = 0; i < 3; i++) fillRings(img, [rect(c - 60 * u, (52 + i * 14) * u, 120 * u, 6 * u)], [230, 230, 230]);
    fillRings(img, [ellipse(c, 140 * u, 34 * u)], [230, 60, 40]);
    fillRings(img, [star(c, 140 * u, 26 * u, 12 * u, 8)], [250, 240, 200]);
  } else {
    fillRings(img, [roundRect(20 * u, 40 * u, 200 * u, 160 * u, 30 * u)], [120, 20, 90]);
    fillRings(img, [roundRect(30 * u, 50 * u, 180 * u, 140 * u, 22 * u)], [250, 245, 235]);
    drawText(img, 'DKP', c, 140 * u, 150 * u, 80 * u, [120, 20, 90], 'roboto-900');
    fillRings(img, [rect(55 * u, 155 * u, 130 * u, 8 * u)], [40, 140, 90]);
    drawText(img, 'SUKAMAJU', c, 182 * u, 120 * u, 18 * u, [40, 40, 40], 'roboto-700');
  }
  return img;
}
