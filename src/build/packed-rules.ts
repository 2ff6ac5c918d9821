/**
 * The content script's rule data is written compactly (src/build/content-lean.ts packs it at
 * build time); this module, bundled into the content script, expands it on first use into the
 * very objects the compiler wrote. No Node imports here: it runs in the page.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- packed JSON is walked by shape. */
import type { CompiledRules } from '../engine/rules';
import type { Pattern } from '../engine/pattern';
import { frontDecode } from './front-decode';

/** The inverse of `packPatterns` (src/build/content-lean.ts). */
export function unpackPatterns(ps: unknown[][]): Pattern[] {
  const atom = (s: string) => {
    const a: Record<string, unknown> = { k: s[0], v: s.slice(2) };
    const f = s.charCodeAt(1) - 48;
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
export function unpackWeights(s: string): string {
  let bin = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    bin += String.fromCharCode(c >= 0x100 ? c - 0x100 : (c - 80 + 256) & 255);
  }
  return btoa(bin);
}

/** The inverse of `packRules`: the compiled rules, to the order of their keys. */
export function unpackRules(p: Record<string, any>): CompiledRules {
  const fields = new Set(['patterns', 'second', 'unless', 'needs']);
  // Key by key, so the objects are the compiler's to the order of their keys.
  const rule = (r: Record<string, any>) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [k, k === 'examples' ? { flag: [], allow: [] } : k === 'file' ? '' : fields.has(k) ? unpackPatterns(v) : v]),
    );
  return {
    ...p,
    rules: p.rules.map(rule),
    ...(p.cues ? { cues: p.cues.map(rule) } : {}),
    macros: Object.fromEntries(Object.entries(p.macros).map(([k, v]) => [k, unpackPatterns(v as unknown[][])])),
    contexts: p.contexts.map((x: Record<string, any>) => ({ ...x, patterns: unpackPatterns(x.patterns) })),
    vocab: p.vocab ? frontDecode(p.vocab as string) : [],
    ...(p.model ? { model: { ...p.model, weights: unpackWeights(p.model.weights) } } : {}),
  } as CompiledRules;
}

