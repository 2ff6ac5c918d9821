/**
 * Stand-in emblems drawn in code: simplified shapes in the manner of KORPRI, a regional
 * government shield, the state shield and a ministry seal. They are NOT the official designs.
 * Until the real emblems were derived from their artwork (src/images/emblems.ts), these were the
 * built-in library; they stay as test fixtures that need no artwork: the unit and browser tests
 * hand them to the matcher as an agency's or a user's own logos, and the benchmark keeps their
 * figures beside the real emblems', labelled.
 */
import { createRgba, ellipse, fillRings, hole, rect, rotation, roundRect, star, stroke, transformRing, type Colour, type Rgba, type Ring } from '../../src/images/raster';

const GOLD: Colour = [232, 178, 32];
const NAVY: Colour = [24, 52, 120];
const WHITE: Colour = [250, 250, 250];
const RED: Colour = [200, 30, 40];
const GREEN: Colour = [20, 120, 60];
const BLACK: Colour = [20, 20, 20];
const SKY: Colour = [40, 110, 190];

type Draw = (img: Rgba, s: number) => void;

/** KORPRI-like: a navy disc, a gold tree with branches, a pavilion at its foot, wings either side. */
const korpri: Draw = (img, s) => {
  const c = s / 2;
  fillRings(img, [ellipse(c, c, s * 0.48)], GOLD);
  fillRings(img, [ellipse(c, c, s * 0.44)], NAVY);
  // Wings: feathers fanning out from the lower middle.
  for (const side of [-1, 1]) {
    for (let i = 0; i < 6; i++) {
      const t = (-0.15 + i * 0.1) * Math.PI;
      const len = s * (0.3 - i * 0.025);
      const ox = c + side * s * 0.08;
      const oy = c + s * 0.12;
      fillRings(img, [stroke(ox, oy, ox + side * Math.cos(t) * len, oy - Math.sin(t) * len, s * 0.035)], WHITE);
    }
  }
  // Tree: trunk and branches.
  fillRings(img, [stroke(c, c + s * 0.2, c, c - s * 0.3, s * 0.05)], GOLD);
  for (let i = 0; i < 5; i++) {
    const y = c - s * 0.25 + i * s * 0.08;
    const len = s * (0.1 + i * 0.025);
    fillRings(img, [stroke(c, y + s * 0.04, c - len, y, s * 0.03), stroke(c, y + s * 0.04, c + len, y, s * 0.03)], GOLD);
  }
  // Pavilion.
  fillRings(img, [[c - s * 0.16, c + s * 0.24, c + s * 0.16, c + s * 0.24, c + s * 0.1, c + s * 0.17, c - s * 0.1, c + s * 0.17]], WHITE);
  for (let i = -2; i <= 2; i++) fillRings(img, [rect(c + i * s * 0.055 - s * 0.012, c + s * 0.25, s * 0.024, s * 0.1)], WHITE);
  fillRings(img, [rect(c - s * 0.18, c + s * 0.35, s * 0.36, s * 0.03)], WHITE);
};

/** Regional-government-like: a green shield with a gold rim, a star, a gate, rice and cotton stalks. */
const pemda: Draw = (img, s) => {
  const shield = (inset: number): Ring => {
    const out: Ring = [];
    const l = s * 0.1 + inset, r = s * 0.9 - inset, top = s * 0.05 + inset, mid = s * 0.55;
    out.push(l, top, r, top, r, mid);
    for (let i = 1; i < 16; i++) {
      const t = i / 16;
      out.push(r - (r - s / 2) * Math.sin((t * Math.PI) / 2), mid + (s * 0.95 - inset - mid) * Math.sin((t * Math.PI) / 2) ** 0.7);
    }
    out.push(s / 2, s * 0.95 - inset);
    for (let i = 15; i >= 1; i--) {
      const t = i / 16;
      out.push(l + (s / 2 - l) * Math.sin((t * Math.PI) / 2), mid + (s * 0.95 - inset - mid) * Math.sin((t * Math.PI) / 2) ** 0.7);
    }
    out.push(l, mid);
    return out;
  };
  fillRings(img, [shield(0)], GOLD);
  fillRings(img, [shield(s * 0.04)], GREEN);
  fillRings(img, [star(s / 2, s * 0.2, s * 0.1, s * 0.04)], GOLD);
  // Gate: two pillars and a roof.
  fillRings(img, [rect(s * 0.38, s * 0.4, s * 0.06, s * 0.3), rect(s * 0.56, s * 0.4, s * 0.06, s * 0.3)], WHITE);
  fillRings(img, [[s * 0.32, s * 0.42, s / 2, s * 0.32, s * 0.68, s * 0.42]], WHITE);
  fillRings(img, [rect(s * 0.34, s * 0.7, s * 0.32, s * 0.04)], WHITE);
  // Rice (left, grains) and cotton (right, bolls) following the rim.
  for (let i = 0; i < 8; i++) {
    const t = 0.2 + i * 0.08;
    fillRings(img, [ellipse(s * (0.22 + 0.02 * Math.sin(t * 6)), s * (0.3 + i * 0.065), s * 0.025, s * 0.04)], GOLD);
    fillRings(img, [ellipse(s * (0.78 - 0.02 * Math.sin(t * 6)), s * (0.3 + i * 0.065), s * 0.035)], WHITE);
  }
};

