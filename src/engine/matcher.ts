/**
 * The pattern matcher: runs compiled patterns (see `pattern.ts`) over one draft's tokens.
 * Patterns arrive in a "fast" shape (every element and atom with the same fields, so property
 * access in the hot loop stays monomorphic); words and stems are compared as key numbers that
 * the pattern index (`pattern-index.ts`) gave them.
 */
import type { Token } from './tokenize';
import { isName } from './names';
import type { Pattern } from './pattern';

/** Atom kinds as small numbers for the matcher's switch. */
export const enum AK {
  W,
  S,
  P,
  R,
  N,
  M,
  T,
}
/** What a pattern is to its owner: a rule's parts, a context's pattern, or a cue's (`CompiledCue`). */
export type Role = 'first' | 'second' | 'unless' | 'needs' | 'context' | 'cue';
/** One pattern of a rule or context, with what can start it. */
export interface PatternRef {
  id: number;
  role: Role;
  owner: number; // rule, context or cue index
  /** Index of the (role, owner) pattern list this pattern belongs to. */
  list: number;
  pattern: Pattern;
  /** The matcher's copy of `pattern`, made on first use (`PatternIndex.fastOf`). */
  fast: FastPattern | null;
  /** For patterns that can start with a non-literal token: what that token must look like. */
  gate?: WildGate;
}

export const ATOM_KIND = { w: AK.W, s: AK.S, p: AK.P, r: AK.R, n: AK.N, m: AK.M, t: AK.T } as const;

/**
 * Compiled patterns are plain JSON whose objects differ in shape (optional fields); the matcher
 * works on copies where every element and every atom has the same fields, so property access in
 * its hot loop stays monomorphic.
 */
export interface FastAtom {
  k: AK;
  v: string;
  tag: boolean;
  caps: boolean;
  /** Macro index for `@name` atoms, target class id for target atoms, else -1. */
  mid: number;
  /** Key id of a word (`w:`) or stem (`s:`) atom, else -1: tokens are matched by number. */
  id: number;
  re: RegExp | null;
}
export interface FastElem {
  gap: boolean;
  max: number;
  opt: boolean;
  /** Every alternative is hashtag-only. */
  tagOnly: boolean;
  /**
   * Key ids of the plain words and stems among the alternatives (not hashtag-only, not
   * all-caps), tested together as bits (`hasKey`): any of a token's keys in the set is a match.
   * Null when the position has fewer than four such words; they stay in `alts` then.
   */
  words: Uint32Array | null;
  alts: FastAtom[];
}
export type FastPattern = FastElem[];

export interface WildGate {
  res: RegExp[];
  prefixes: string[];
  name: boolean;
  /** Target classes (ids) a name starting at the token may belong to. */
  targets: number[];
  /** The same classes as bits (1 << id), tested against `NameTable.classesAt`. */
  tmask: number;
  /** Every atom that can start the pattern is hashtag-only: other tokens fail at once. */
  tagOnly: boolean;
}

export function passesGate(g: WildGate, t: Token, prev: Token | undefined, notNames: ReadonlySet<string>): boolean {
  if (g.tagOnly && !t.tag) return false;
  return wordPasses(g, t) || (g.name && isName(t, prev, notNames));
}

/** The gate's tests on the word itself: its regexes and prefixes. */
export function wordPasses(g: WildGate, t: Token): boolean {
  for (const r of g.res) if (r.test(t.canon) || r.test(t.text)) return true;
  for (const p of g.prefixes) if (t.canon.startsWith(p) || t.text.startsWith(p)) return true;
  return false;
}

/** A macro's patterns indexed by the key ids of their first token, like the rules' own index. */
export interface MacroIndex {
  pats: Pattern[];
  /** The matcher's copies of `pats`, each made on first use (`make`). */
  fast: Array<FastPattern | null>;
  make: (p: Pattern) => FastPattern;
  /** Built at start-up; a check reads the same index by key (`MacroKeys`). */
  byKey: Map<number, number[]>;
  wild: Array<{ idx: number; gate: WildGate }>;
  /** Scratch: the call stamp each pattern was last tried at (no duplicates per call). */
  stamp: Uint32Array;
  /** Per pattern: the check its required words were last tested in, and the answer. */
  okStamp: Uint32Array;
  ok: Uint8Array;
}

