/**
 * The content script's rule data is written compactly (src/build/content-lean.ts packs it at
 * build time); this module, bundled into the content script, expands it on first use into the
 * very objects the compiler wrote. No Node imports here: it runs in the page.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- packed JSON is walked by shape. */
import type { CompiledRules } from '../engine/rules';
import type { Atom, Pattern } from '../engine/pattern';
import { frontDecode } from './front-decode';
import { nameVocab } from '../engine/target-names';
import { unpackTable } from './packed-table';
import { unpackEntities } from './packed-entities';
import { unpackBytes, type PackedBytes } from './huffman-bytes';

/** Atoms that are not a plain word start with this (a plain word that does is written long too). */
export const LONG_ATOM = '~';

// The text patterns are written in (`patternWriter` in content-lean.ts).
export const PATTERN_SEP = ';';
export const ELEM_SEP = ' ';
export const ALT_SEP = '|';
export const OPT_MARK = '?';
export const GAP_MARK = '.';
/** An atom kept apart, by its place in the packed data's `ODD_ATOMS` list. */
export const ODD_MARK = '!';
export const ODD_ATOMS = 'oddAtoms';
/** Atoms written through `ODD_MARK`: empty, holding a separator, or starting like a mark. */
export const ODD_ATOM = /^$|[; |]|^[?.!]/;

/**
 * What decoding the patterns of one pack set shares: one object per distinct atom and one-atom
 * element (patterns are never changed once compiled, and
 * the rules name the same words in many places: 20,000 atoms are 6,000 distinct ones, and the
 * page's start-up is mostly allocating), and the atoms kept apart.
 */
interface Decoding {
  atoms: Map<string, Atom>;
  elems: Map<string, Pattern[number]>;
  odd: readonly string[];
}

const decoding = (odd: readonly string[] = []): Decoding => ({ atoms: new Map(), elems: new Map(), odd });

/**
 * The inverse of `patternWriter` (src/build/content-lean.ts). Plain loops: the page runs this
 * once, cold, where closures and `map` cost more than the work.
 */
export function unpackPatterns(text: string, d: Decoding = decoding()): Pattern[] {
  if (text === '') return [];
  const ps = text.split(PATTERN_SEP);
  const out = new Array<Pattern>(ps.length);
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!.split(ELEM_SEP);
    const q = new Array<Pattern[number]>(p.length);
    for (let j = 0; j < p.length; j++) q[j] = unpackElem(p[j]!, d);
    out[i] = q;
  }
  return out;
}

function unpackElem(e: string, d: Decoding): Pattern[number] {
  const c = e[0];
  if (c === GAP_MARK) return { k: 'gap', max: Number(e.slice(1)) };
  const opt = c === OPT_MARK;
  if (!opt && !e.includes(ALT_SEP)) {
    let el = d.elems.get(e);
    if (el === undefined) d.elems.set(e, (el = { k: 'e', alts: [unpackAtom(e, d)] }));
    return el;
  }
  const list = (opt ? e.slice(1) : e).split(ALT_SEP);
  const alts = new Array<Atom>(list.length);
  for (let j = 0; j < list.length; j++) alts[j] = unpackAtom(list[j]!, d);
  return opt ? { k: 'e', alts, opt: true } : { k: 'e', alts };
}

function unpackAtom(w: string, d: Decoding): Atom {
  let a = d.atoms.get(w);
  if (a !== undefined) return a;
  const s = w[0] === ODD_MARK ? d.odd[Number(w.slice(1))]! : w;
  if (s[0] !== LONG_ATOM) a = { k: 'w', v: s };
  else {
    const long: Record<string, unknown> = { k: s[1], v: s.slice(3) };
    const f = s.charCodeAt(2) - 48;
    if (f & 1) long.caps = true;
    if (f & 2) long.tag = true;
    a = long as unknown as Atom;
  }
  d.atoms.set(w, a);
  return a;
}

/** The inverse of `packWeights` (content-lean.ts): back to the base64 the model loader reads. */
export function unpackWeights(p: { n: number; gaps: PackedBytes; values: PackedBytes }): string {
  const gaps = unpackBytes(p.gaps);
  const values = unpackBytes(p.values);
  const bytes = new Uint8Array(p.n);
  let at = -1;
  let v = 0;
  for (const g of gaps) {
    at += g;
    if (g === 255) continue;
    bytes[++at] = values[v++]!;
  }
  let bin = '';
  for (let i = 0; i < bytes.length; i += 4096) bin += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return btoa(bin);
}

/**
 * The model with its weights decoded when first read (the scorer reads them when a draft is first
 * scored, see `loadModel`): an enumerable getter, so the object still reads as the compiler's.
 */
function lazyWeights(m: Record<string, any>, kept?: () => any): Record<string, any> {
  let weights: string | undefined;
  const out: Record<string, any> = {};
  for (const k of Object.keys(m)) {
    // Kept apart, at the body's end (`splitPacked`): the head holds 0 in their place.
    if (k === 'weights') Object.defineProperty(out, k, { enumerable: true, configurable: true, get: () => (weights ??= unpackWeights(m.weights === 0 && kept ? kept() : m.weights)) });
    else out[k] = m[k];
  }
  return out;
}

const PATTERN_FIELDS = ['patterns', 'second', 'unless', 'needs'] as const;

/** The rule body's parts the content script reads from storage (all but the model's weights, src/page/rules-body.ts). */
export const STORED_BODY_PARTS = ['macros', 'contexts', 'cues', 'rules', 'entities'] as const;

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

/**
 * The words the vocabulary gets from the rule data itself: the pattern words (`patternVocab`)
 * and the words of the entity names (`nameVocab`), which the content script carries anyway.
 */