/** State-shield-like: a black-rimmed shield in five fields with a gold star at the centre and a red-white band. */
const perisai: Draw = (img, s) => {
  const outline: Ring = [];
  const w = s * 0.8, x0 = s * 0.1, y0 = s * 0.08, h = s * 0.84;
  outline.push(x0, y0, x0 + w, y0);
  for (let i = 0; i <= 20; i++) {
    const t = (i / 20) * Math.PI;
    outline.push(x0 + w / 2 + (w / 2) * Math.cos(t), y0 + h * 0.45 + h * 0.55 * Math.sin(t));
  }
  fillRings(img, [outline], BLACK);
  const inner = transformRing(outline, { a: 0.9, b: 0, c: 0, d: 0.9, e: s * 0.05, f: s * 0.05 });
  fillRings(img, [inner], RED);
  // Quarters: upper-left and lower-right white.
  fillRings(img, [rect(s * 0.16, s * 0.13, s * 0.34, s * 0.33)], WHITE);
  fillRings(img, [[s * 0.5, s * 0.52, s * 0.82, s * 0.52, s * 0.76, s * 0.72, s * 0.62, s * 0.84, s * 0.5, s * 0.86]], WHITE);
  // Band across.
  fillRings(img, [rect(s * 0.13, s * 0.46, s * 0.74, s * 0.06)], BLACK);
  // Centre shield with the star.
  fillRings(img, [roundRect(s * 0.38, s * 0.35, s * 0.24, s * 0.26, s * 0.05)], BLACK);
  fillRings(img, [star(s / 2, s * 0.48, s * 0.1, s * 0.04)], GOLD);
};

/** Ministry-seal-like: a gear ring, a sky disc, a gold star over an open book. */
const kementerian: Draw = (img, s) => {
  const c = s / 2;
  const teeth = 16;
  const gear: Ring = [];
  for (let i = 0; i < teeth * 4; i++) {
    const t = (i / (teeth * 4)) * Math.PI * 2;
    const r = i % 4 < 2 ? s * 0.49 : s * 0.43;
    gear.push(c + Math.cos(t) * r, c + Math.sin(t) * r);
  }
  fillRings(img, [gear, hole(ellipse(c, c, s * 0.34))], NAVY);
  fillRings(img, [ellipse(c, c, s * 0.32)], SKY);
  fillRings(img, [star(c, c - s * 0.08, s * 0.16, s * 0.065)], GOLD);
  // Open book: two slanted pages.
  const page: Ring = [c, c + s * 0.12, c - s * 0.22, c + s * 0.06, c - s * 0.22, c + s * 0.2, c, c + s * 0.26];
  fillRings(img, [page, transformRing(page, { a: -1, b: 0, c: 0, d: 1, e: 2 * c, f: 0 })], WHITE);
  fillRings(img, [transformRing(stroke(c, c + s * 0.12, c, c + s * 0.26, s * 0.015), rotation(0, c, c))], NAVY);
};

export const STAND_INS: ReadonlyArray<{ id: string; name: string; draw: Draw }> = [
  { id: 'standin:korpri', name: 'KORPRI (stand-in)', draw: korpri },
  { id: 'standin:pemda', name: 'Pemda (stand-in)', draw: pemda },
  { id: 'standin:perisai', name: 'Perisai (stand-in)', draw: perisai },
  { id: 'standin:kementerian', name: 'Kementerian (stand-in)', draw: kementerian },
];

/** A stand-in drawn at `size` pixels on transparency. */
export function drawStandIn(id: string, size: number): Rgba {
  const def = STAND_INS.find((l) => l.id === id);
  if (!def) throw new Error(`no stand-in logo ${id}`);
  const img = createRgba(size, size);
  def.draw(img, size);
  return img;
}

/** Every stand-in as a logo source, drawn at the size templates are built from. */
export function standInSources(size = 192): Array<{ id: string; name: string; image: Rgba }> {
  return STAND_INS.map((l) => ({ id: l.id, name: l.name, image: drawStandIn(l.id, size) }));
}