/**
 * Every macro's first-token index, by key: the macros (ids ascending) with patterns that can
 * start with key k are `ids[start[k]] … ids[start[k + 1] - 1]`, and `items[listStart[q] …
 * listStart[q + 1])` are the patterns of slot q (typed arrays: a fresh page loads them from a
 * stored snapshot without making a list per key, see `index-snapshot.ts`). By key, not by macro: the macros tried at one token read the same few entries,
 * where a table per macro read far-apart memory on every call.
 */
export interface MacroKeys {
  start: Int32Array;
  ids: Int32Array;
  listStart: Int32Array;
  items: Int32Array;
}

/** Where the names of each target class start and end in one draft (see `targets.ts`). */
export interface NameTable {
  ends(i: number, cls: number): number[];
  /**
   * Bits (1 << class id) of the classes with a name starting at token `i`: one read answers a
   * gate's whole class list, and most tokens start no name (0).
   */
  classesAt(i: number): number;
}

export interface Match {
  ref: PatternRef;
  start: number; // token index
  end: number; // token index, exclusive
}

let macroStamp = 0;

/**
 * Macro results memoised per check in arrays that live as long as the engine (no per-check
 * allocation): slot = token × (2 × macros) + 2 × macro + hashtag-only, valid while its stamp is the
 * current check's; `at[slot]` is where the result is in `RESULTS` (-1: no end).
 */
export interface MacroMemo {
  stamp: Uint32Array;
  at: Int32Array;
}

/**
 * The ends of the current check's macro results, each a count then that many ends, in one flat
 * buffer that lives as long as the module: a list per result was a fresh array a time, kept by
 * the memo past its check.
 */
const RESULTS = { v: new Int32Array(1024), top: 0, check: 0 };

/**
 * Matches patterns against one draft's tokens. A class, not closures, because a check creates
 * one per call and the hot path must not allocate functions. Ends are written into end sets
 * that live as long as the module (no per-step arrays); a macro's ends at a token are computed
 * once and memoised under a numeric key.
 */
export class Scan {
  private depth = 0;
  constructor(
    private readonly tokens: Token[],
    /** Four index key ids per token (-1: none), see `analyse`. */
    private readonly keys: Int32Array,
    /** Per token: its sentence's number in this check. */
    private readonly sentNo: Int32Array,
    /** Stamp of sentence 0 (sentence k has `sentBase + k`). */
    private readonly sentBase: number,
    private readonly setWords: number,
    private readonly macros: MacroIndex[],
    private readonly macroKeys: MacroKeys,
    private readonly macroReq: Required[],
    /** Per sentence, the required-word sets it has words of (see `analyse`). */
    private readonly bits: Uint32Array,
    private readonly stamp: number,
    readonly notNames: ReadonlySet<string>,
    private readonly memo: MacroMemo,
    private readonly names: NameTable,
  ) {}

  /** Stamp of the current sentence (unique across checks). */
  sstamp = 0;
  /** Offset of the current sentence's row in `bits`. */
  row = 0;

  /** Makes token `i`'s sentence the current one: required-word tests answer for it. */
  enter(i: number): void {
    const k = this.sentNo[i]!;
    this.sstamp = this.sentBase + k;
    this.row = k * this.setWords;
  }

  /** The furthest token index where `p` can end when it starts at token `i`, or -1. */
  longest(p: FastPattern, i: number, limit: number): number {
    const ends = LONGEST;
    ends.n = 0;
    this.seqInto(p, 0, i, limit, ends);
    let end = -1;
    for (let q = 0; q < ends.n; q++) if (ends.v[q]! > end) end = ends.v[q]!;
    return end;
  }

  /** Whether a one-token atom (anything but a macro) matches token `i`. */
  private simple(a: FastAtom, t: Token, i: number): boolean {
    switch (a.k) {
      case AK.W:
        if (a.caps && !t.caps) return false;
        return this.keys[i * 4] === a.id || this.keys[i * 4 + 1] === a.id;
      case AK.S:
        return this.keys[i * 4 + 2] === a.id || this.keys[i * 4 + 3] === a.id;
      case AK.P:
        return t.canon.startsWith(a.v) || t.text.startsWith(a.v);
      case AK.R:
        return a.re!.test(t.canon) || a.re!.test(t.text);
      case AK.N:
        return isName(t, this.tokens[i - 1], this.notNames);
      default:
        return false;
    }
  }

