/**
 * What the engine's indexes learn at build time and load at start-up instead of working out
 * again: which entity-name words are everyday words. Answering that runs the Indonesian stemmer
 * on every name, and the stemmer's first use loads its dictionary: most of the target index's
 * start-up in a fresh page. A few dozen words at build time; the start-up budget is 20 ms.
 *
 * (The pattern index is not stored: written out, what can start each pattern and which words
 * each needs came to about 60 KB gzip, to save some 6 ms that numbering every word up front
 * already saved. See `pattern-index.ts`.)
 *
 * One code path: `TargetIndex` asks the stemmer when no snapshot is given (packs merged at run
 * time), and `snapshot()` writes out its answers (`src/build/index-snapshot.ts`). A snapshot
 * carries the signature of the rules it was made from; given other rules, it is ignored.
 */
import type { CompiledRules } from './rules';

export interface TargetIndexSnapshot {
  sig: string;
  /** The entity-name words that are everyday words (every other word asked about is not). */
  ordinary: string[];
}

export interface IndexSnapshot {
  targets: TargetIndexSnapshot;
  /**
   * What these rules are, and what engine indexes them: a hash of the rules and of the engine's
   * source, made at build time. A stored engine snapshot (`EngineSnapshot`) is used only for
   * rules with the same id; rules merged at run time have none (`mergeRules` drops `index`).
   */
  id?: string;
}

/** Bumped when what `EngineSnapshot` holds changes shape (the id covers the engine's source too). */
export const ENGINE_SNAPSHOT_FORMAT = 5;

/**
 * What an engine built for some rules worked out, as plain data (arrays, strings, numbers) that
 * JSON carries and a fresh page loads in a few milliseconds instead of building: made by
 * `Engine.snapshot()`, kept by the extension (`src/page/engine-store.ts`), given back to
 * `createEngine`, which uses it only for rules whose `index.id` is `id`.
 */
export interface EngineSnapshot {
  format: number;
  id: string;
  pattern: PatternIndexSnapshot;
  targets: TargetIndexState;
  /**
   * The rules' hashtag vocabulary (`CompiledRules.vocab`, which the page works out from every
   * pattern): the pattern index's words in it as bits by key id (16 to a number), and its other
   * words (`joinWords`). See `stored-vocab.ts`.
   */
  vocab: [PackedInts, string];
}

/**
 * The target index (`targets.ts`, written and read by `target-store.ts`) as plain data: few
 * objects to parse, none made at start-up (a check makes the entries and trie nodes it reaches).
 * Entries are numbered; a number list is `PackedInts`.
 */
export interface TargetIndexState {
  /**
   * Per entry: kind (its place in `TARGET_KINDS`), id (a number in `ids`), flags (1 weak, 2 caps,
   * 4 honorific, 8 hashtag-only, 16 against), candidate packs (a number in `packs`), class + 1.
   */
  entries: [PackedInts, PackedInts, PackedInts, PackedInts, PackedInts];
  /** The entries' entity ids. */
  ids: string[];
  /** The entries' candidate pack lists. */
  packs: string[][];
  /**
   * The name trie depth first, the root left out: per node its word, how many nodes its subtree
   * has (itself included), and its hits as slices `hits[1][hits[0][n]] …` of entry numbers.
   */
  trie: { words: string; sizes: PackedInts; hits: [PackedInts, PackedInts] };
  /** Handle keys and their entries. */
  handles: [string[], PackedInts];
  hashtags: Array<[string, number]>;
  singles: Array<[string, number[]]>;
  campNames: Array<[string, number]>;
  honorifics: string[];
  campSuffixes: string[];
}

/**
 * A list of words as one string (`splitWords` reads it back): JSON parses one string much faster
 * than thousands, and a page splits it only when a check first looks a word up. Words are never
 * empty and never hold the separator (they are single tokens); one that does fails the writing,
 * not the reading.
 */
export function joinWords(words: readonly string[]): string {
  // (An empty word would not come back: one empty word and none are both the empty string.)
  for (const w of words) if (w === '' || w.includes(WORD_SEPARATOR)) throw new Error(`index snapshot: an empty word or one with a line break: ${JSON.stringify(w)}`);
  return words.join(WORD_SEPARATOR);
}

export function splitWords(s: string): string[] {
  return s === '' ? [] : s.split(WORD_SEPARATOR);
}

const WORD_SEPARATOR = '\n';

/** Whether `s` was made for exactly these rules by this engine (anything else is ignored). */
export function snapshotFits(c: CompiledRules, s: unknown): s is EngineSnapshot {
  if (!s || typeof s !== 'object') return false;
  const x = s as Partial<EngineSnapshot>;
  return x.format === ENGINE_SNAPSHOT_FORMAT && typeof x.id === 'string' && x.id === c.index?.id && !!x.pattern && typeof x.pattern === 'object' && !!x.targets && typeof x.targets === 'object' && Array.isArray(x.vocab);
}

