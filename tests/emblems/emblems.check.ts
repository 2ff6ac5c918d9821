/**
 * The built-in emblems against their real artwork (`npm run check:emblems`; needs
 * ../shared/data/emblems): the shipped data is what the artwork gives, each emblem is found in
 * pictures made from its drawings, a drawing no template was made from is found too (KORPRI), a
 * regional government's logo added through policy is found, nothing is found in logo-free
 * scenes. A small fixed set; `npm run bench:images` measures the full one.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { detectLogos, type LogoTemplate } from '../../src/images/detect';
import { builtinTemplates } from '../../src/images/emblems';
import { EMBLEM_DATA } from '../../src/images/emblems-data';
import { givenLogo } from '../../src/images/pipeline';
import { resize } from '../../src/images/raster';
import { finishRendition, rawRendition } from '../../src/images/template';
import { emblemData, OUT, source } from '../../scripts/make-emblems';
import { ARTWORK, artworkAvailable, BUILTIN_DRAWINGS, emblemDrawing, loadArtwork, missingArtwork } from './artwork';
import { logoPhoto, randomLogoOptions, rng, scene, SCENES, type SceneKind } from '../images/generate';
import { jpegRoundTrip } from '../images/io';

const BUSY: SceneKind[] = ['city', 'crowd', 'foliage', 'batik', 'texture', 'abstract'];

/** `n` pictures of a drawing, every other one straight onto a busy scene. */
function pictures(file: string, n: number, seed: number) {
  return Array.from({ length: n }, (_, i) => {
    const r = rng(seed + i * 2);
    const o = randomLogoOptions(r, file);
    if (i % 2 === 0) Object.assign(o, { banner: false, sceneKind: BUSY[(i / 2) % BUSY.length] });
    return logoPhoto(rng(seed + i * 2 + 1), o, loadArtwork(file));
  });
}

function foundIn(p: ReturnType<typeof pictures>[number], templates: readonly LogoTemplate[], id: string): boolean {
  const h = detectLogos(p.image, templates).find((x) => x.id === id);
  const b = p.box;
  return !!h && Math.abs(h.box.x + h.box.w / 2 - (b.x + b.w / 2)) < b.w / 2 && Math.abs(h.box.y + h.box.h / 2 - (b.y + b.h / 2)) < b.h / 2;
}

beforeAll(() => {
  if (!artworkAvailable()) throw new Error(missingArtwork());
});

describe('the shipped emblem data', () => {
  test('is what scripts/make-emblems.ts makes from the artwork today', () => {
    expect(readFileSync(OUT, 'utf8')).toBe(source(emblemData()));
  });

  test('holds no drawing: only quantised gradient histograms and cell covers', () => {
    for (const e of EMBLEM_DATA.emblems) for (const r of e.renditions) for (const t of [...r.coarse, ...r.fine]) expect(Object.keys(t).sort()).toEqual(['cover', 'h', 'hog', 'w']);
  });
});

describe('the built-in emblems in pictures made from their real drawings', () => {
  const templates = () => builtinTemplates();

  test.each(BUILTIN_DRAWINGS.flatMap((e) => e.files.map((f) => [f, e.id] as const)))('%s is found as %s (at least 7 of 8, half on busy scenes)', (file, id) => {
    const found = pictures(file, 8, 3_000_000 + file.length * 101).filter((p) => foundIn(p, templates(), id)).length;
    expect(found).toBeGreaterThanOrEqual(7);
  });

  test('KORPRI from one drawing finds the other drawing (a drawing no template was made from)', () => {
    for (const [from, to] of [['korpri-a', 'korpri-b'], ['korpri-b', 'korpri-a']] as const) {
      const only = [{ id: 'only', name: from, threshold: builtinTemplates()[1]!.threshold, renditions: [finishRendition(rawRendition(emblemDrawing(from)))] }];
      const found = pictures(to, 8, 3_100_000).filter((p) => foundIn(p, only, 'only')).length;
      expect(found, `${from} → ${to}`).toBeGreaterThanOrEqual(7);
    }
  });

  test('nothing is found in logo-free scenes, dense foliage and batik included', () => {
    for (let i = 0; i < 24; i++) {
      const img = jpegRoundTrip(scene(rng(3_200_000 + i), 1080, 810, SCENES[i % SCENES.length]), 75);
      expect(detectLogos(img, templates()), SCENES[i % SCENES.length]).toEqual([]);
    }
  });
});

describe("a regional government's logo added through policy", () => {
  test.each(ARTWORK.filter((a) => a.file.startsWith('pem')).map((a) => a.file))('%s is found (at least 7 of 8)', (file) => {
    const art = loadArtwork(file);
    const k = Math.min(1, 256 / Math.max(art.width, art.height));
    const t = givenLogo('agency:0', file, resize(art, art.width * k, art.height * k));
    if ('problem' in t) throw new Error(`refused: ${t.problem}`);
    const found = pictures(file, 8, 3_300_000).filter((p) => foundIn(p, [...builtinTemplates(), t], 'agency:0')).length;
    expect(found).toBeGreaterThanOrEqual(7);
  });
});