  /**
   * Every token index where macro atom `a` can end when it starts at token `i`: where they are
   * in `RESULTS` (a count, then the ends), or -1 for none.
   */
  private macro(a: FastAtom, i: number, limit: number): number {
    const id = a.mid;
    if (id < 0) return -1;
    // The limit is the end of token i's sentence, so (macro, hashtag-only, i) is enough.
    const slot = i * this.macros.length * 2 + id * 2 + (a.tag ? 1 : 0);
    const memo = this.memo;
    if (memo.stamp[slot] === this.stamp) return memo.at[slot]!;
    // Collect into a reusable end set (one per nesting depth); most macros match nothing here.
    memo.stamp[slot] = this.stamp;
    memo.at[slot] = -1; // a macro that reaches itself at the same token matches nothing there
    const depth = this.depth++;
    const ends = (POOL[depth] ??= new EndSet());
    ends.n = 0;
    const mi = this.macros[id]!;
    const req = this.macroReq[id]!;
    const t = this.tokens[i]!;
    const stamp = ++macroStamp;
    const mk = this.macroKeys;
    for (let j = 0; j < 4; j++) {
      const k = this.keys[i * 4 + j]!;
      if (k < 0) continue;
      // This macro's patterns that start with key k: items[from … to).
      let from = 0;
      let to = 0;
      for (let q = mk.start[k]!, end = mk.start[k + 1]!; q < end; q++) {
        const m = mk.ids[q]!;
        if (m < id) continue;
        if (m === id) (from = mk.listStart[q]!), (to = mk.listStart[q + 1]!);
        break;
      }
      for (let q = from; q < to; q++) {
        const idx = mk.items[q]!;
        if (mi.stamp[idx] === stamp) continue;
        mi.stamp[idx] = stamp;
        if (this.patOk(mi, req, idx)) this.macroPattern(mi.fast[idx] ?? (mi.fast[idx] = mi.make(mi.pats[idx]!)), i, limit, a.tag, t.tag, ends);
      }
    }
    const classes = mi.wild.length === 0 ? 0 : this.names.classesAt(i);
    for (let q = 0; q < mi.wild.length; q++) {
      const w = mi.wild[q]!;
      if (mi.stamp[w.idx] === stamp) continue;
      if (!passesGate(w.gate, t, this.tokens[i - 1], this.notNames) && (w.gate.tmask & classes) === 0) continue;
      mi.stamp[w.idx] = stamp;
      if (this.patOk(mi, req, w.idx)) this.macroPattern(mi.fast[w.idx] ?? (mi.fast[w.idx] = mi.make(mi.pats[w.idx]!)), i, limit, a.tag, t.tag, ends);
    }
    this.depth--;
    const at = ends.n === 0 ? -1 : this.keep(ends);
    memo.at[slot] = at;
    return at;
  }

  /** Appends a macro's ends to `RESULTS` (cleared when a new check first writes); where they are. */
  private keep(ends: EndSet): number {
    const r = RESULTS;
    if (r.check !== this.stamp) {
      r.check = this.stamp;
      r.top = 0;
    }
    const at = r.top;
    if (at + ends.n + 1 > r.v.length) {
      const v = new Int32Array(Math.max(r.v.length * 2, at + ends.n + 1));
      v.set(r.v.subarray(0, at));
      r.v = v;
    }
    r.v[at] = ends.n;
    for (let q = 0; q < ends.n; q++) r.v[at + 1 + q] = ends.v[q]!;
    r.top = at + ends.n + 1;
    return at;
  }

  /** Whether macro pattern `idx` has its required words in the sentence (tested once per sentence). */
  private patOk(mi: MacroIndex, req: Required, idx: number): boolean {
    const from = req.start[idx]!;
    const to = req.start[idx + 1]!;
    if (from === to) return true;
    if (mi.okStamp[idx] !== this.sstamp) {
      mi.okStamp[idx] = this.sstamp;
      mi.ok[idx] = allPresent(req.sets, from, to, this.bits, this.row) ? 1 : 0;
    }
    return mi.ok[idx] === 1;
  }

  private macroPattern(p: FastPattern, i: number, limit: number, tagOnly: boolean, tag: number, ends: EndSet) {
    const before = ends.n;
    this.seqInto(p, 0, i, limit, ends);
    // A hashtag-only macro use must stay inside one hashtag.
    if (tagOnly) {
      const v = ends.v;
      let w = before;
      for (let r = before; r < ends.n; r++) if (this.tokens[v[r]! - 1]!.tag === tag) v[w++] = v[r]!;
      ends.n = w;
    }
  }

