/**
 * The built-in emblems' templates, from the detection data shipped in emblems-data.ts (derived
 * from the real artwork by scripts/make-emblems.ts). Loaded by the analyser (offscreen document,
 * CLI), never by the content script.
 */
import { base64ToBytes } from './bytes';
import { BINS } from './hog';
import * as grid from './grid';
import { BUILTIN_LOGOS } from './logos';
import { finishRendition, type LogoTemplate, type RawRendition, type RawTemplate } from './template';
import { EMBLEM_DATA } from './emblems-data';

/** HOG values are clipped at this (hog.ts) and stored as bytes of it. */
export const HOG_MAX = 0.4;

export interface PackedTemplate {
  w: number;
  h: number;
  /** w × h × BINS bytes, value × 255 / HOG_MAX, base64. */
  hog: string;
  /** w × h bytes, cover × 255, base64. */
  cover: string;
}

export interface PackedRendition {
  /** The drawing it was made from (a file in ../shared/data/emblems). */
  from: string;
  aspect: number;
  wide: boolean;
  coarse: PackedTemplate[];
  fine: PackedTemplate[];
}

export interface EmblemData {
  /** The matcher's grid the data was made with (grid.ts). */
  grid: { bins: number; coarse: number; coarseCell: number; fine: number; cell: number; coarseRotations: readonly number[]; rotations: readonly number[]; scales: readonly number[] };
  emblems: ReadonlyArray<{ id: string; renditions: readonly PackedRendition[] }>;
}

/** The grid as the data records it: what the matcher expects today. */
export function currentGrid(): EmblemData['grid'] {
  return { bins: BINS, coarse: grid.COARSE, coarseCell: grid.COARSE_CELL, fine: grid.FINE, cell: grid.CELL, coarseRotations: grid.COARSE_ROTATIONS, rotations: grid.ROTATIONS, scales: grid.SCALES };
}

export function packTemplate(t: RawTemplate): PackedTemplate {
  const bytes = (xs: Float32Array, k: number) => {
    const u = new Uint8Array(xs.length);
    for (let i = 0; i < xs.length; i++) u[i] = Math.max(0, Math.min(255, Math.round(xs[i]! * k)));
    let s = '';
    for (const b of u) s += String.fromCharCode(b);
    return btoa(s);
  };
  return { w: t.w, h: t.h, hog: bytes(t.raw, 255 / HOG_MAX), cover: bytes(t.cover, 255) };
}

export function unpackTemplate(p: PackedTemplate): RawTemplate {
  const hog = base64ToBytes(p.hog);
  const cover = base64ToBytes(p.cover);
  if (hog.length !== p.w * p.h * BINS || cover.length !== p.w * p.h) throw new Error(`emblem data: a ${p.w}×${p.h} template has ${hog.length} HOG and ${cover.length} cover bytes`);
  return { w: p.w, h: p.h, raw: Float32Array.from(hog, (b) => (b * HOG_MAX) / 255), cover: Float32Array.from(cover, (b) => b / 255) };
}

export function unpackRendition(r: PackedRendition): RawRendition {
  return { aspect: r.aspect, wide: r.wide, coarse: r.coarse.map(unpackTemplate), fine: r.fine.map(unpackTemplate) };
}

let cache: { lang: 'id' | 'en'; templates: LogoTemplate[] } | null = null;

/** Every built-in emblem as the matcher's templates, named in `lang`. */
export function builtinTemplates(lang: 'id' | 'en' = 'id', data: EmblemData = EMBLEM_DATA): LogoTemplate[] {
  if (data === EMBLEM_DATA && cache) {
    if (cache.lang !== lang) cache = { lang, templates: cache.templates.map((t) => ({ ...t, name: nameOf(t.id, lang) })) };
    return cache.templates;
  }
  const templates = BUILTIN_LOGOS.map((l) => {
    const e = data.emblems.find((x) => x.id === l.id);
    if (!e) throw new Error(`emblem data has no templates for ${l.id}: run npm run make:emblems`);
    return {
      id: l.id,
      name: l.name[lang],
      threshold: l.threshold,
      renditions: e.renditions.map((r) => finishRendition(unpackRendition(r))),
    };
  });
  if (data === EMBLEM_DATA) cache = { lang, templates };
  return templates;
}

function nameOf(id: string, lang: 'id' | 'en'): string {
  return BUILTIN_LOGOS.find((l) => l.id === id)?.name[lang] ?? id;
}
