/**
 * The real emblem drawings in `../shared/data/emblems/` (SOURCE.md there says where each comes
 * from). They are read only by development-time code: the script that derives the built-in
 * detection data (scripts/make-emblems.ts), the benchmark and `npm run check:emblems`. Nothing
 * here is needed by `npm test`, and no drawing is copied into the repository or the extension.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import type { Rgba } from '../../src/images/raster';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the drawings are: `NETRA_EMBLEMS`, or `../shared/data/emblems` beside the clone. */
export const EMBLEMS_DIR = process.env.NETRA_EMBLEMS ?? join(ROOT, '../shared/data/emblems');

export type ArtworkKind = 'builtin' | 'agency';

export interface Artwork {
  /** File name without `.png`. */
  file: string;
  /** Built-in emblem id the drawing belongs to, or the id an agency logo would get. */
  id: string;
  name: string;
  /** Built in (derived data shipped), or what an agency adds through policy. */
  kind: ArtworkKind;
}

/** Every drawing, with the emblem it shows. Garuda and KORPRI have two drawings each. */
export const ARTWORK: readonly Artwork[] = [
  { file: 'garuda-pancasila-a', id: 'builtin:garuda', name: 'Garuda Pancasila', kind: 'builtin' },
  { file: 'garuda-pancasila-b', id: 'builtin:garuda', name: 'Garuda Pancasila', kind: 'builtin' },
  { file: 'korpri-a', id: 'builtin:korpri', name: 'KORPRI', kind: 'builtin' },
  { file: 'korpri-b', id: 'builtin:korpri', name: 'KORPRI', kind: 'builtin' },
  { file: 'kemenpan-rb', id: 'builtin:kemenpan-rb', name: 'KemenPAN-RB', kind: 'builtin' },
  { file: 'bkn', id: 'builtin:bkn', name: 'BKN', kind: 'builtin' },
  { file: 'kemendagri', id: 'agency:kemendagri', name: 'Kemendagri', kind: 'agency' },
  { file: 'kemenkeu', id: 'agency:kemenkeu', name: 'Kemenkeu', kind: 'agency' },
  { file: 'pemprov-jawa-timur', id: 'agency:pemprov-jawa-timur', name: 'Pemprov Jawa Timur', kind: 'agency' },
  { file: 'pemprov-dki-jakarta', id: 'agency:pemprov-dki-jakarta', name: 'Pemprov DKI Jakarta', kind: 'agency' },
  { file: 'pemkab-situbondo', id: 'agency:pemkab-situbondo', name: 'Pemkab Situbondo', kind: 'agency' },
  { file: 'pemkab-tabalong', id: 'agency:pemkab-tabalong', name: 'Pemkab Tabalong', kind: 'agency' },
];

export function artworkAvailable(): boolean {
  return ARTWORK.every((a) => existsSync(join(EMBLEMS_DIR, `${a.file}.png`)));
}

/** The missing-folder message every artwork command prints. */
export function missingArtwork(): string {
  return `the emblem drawings are not at ${EMBLEMS_DIR} (set NETRA_EMBLEMS, or put the shared folder beside the clone)`;
}

const cache = new Map<string, Rgba>();

/** A drawing's pixels as the PNG holds them (transparency kept). */
export function loadArtwork(file: string): Rgba {
  let img = cache.get(file);
  if (!img) {
    const path = join(EMBLEMS_DIR, `${file}.png`);
    if (!existsSync(path)) throw new Error(missingArtwork());
    const png = PNG.sync.read(readFileSync(path));
    img = { width: png.width, height: png.height, data: new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength) };
    cache.set(file, img);
  }
  return img;
}

/** The raw file bytes, as an agency would put them into policy (base64) or hand them to the CLI. */
export function artworkPath(file: string): string {
  return join(EMBLEMS_DIR, `${file}.png`);
}

/**
 * A drawing as templates are made from it. A drawing that comes on a light backing (korpri-b:
 * the emblem on a white disc with a soft shadow) has the backing cut away, as cutout.ts does for a
 * logo on a white square: the disc is not the emblem, and an emblem printed without it should
 * match as well. Everything light and colourless (or see-through) connected to the border goes.
 */
export function emblemDrawing(file: string): Rgba {
  const img = loadArtwork(file);
  const { width: w, height: h, data } = img;
  const out = { width: w, height: h, data: new Uint8ClampedArray(data) };
  const backing = (i: number) => {
    const r = data[i * 4]!, g = data[i * 4 + 1]!, b = data[i * 4 + 2]!, a = data[i * 4 + 3]!;
    return a < 128 || (Math.max(r, g, b) - Math.min(r, g, b) <= 24 && (Math.min(r, g, b) >= 170 || a < 250));
  };
  const seen = new Uint8Array(w * h);
  const stack: number[] = [];
  for (let x = 0; x < w; x++) stack.push(x, (h - 1) * w + x);
  for (let y = 0; y < h; y++) stack.push(y * w, y * w + w - 1);
  while (stack.length) {
    const i = stack.pop()!;
    if (seen[i] || !backing(i)) continue;
    seen[i] = 1;
    out.data[i * 4 + 3] = 0;
    const x = i % w;
    if (x > 0) stack.push(i - 1);
    if (x < w - 1) stack.push(i + 1);
    if (i >= w) stack.push(i - w);
    if (i < w * (h - 1)) stack.push(i + w);
  }
  return out;
}

/** The drawings each built-in emblem's templates are made from. */
export const BUILTIN_DRAWINGS: ReadonlyArray<{ id: string; files: readonly string[] }> = [
  { id: 'builtin:garuda', files: ['garuda-pancasila-a', 'garuda-pancasila-b'] },
  { id: 'builtin:korpri', files: ['korpri-a', 'korpri-b'] },
  { id: 'builtin:kemenpan-rb', files: ['kemenpan-rb'] },
  { id: 'builtin:bkn', files: ['bkn'] },
];