  /** Adds to `out` every token index where `p[k..]` can end when it starts at token `i`. */
  seqInto(p: FastPattern, k: number, i: number, limit: number, out: EndSet): void {
    if (k === p.length) {
      out.add(i);
      return;
    }
    const el = p[k]!;
    if (el.gap) {
      for (let g = 0; g <= el.max && i + g <= limit; g++) this.seqInto(p, k + 1, i + g, limit, out);
      return;
    }
    if (el.opt) this.seqInto(p, k + 1, i, limit, out);
    if (i >= limit) return;
    const t = this.tokens[i]!;
    // Hashtag atoms that follow a hashtag atom stay inside the same hashtag: `#pilih #/x+/`.
    if (el.tagOnly && k > 0 && i > 0 && p[k - 1]!.tagOnly && t.tag !== this.tokens[i - 1]!.tag) return;
    const last = k + 1 === p.length;
    const words = el.words;
    if (words !== null) {
      const b = i * 4;
      const ks = this.keys;
      if (hasKey(words, ks[b]!) || hasKey(words, ks[b + 1]!) || hasKey(words, ks[b + 2]!) || hasKey(words, ks[b + 3]!)) {
        if (last) out.add(i + 1);
        else this.seqInto(p, k + 1, i + 1, limit, out);
      }
    }
    const alts = el.alts;
    for (let q = 0; q < alts.length; q++) {
      const a = alts[q]!;
      if (a.tag && !t.tag) continue;
      if (a.k === AK.M) {
        const at = this.macro(a, i, limit);
        // `RESULTS.v` is read afresh each time: a deeper macro may have grown it.
        for (let r = 1, n = at < 0 ? 0 : RESULTS.v[at]!; r <= n; r++) {
          const e = RESULTS.v[at + r]!;
          if (last) out.add(e);
          else this.seqInto(p, k + 1, e, limit, out);
        }
      } else if (a.k === AK.T) {
        const ends = this.names.ends(i, a.mid);
        for (let r = 0; r < ends.length; r++) {
          if (last) out.add(ends[r]!);
          else this.seqInto(p, k + 1, ends[r]!, limit, out);
        }
      } else if (this.simple(a, t, i)) {
        if (last) out.add(i + 1);
        else this.seqInto(p, k + 1, i + 1, limit, out);
      }
    }
  }
}

/** Whether key id `k` (-1: none) is in the bit set `bits` (bit k; the set is as long as its largest key needs). */
export function hasKey(bits: Uint32Array, k: number): boolean {
  const w = k >>> 5;
  return k >= 0 && w < bits.length && (bits[w]! & (1 << (k & 31))) !== 0;
}

/** `hasKey`'s bit set of key ids. */
export function keyBits(keys: readonly number[]): Uint32Array {
  let top = 0;
  for (const k of keys) if (k > top) top = k;
  const bits = new Uint32Array((top >>> 5) + 1);
  for (const k of keys) bits[k >>> 5]! |= 1 << (k & 31);
  return bits;
}

/**
 * Token indexes where a pattern can end, each once. Reset by its count, never by emptying the
 * array (which lets the engine drop its storage and allocate it again on the next push): the
 * matcher fills these a hundred times a check.
 */
export class EndSet {
  readonly v: number[] = [];
  n = 0;
  add(e: number): void {
    const v = this.v;
    for (let q = 0; q < this.n; q++) if (v[q] === e) return;
    v[this.n++] = e;
  }
}

/**
 * The ends of the pattern `longest` tries, and `macro`'s, one per nesting depth: shared by every
 * check (one runs at a time, and neither is in use between calls).
 */
const LONGEST = new EndSet();
const POOL: EndSet[] = [];

/**
 * The required-word sets of a list of patterns (see `PatternIndex.requiredOf`): pattern p's are
 * `sets[start[p]] … sets[start[p + 1] - 1]`, all in two arrays.
 */
export interface Required {
  start: Int32Array;
  sets: Int32Array;
}

/** Whether every required set `sets[from … to)` has one of its words in the sentence at `row`. */
export function allPresent(sets: Int32Array, from: number, to: number, bits: Uint32Array, row: number): boolean {
  for (let q = from; q < to; q++) {
    const s = sets[q]!;
    if ((bits[row + (s >>> 5)]! & (1 << (s & 31))) === 0) return false;
  }
  return true;
}

export const NONE_MATCHES: Match[] = [];
