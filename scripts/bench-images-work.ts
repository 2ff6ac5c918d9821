/**
 * The per-picture work of `npm run bench`'s picture section (scripts/bench-images.ts): generate
 * one picture from its seed, run the logo matcher and the perceptual-hash baseline on it, and
 * return the scores. Runs in worker threads (generation is the slow part) and in the main thread.
 *
 * A logo-free picture is searched for every logo the benchmark knows; a picture of a real emblem
 * for the real ones, a picture of a logo drawn in code for those drawn in code (each logo's score
 * is independent of the others'):
 * - `builtin:*` — the built-in emblems as shipped (emblems-data.ts: templates from every drawing);
 * - `only:<drawing>` — an emblem with two drawings, from one drawing alone: measured on pictures
 *   of the other drawing, these are the held-out figures (a drawing nobody gave the matcher);
 * - `agency:<drawing>` — the other real emblems, prepared from their artwork at run time as a
 *   policy logo is (at most 256 pixels, background cut away, the given-logo bar);
 * - `standin:*`, `agency:seal|shield|letters` — logos drawn in code (stand-ins of the four kinds of
 *   emblem, made-up agency logos): the figures from before the real emblems.
 */
import { parentPort } from 'node:worker_threads';
import { detectLogos, prepareLogo, type LogoTemplate } from '../src/images/detect';
import { builtinTemplates } from '../src/images/emblems';
import { BUILTIN_LOGOS } from '../src/images/logos';
import { DETECT_SHORT, givenLogo } from '../src/images/pipeline';
import { composite, createRgba, halve, resize, type Rgba } from '../src/images/raster';
import { finishRendition, rawRendition } from '../src/images/template';
import { jpegRoundTrip } from '../tests/images/io';
import { ARTWORK, artworkAvailable, emblemDrawing, loadArtwork } from '../tests/emblems/artwork';
import { AGENCY_EMBLEM_KINDS, agencyEmblemId, agencyLogoFile, logoPhoto, randomLogoOptions, rng, scene, SCENES, type SceneKind } from '../tests/images/generate';
import { drawStandIn, STAND_INS, standInSources } from '../tests/images/standins';

export type Job =
  | { kind: 'logo'; seed: number; logo: string }
  /** A picture made from a real drawing; `busy`: straight onto a busy scene, no banner. */
  | { kind: 'emblem'; seed: number; file: string; busy: boolean }
  | { kind: 'scene'; seed: number; index: number };

export interface JobResult {
  kind: Job['kind'];
  seed: number;
  /** Logo the picture holds: a logo id (logo jobs) or a drawing's file name (emblem jobs). */
  logo?: string;
  busy?: boolean;
  area?: number;
  width: number;
  height: number;
  /** Matcher: best fine score per logo id, and whether it was at the logo's place. */
  hits: Array<{ id: string; score: number; atTruth: boolean }>;
  /** Baseline: best dHash similarity (1 − Hamming/64) per stand-in id. */
  dhash: Record<string, number>;
}

/** Scenes busy enough to show through an open design's gaps. */
export const BUSY_SCENES: readonly SceneKind[] = ['city', 'crowd', 'texture', 'abstract', 'park', 'foliage', 'batik'];

/** The emblems drawn twice, and the id of each drawing's own templates. */
export const HELD_OUT = ['garuda-pancasila-a', 'garuda-pancasila-b', 'korpri-a', 'korpri-b'];
export const onlyId = (file: string) => `only:${file}`;

let templates: { real: LogoTemplate[]; drawn: LogoTemplate[] } | null = null;
let hashes: Map<string, Hash> | null = null;

/** The logo a policy hands over, as the analyser prepares it (at most 256 pixels). */
function asPolicyLogo(id: string, name: string, img: Rgba): LogoTemplate {
  const k = Math.min(1, 256 / Math.max(img.width, img.height));
  const t = givenLogo(id, name, k < 1 ? resize(img, img.width * k, img.height * k) : img);
  if ('problem' in t) throw new Error(`${name} would be refused as a logo: ${t.problem}`);
  return t;
}

export function allTemplates(): LogoTemplate[] {
  const t = templateSets();
  return [...t.real, ...t.drawn];
}

function templateSets(): { real: LogoTemplate[]; drawn: LogoTemplate[] } {
  const real = artworkAvailable()
    ? [
        ...builtinTemplates('en'),
        ...HELD_OUT.map((file) => {
          const b = BUILTIN_LOGOS.find((l) => l.id === ARTWORK.find((a) => a.file === file)!.id)!;
          return { id: onlyId(file), name: file, threshold: b.threshold, renditions: [finishRendition(rawRendition(emblemDrawing(file)))] };
        }),
        ...ARTWORK.filter((a) => a.kind === 'agency').map((a) => asPolicyLogo(a.id, a.name, loadArtwork(a.file))),
      ]
    : [];
  const drawn = [
    ...standInSources().map((s) => prepareLogo(s)),
    // Made-up agency emblems, handed over as agencies do (JPEG, white margins).
    ...AGENCY_EMBLEM_KINDS.map((k) => prepareLogo({ id: agencyEmblemId(k), name: k, image: agencyLogoFile(k) }, { given: true })),
  ];
  return { real, drawn };
}

