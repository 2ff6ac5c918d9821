/**
 * The content script's rule data is written compactly (src/build/content-lean.ts packs it at
 * build time); this module, bundled into the content script, expands it on first use into the
 * very objects the compiler wrote. No Node imports here: it runs in the page.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- packed JSON is walked by shape. */
import type { CompiledRules } from '../engine/rules';
import type { Pattern } from '../engine/pattern';
import { frontDecode } from './front-decode';
import { unpackTable } from './packed-table';
import { unpackEntities } from './packed-entities';
import { unpackBytes, type PackedBytes } from './huffman-bytes';

/** Atoms that are not a plain word start with this (a plain word that does is written long too). */
export const LONG_ATOM = '~';

/** The inverse of `packPatterns` (src/build/content-lean.ts). */
export function unpackPatterns(ps: unknown[][]): Pattern[] {
  const atom = (s: string) => {
    if (s[0] !== LONG_ATOM) return { k: 'w', v: s };
    const a: Record<string, unknown> = { k: s[1], v: s.slice(3) };
    const f = s.charCodeAt(2) - 48;
    if (f & 1) a.caps = true;
    if (f & 2) a.tag = true;
    return a;
  };
  const elem = (e: unknown) => {
    if (typeof e === 'number') return { k: 'gap', max: e };
    if (typeof e === 'string') return { k: 'e', alts: [atom(e)] };
    const list = e as Array<string | 0>;
    return list[0] === 0 ? { k: 'e', alts: list.slice(1).map((x) => atom(x as string)), opt: true } : { k: 'e', alts: list.map((x) => atom(x as string)) };
  };
  return ps.map((p) => p.map(elem)) as Pattern[];
}

/** The inverse of `packWeights`: back to the base64 the model loader reads. */
export function unpackWeights(p: PackedBytes): string {
  const bytes = unpackBytes(p);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 4096) bin += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return btoa(bin);
}

/**
 * The model with its weights decoded when first read (the scorer reads them when a draft is first
 * scored, see `loadModel`): an enumerable getter, so the object still reads as the compiler's.
 */
function lazyWeights(m: Record<string, any>): Record<string, any> {
  let weights: string | undefined;
  const out: Record<string, any> = {};
  for (const k of Object.keys(m)) {
    if (k === 'weights') Object.defineProperty(out, k, { enumerable: true, configurable: true, get: () => (weights ??= unpackWeights(m.weights)) });
    else out[k] = m[k];
  }
  return out;
}

const PATTERN_FIELDS = ['patterns', 'second', 'unless', 'needs'] as const;

/**
 * The words the hashtag vocabulary gets from the patterns (src/build/compile.ts adds every
 * letters-only pattern word): the packed data carries only the vocabulary's other words, and
 * the pattern words it lacks, so ~6,000 words are not written twice.
 */
export function patternVocab(c: Pick<CompiledRules, 'rules' | 'cues' | 'macros' | 'contexts'>): Set<string> {
  // Run when the content script first checks a draft: plain loops, and the Unicode test only
  // for a word that is not plain ASCII letters.
  const out = new Set<string>();
  const add = (ps: readonly Pattern[] | undefined) => {
    if (!ps) return;
    for (const p of ps) {
      for (const e of p) {
        if (e.k !== 'e') continue;
        for (const a of e.alts) if (a.k === 'w' && a.v.length >= 2 && !out.has(a.v) && isLetters(a.v)) out.add(a.v);
      }
    }
  };
  for (const list of [c.rules, c.cues ?? []]) {
    for (const r of list as unknown as Array<Record<string, Pattern[] | undefined>>) for (const f of PATTERN_FIELDS) add(r[f]);
  }
  for (const name in c.macros) add(c.macros[name]);
  for (const x of c.contexts) add(x.patterns);
  return out;
}

const LETTERS = /^\p{L}+$/u;
function isLetters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i) | 32;
    if (ch < 97 || ch > 122) return LETTERS.test(s);
  }
  return true;
}

/** The vocabulary from the pattern words, plus `more` (front-coded) and less `less`, sorted. */
export function unpackVocab(v: { more: string; less: string[] }, c: Parameters<typeof patternVocab>[0]): string[] {
  const less = new Set(v.less);
  const words = new Set([...patternVocab(c), ...frontDecode(v.more)]);
  return [...words].filter((w) => !less.has(w)).sort();
}

/** The inverse of `packRules`: the compiled rules, to the order of their keys. */
export function unpackRules(p: Record<string, any>): CompiledRules {
  // Key by key, so the objects are the compiler's to the order of their keys.
  const fields = new Set<string>(PATTERN_FIELDS);
  const rule = (r: Record<string, any>) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [k, k === 'examples' ? { flag: [], allow: [] } : k === 'file' ? '' : fields.has(k) ? unpackPatterns(v) : v]),
    );
  const entities = p.entities ? unpackEntities(Object.fromEntries(Object.entries(p.entities as Record<string, any>).map(([k, v]) => [k, unpackTable(v)]))) : undefined;
  const out = {
    ...p,
    packs: p.packs.map((x: Record<string, unknown>) => ({ ...x, description: '' })),
    rules: unpackTable(p.rules).map(rule),
    ...(p.cues ? { cues: unpackTable(p.cues).map(rule) } : {}),
    macros: Object.fromEntries(Object.entries(p.macros).map(([k, v]) => [k, unpackPatterns(v as unknown[][])])),
    contexts: unpackTable(p.contexts).map((x: Record<string, any>) => ({ ...x, patterns: unpackPatterns(x.patterns) })),
    ...(entities ? { entities } : {}),
    ...(p.model ? { model: lazyWeights(p.model) } : {}),
  } as CompiledRules;
  out.vocab = p.vocab ? unpackVocab(p.vocab, out) : [];
  return out;
}