/**
 * What a snapshot must have been made from: counts and ids of everything the indexes read.
 * Cheap (no pattern or name is walked); a merged pack changes the counts, the ids or both.
 */
export function rulesSignature(c: CompiledRules): string {
  let h = 0x811c9dc5;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x2c, 0x01000193);
  };
  let patterns = 0;
  for (const r of c.rules) {
    mix(r.id);
    patterns += r.patterns.length * 1 + r.second.length * 7 + r.unless.length * 31 + (r.needs?.length ?? 0) * 127;
  }
  for (const [name, pats] of Object.entries(c.macros)) {
    mix(name);
    patterns += pats.length;
  }
  for (const x of c.contexts) (mix(x.id), (patterns += x.patterns.length));
  for (const q of c.cues ?? []) (mix(q.id), (patterns += q.patterns.length));
  const e = c.entities;
  const entities = e ? [e.people.length, e.pairs.length, e.parties.length, e.hashtags.length, e.slogans.length, e.teams?.length ?? 0].join('.') : '-';
  // Ids and counts, not every name: hashing all names costs start-up time, and rules that differ
  // only in a name's spelling are never paired with a snapshot (`mergeRules` drops it).
  for (const p of e?.people ?? []) mix(p.id);
  for (const p of e?.pairs ?? []) mix(p.id);
  return `${c.rules.length}.${Object.keys(c.macros).length}.${c.contexts.length}.${c.cues?.length ?? 0}.${patterns}.${entities}.${(h >>> 0).toString(36)}`;
}

/**
 * Integers as one string, 'u' or 'i' and the base64 of their 16-bit unsigned or 32-bit bytes,
 * where the browser decodes base64 natively (`Uint8Array.fromBase64`): JSON carries one string,
 * where an array of numbers becomes an array of its own before it is copied into a typed array
 * (the index's tables are some 100,000 numbers). Elsewhere (a decoding loop would cost more than
 * the array saves) the plain array. A snapshot is written and read by the same browser.
 */
export type PackedInts = string | number[];

type Base64 = { fromBase64?: (s: string) => Uint8Array };
const nativeBase64 = () => typeof (Uint8Array as unknown as Base64).fromBase64 === 'function';

export function packInts(a: ArrayLike<number>, base64 = nativeBase64()): PackedInts {
  if (!base64) return Array.from(a);
  let small = true;
  for (let i = 0; i < a.length && small; i++) small = a[i]! >= 0 && a[i]! < 0x10000;
  const view = small ? Uint16Array.from(a) : Int32Array.from(a);
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 4096) bin += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return (small ? 'u' : 'i') + btoa(bin);
}

export function unpackInts(s: PackedInts): Int32Array {
  if (typeof s !== 'string') return new Int32Array(s);
  const b64 = s.slice(1);
  let bytes: Uint8Array;
  const native = (Uint8Array as unknown as Base64).fromBase64;
  if (native) bytes = native(b64);
  else {
    // Written where the browser decoded base64 natively, read where it no longer does.
    const bin = atob(b64);
    bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  }
  // A fresh array, aligned: read in place, copied once into the engine's Int32Array.
  return s[0] === 'u' ? new Int32Array(new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 1)) : new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 2);
}

/** A wild pattern's gate: regex sources, prefixes, name (1/0), target class bits, hashtag-only (1/0). */
export type StoredGate = [string[], string[], number, number, number];

/**
 * The pattern index (`pattern-index.ts`) as plain arrays: what it worked out, never a pattern
 * (patterns are named by their place in the rules). Ids are the index's own.
 */
export interface PatternIndexSnapshot {
  /** The words the patterns name, sorted (code units, `joinWords`), and their key ids. */
  words: string;
  wordIds: PackedInts;
  /** The stems, sorted (`joinWords`), and their key ids. */
  stems: string;
  stemIds: PackedInts;
  /** Per macro, in id order: name, pattern count, and its wild patterns as (pattern, gate) pairs. */
  macros: Array<[string, number, number[]]>;
  /** Per pattern, in id order: role (see `ROLES`), owner, gate (-1: none). */
  refs: [PackedInts, PackedInts, PackedInts];
  gates: StoredGate[];
  /** Per key id, the patterns that can start with it: `refStart`, `refIds`. */
  refsTable: [PackedInts, PackedInts];
  refReq: [PackedInts, PackedInts];
  /** Per macro its `Required` (in id order), run together: the start lists' lengths, the start lists, the sets lists. */
  macroReq: [PackedInts, PackedInts, PackedInts];
  /** How many required-word sets there are. */
  sets: number;
  /** `keySetStart`, `keySets`. */
  keySets: [PackedInts, PackedInts];
  /** `MacroKeys`: start, ids, listStart, items. */
  macroKeys: [PackedInts, PackedInts, PackedInts, PackedInts];
}