export function derivedVocab(c: Pick<CompiledRules, 'rules' | 'cues' | 'macros' | 'contexts' | 'entities'>): Set<string> {
  const words = patternVocab(c);
  return c.entities ? nameVocab(c.entities, words) : words;
}

/** The vocabulary from the words the rule data gives (`derivedVocab`), plus `more` (front-coded) and less `less`, sorted. */
export function unpackVocab(v: { more: string; less: string[] }, c: Parameters<typeof derivedVocab>[0]): string[] {
  const less = new Set(v.less);
  const words = derivedVocab(c);
  for (const w of frontDecode(v.more)) words.add(w);
  return [...words].filter((w) => !less.has(w)).sort();
}

/**
 * Defines `obj[key]` as `make()`, worked out when first read and kept (a plain value from then
 * on, in the same place among the object's keys): an enumerable property, so the object reads
 * as the compiler's.
 */
function lazy(obj: Record<string, any>, key: string, make: () => unknown) {
  Object.defineProperty(obj, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = make();
      Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
    },
  });
}

/**
 * The pattern fields of a table's rows (rules or cues), expanded when first read like `lazy`,
 * through one accessor per field shared by every row (a fresh page defines some 500 of them, and
 * a closure and descriptor each were most of the rules' decoding). `set` gives a row a field,
 * `packed` being what `decode` expands.
 */
function lazyPatternFields(decode: (field: string, packed: unknown) => Pattern[]) {
  const packedOf = new WeakMap<object, Record<string, unknown>>();
  const descriptors: Record<string, PropertyDescriptor> = {};
  for (const f of PATTERN_FIELDS) {
    descriptors[f] = {
      enumerable: true,
      configurable: true,
      get(this: Record<string, unknown>) {
        const value = decode(f, packedOf.get(this)![f]);
        Object.defineProperty(this, f, { value, enumerable: true, configurable: true, writable: true });
        return value;
      },
      set(this: Record<string, unknown>, value: unknown) {
        Object.defineProperty(this, f, { value, enumerable: true, configurable: true, writable: true });
      },
    };
  }
  return (row: Record<string, unknown>, f: string, packed: unknown) => {
    let p = packedOf.get(row);
    if (p === undefined) packedOf.set(row, (p = {}));
    p[f] = packed;
    Object.defineProperty(row, f, descriptors[f]!);
  };
}

/**
 * The inverse of `packRules`: the compiled rules, to the order of their keys. Patterns, entity
 * lists and the vocabulary are expanded when first read: an engine loaded from a stored snapshot
 * (`src/engine/index-snapshot.ts`) reads a rule's patterns only when a draft reaches them, and
 * reads no entity list at all.
 */
export function unpackRules(packed: Record<string, any>, body?: () => Record<string, any>): CompiledRules {
  const { [ODD_ATOMS]: odd, ...p } = packed;
  const fields = new Set<string>(PATTERN_FIELDS);
  const d = decoding(odd);
  // With `body`, the patterns and entity lists were kept apart (`splitPacked`): parsed when first read.
  let kept: Record<string, any> | undefined;
  const part = (): Record<string, any> => (kept ??= body!());
  // Key by key as the rows are made, so the objects are the compiler's to the order of their keys.
  const rows = (table: string) => {
    const lazyField = lazyPatternFields((f, packed) => unpackPatterns(body ? part()[table][f][packed as number] : (packed as string), d));
    return (row: Record<string, unknown>, k: string, value: unknown) => {
      if (fields.has(k)) lazyField(row, k, value);
      // A message is left out (`packRule`): the page puts its guideline's card there until the
      // background gives it (src/build/rule-messages.ts).
      else row[k] = k === 'examples' ? { flag: [], allow: [] } : k === 'file' ? '' : k === 'message' && value === 0 ? { id: '', en: '' } : value;
      // Ids come without their pack's (`packRule`); the id, written first, keeps its place.
      if (k === 'pack') row.id = `${value as string}.${row.id as string}`;
    };
  };
  // Each macro expanded when first read; the table of them made when first read (an engine
  // loaded from a stored snapshot reads it when a draft first reaches a macro).
  const macros = () => {
    const m: Record<string, Pattern[]> = {};
    for (const k in p.macros) lazy(m, k, () => unpackPatterns(body ? part().macros[k] : p.macros[k], d));
    return m;
  };
  const context = (x: Record<string, any>) => {
    const out: Record<string, any> = {};
    for (const k in x) {
      if (k === 'patterns') lazy(out, k, () => unpackPatterns(body ? part().contexts.patterns[x.patterns] : x.patterns, d));
      else out[k] = x[k];
    }
    return out;
  };
  const out = {
    ...p,
    packs: p.packs.map((x: Record<string, unknown>) => ({ ...x, description: '' })),
    rules: unpackTable(p.rules, rows('rules')),
    ...(p.cues ? { cues: unpackTable(p.cues, rows('cues')) } : {}),
    macros: null,
    contexts: unpackTable(p.contexts).map(context),
    ...(p.model ? { model: lazyWeights(p.model, body && (() => part().weights)) } : {}),
  } as Record<string, any>;
  lazy(out, 'macros', macros);
  const entities = () => (body ? part().entities : p.entities) as Record<string, any>;
  if (p.entities) lazy(out, 'entities', () => unpackEntities(Object.fromEntries(Object.entries(entities()).map(([k, v]) => [k, unpackTable(v)]))));
  // The vocabulary's pattern and name words are the rule data's own: every pattern is expanded,
  // and the entity lists read, to list them.
  lazy(out, 'vocab', () => (p.vocab ? unpackVocab(p.vocab, out as CompiledRules) : []));
  return out as CompiledRules;
}