export function picture(job: Job): { image: Rgba; box?: { x: number; y: number; w: number; h: number }; area?: number } {
  if (job.kind === 'logo') {
    const o = randomLogoOptions(rng(job.seed), job.logo);
    return logoPhoto(rng(job.seed + 1), o);
  }
  if (job.kind === 'emblem') {
    const r = rng(job.seed);
    const o = randomLogoOptions(r, job.file);
    if (job.busy) Object.assign(o, { banner: false, sceneKind: r.pick(BUSY_SCENES) });
    return logoPhoto(rng(job.seed + 1), o, loadArtwork(job.file));
  }
  const r = rng(job.seed);
  const [w, h] = r.pick([[1080, 1080], [1080, 1350], [1350, 1080], [1080, 810], [1280, 720], [720, 960], [640, 640]] as const);
  return { image: jpegRoundTrip(scene(r, w, h, SCENES[job.index % SCENES.length]), r.int(45, 95)) };
}

export function run(job: Job): JobResult {
  templates ??= templateSets();
  hashes ??= new Map(STAND_INS.map((l) => [l.id, logoHash(l.id)]));
  const p = picture(job);
  // As the analyser and the CLI do (pipeline.ts): logos are searched in a copy whose shorter side
  // is DETECT_SHORT; boxes are compared in that copy's pixels.
  const k = Math.min(1, DETECT_SHORT / Math.min(p.image.width, p.image.height));
  const image = k < 1 ? resize(p.image, p.image.width * k, p.image.height * k) : p.image;
  const b = p.box && { x: p.box.x * k, y: p.box.y * k, w: p.box.w * k, h: p.box.h * k };
  const searched = job.kind === 'emblem' ? templates.real : job.kind === 'logo' ? templates.drawn : [...templates.real, ...templates.drawn];
  const hits = detectLogos(image, searched, { threshold: -1 }).map((h) => ({
    id: h.id,
    score: h.score,
    atTruth: !!b && Math.abs(h.box.x + h.box.w / 2 - (b.x + b.w / 2)) < b.w / 2 && Math.abs(h.box.y + h.box.h / 2 - (b.y + b.h / 2)) < b.h / 2,
  }));
  return {
    kind: job.kind,
    seed: job.seed,
    ...(job.kind === 'logo' ? { logo: job.logo, area: p.area } : job.kind === 'emblem' ? { logo: job.file, busy: job.busy, area: p.area } : {}),
    width: p.image.width,
    height: p.image.height,
    hits,
    dhash: job.kind === 'emblem' ? {} : dhashScores(p.image, hashes),
  };
}

// ---- the perceptual-hash baseline -------------------------------------------------------------
// dHash (9×8 grey means, 64 "brighter than the right neighbour" bits) of every 48-pixel window,
// stride 6, over the same pyramid the matcher uses (logo 25–100% of the short side).

const WIN = 48;

function grey(img: Rgba): Float64Array {
  // Integral image of luminance, (w+1)×(h+1).
  const { width: w, height: h, data } = img;
  const I = new Float64Array((w + 1) * (h + 1));
  for (let y = 0; y < h; y++) {
    let row = 0;
    for (let x = 0; x < w; x++) {
      const p = (y * w + x) * 4;
      const a = data[p + 3]! / 255;
      row += (0.299 * data[p]! + 0.587 * data[p + 1]! + 0.114 * data[p + 2]!) * a + 128 * (1 - a);
      I[(y + 1) * (w + 1) + x + 1] = I[y * (w + 1) + x + 1]! + row;
    }
  }
  return I;
}

/** 64 bits as two 32-bit halves (BigInt arithmetic is far slower). */
type Hash = [number, number];

function hashAt(I: Float64Array, w: number, x0: number, y0: number, size: number): Hash {
  const W = w + 1;
  const cell = (i: number, j: number) => {
    const xa = Math.round(x0 + (i * size) / 9), xb = Math.round(x0 + ((i + 1) * size) / 9);
    const ya = Math.round(y0 + (j * size) / 8), yb = Math.round(y0 + ((j + 1) * size) / 8);
    return (I[yb * W + xb]! - I[ya * W + xb]! - I[yb * W + xa]! + I[ya * W + xa]!) / Math.max(1, (xb - xa) * (yb - ya));
  };
  const out: Hash = [0, 0];
  for (let j = 0; j < 8; j++) {
    let prev = cell(0, j);
    for (let i = 1; i < 9; i++) {
      const v = cell(i, j);
      const half = j < 4 ? 0 : 1;
      out[half] = ((out[half]! << 1) | (prev > v ? 1 : 0)) >>> 0;
      prev = v;
    }
  }
  return out;
}

function logoHash(id: string): Hash {
  const canvas = createRgba(WIN, WIN, [128, 128, 128, 255]);
  composite(canvas, resize(drawStandIn(id, 192), WIN, WIN), 0, 0);
  return hashAt(grey(canvas), WIN, 0, 0, WIN);
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function dhashScores(img: Rgba, logos: Map<string, Hash>): Record<string, number> {
  const best: Record<string, number> = {};
  for (const id of logos.keys()) best[id] = 0;
  let level = img;
  const short = () => Math.min(level.width, level.height);
  while (short() >= 4 * 192) level = halve(level);
  for (let frac = 0.25; frac <= 1.05; frac *= 2 ** 0.25) {
    const k = WIN / frac / short();
    if (k < 0.999) level = resize(level, level.width * k, level.height * k);
    const I = grey(level);
    for (let y = 0; y + WIN <= level.height; y += 6) {
      for (let x = 0; x + WIN <= level.width; x += 6) {
        const h = hashAt(I, level.width, x, y, WIN);
        for (const [id, t] of logos) {
          const s = 1 - (popcount((h[0] ^ t[0]) >>> 0) + popcount((h[1] ^ t[1]) >>> 0)) / 64;
          if (s > best[id]!) best[id] = s;
        }
      }
    }
  }
  return best;
}

parentPort?.on('message', (job: Job) => parentPort!.postMessage(run(job)));
