/**
 * The pattern matcher: runs compiled patterns (see `pattern.ts`) over one draft's tokens.
 * Patterns run as flat integer programs (`program.ts`); words and stems are compared as key
 * numbers that the pattern index (`pattern-index.ts`) gave them.
 */
import type { Token } from './tokenize';
import { isName } from './names';
import type { Pattern } from './pattern';
import { AT_CAPS, AT_KIND, AT_MACRO, AT_NAME, AT_PREFIX, AT_REGEX, AT_STEM, AT_TAG, AT_TARGET, AT_WORD, EL_END, EL_GAP, EL_OPT, EL_TAG_ONLY, type Programs } from './program';
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
  /** Where the matcher's program of `pattern` starts (`program.ts`), made on first use (`PatternIndex.programOf`); -1 before. */
  prog: number;
  /** For patterns that can start with a non-literal token: what that token must look like. */
  gate?: WildGate;
}

export interface WildGate {
  res: RegExp[];
  prefixes: string[];
  name: boolean;
  /** Target classes a name starting at the token may belong to, as bits (1 << id), tested against `NameTable.classesAt`. */
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
  /** Where the program of each of `pats` starts, made on first use (`make`); -1 before. */
  prog: Int32Array;
  make: (p: Pattern) => number;
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
    private readonly programs: Programs,
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

  /** The furthest token index where the program at `p` can end when it starts at token `i`, or -1. */
  longest(p: number, i: number, limit: number): number {
    const ends = LONGEST;
    ends.n = 0;
    this.seqInto(p, i, limit, ends, false);
    let end = -1;
    for (let q = 0; q < ends.n; q++) if (ends.v[q]! > end) end = ends.v[q]!;
    return end;
  }

  /** Whether a one-token atom (anything but a macro or a target) of kind and flags `a`, value `v`, matches token `i`. */
  private simple(a: number, v: number, t: Token, i: number): boolean {
    switch (a & AT_KIND) {
      case AT_WORD:
        if ((a & AT_CAPS) !== 0 && !t.caps) return false;
        return this.keys[i * 4] === v || this.keys[i * 4 + 1] === v;
      case AT_STEM:
        return this.keys[i * 4 + 2] === v || this.keys[i * 4 + 3] === v;
      case AT_PREFIX: {
        const p = this.programs.prefixes[v]!;
        return t.canon.startsWith(p) || t.text.startsWith(p);
      }
      case AT_REGEX: {
        const re = this.programs.res[v]!;
        return re.test(t.canon) || re.test(t.text);
      }
      case AT_NAME:
        return isName(t, this.tokens[i - 1], this.notNames);
      default:
        return false;
    }
  }

  /**
   * Every token index where macro `id` (used hashtag-only when `tagOnly`) can end when it starts
   * at token `i`: where they are in `RESULTS` (a count, then the ends), or -1 for none.
   */
  private macro(id: number, tagOnly: boolean, i: number, limit: number): number {
    if (id < 0) return -1;
    // The limit is the end of token i's sentence, so (macro, hashtag-only, i) is enough.
    const slot = i * this.macros.length * 2 + id * 2 + (tagOnly ? 1 : 0);
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
        if (!this.patOk(mi, req, idx)) continue;
        const p = programOf(mi, idx);
        // Found by one of its words, a pattern that is one word ends after it (see `ONE_WORD`).
        if (p === ONE_WORD) ends.add(i + 1);
        else this.macroPattern(p, i, limit, tagOnly, t.tag, ends);
      }
    }
    const classes = mi.wild.length === 0 ? 0 : this.names.classesAt(i);
    for (let q = 0; q < mi.wild.length; q++) {
      const w = mi.wild[q]!;
      if (mi.stamp[w.idx] === stamp) continue;
      // Most of a macro's wild patterns start with a name of a target class: the class bits answer first.
      if ((w.gate.tmask & classes) === 0 && !passesGate(w.gate, t, this.tokens[i - 1], this.notNames)) continue;
      mi.stamp[w.idx] = stamp;
      if (this.patOk(mi, req, w.idx)) this.macroPattern(programOf(mi, w.idx), i, limit, tagOnly, t.tag, ends);
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

  private macroPattern(p: number, i: number, limit: number, tagOnly: boolean, tag: number, ends: EndSet) {
    const before = ends.n;
    this.seqInto(p, i, limit, ends, false);
    // A hashtag-only macro use must stay inside one hashtag.
    if (tagOnly) {
      const v = ends.v;
      let w = before;
      for (let r = before; r < ends.n; r++) if (this.tokens[v[r]! - 1]!.tag === tag) v[w++] = v[r]!;
      ends.n = w;
    }
  }

  /**
   * Adds to `out` every token index where the program from element `e` on can end when it
   * starts at token `i`. `prevTag`: the element before `e` is hashtag-only.
   */
  seqInto(e: number, i: number, limit: number, out: EndSet, prevTag: boolean): void {
    // A macro's first run may compile a program and so replace `code` by a larger copy; the
    // array read here still holds this program (programs are only ever appended).
    const code = this.programs.code;
    const h = code[e]!;
    if ((h & EL_END) !== 0) {
      out.add(i);
      return;
    }
    const w = code[e + 1]!;
    const next = e + 3 + w + 2 * code[e + 2]!;
    if ((h & EL_GAP) !== 0) {
      for (let g = 0; g <= w && i + g <= limit; g++) this.seqInto(e + 3, i + g, limit, out, false);
      return;
    }
    const tagOnly = (h & EL_TAG_ONLY) !== 0;
    if ((h & EL_OPT) !== 0) this.seqInto(next, i, limit, out, tagOnly);
    if (i >= limit) return;
    const t = this.tokens[i]!;
    // Hashtag atoms that follow a hashtag atom stay inside the same hashtag: `#pilih #/x+/`.
    if (tagOnly && prevTag && i > 0 && t.tag !== this.tokens[i - 1]!.tag) return;
    const last = (code[next]! & EL_END) !== 0;
    // The position's plain words: bit k of the w words after the header is key id k.
    if (w > 0) {
      const b = i * 4;
      const ks = this.keys;
      if (inSet(code, e + 3, w, ks[b]!) || inSet(code, e + 3, w, ks[b + 1]!) || inSet(code, e + 3, w, ks[b + 2]!) || inSet(code, e + 3, w, ks[b + 3]!)) {
        if (last) out.add(i + 1);
        else this.seqInto(next, i + 1, limit, out, tagOnly);
      }
    }
    for (let q = e + 3 + w; q < next; q += 2) {
      const a = code[q]!;
      if ((a & AT_TAG) !== 0 && !t.tag) continue;
      const kind = a & AT_KIND;
      if (kind === AT_MACRO) {
        const at = this.macro(code[q + 1]!, (a & AT_TAG) !== 0, i, limit);
        // `RESULTS.v` is read afresh each time: a deeper macro may have grown it.
        for (let r = 1, m = at < 0 ? 0 : RESULTS.v[at]!; r <= m; r++) {
          const end = RESULTS.v[at + r]!;
          if (last) out.add(end);
          else this.seqInto(next, end, limit, out, tagOnly);
        }
      } else if (kind === AT_TARGET) {
        const ends = this.names.ends(i, code[q + 1]!);
        for (let r = 0; r < ends.length; r++) {
          if (last) out.add(ends[r]!);
          else this.seqInto(next, ends[r]!, limit, out, tagOnly);
        }
      } else if (this.simple(a, code[q + 1]!, t, i)) {
        if (last) out.add(i + 1);
        else this.seqInto(next, i + 1, limit, out, tagOnly);
      }
    }
  }
}

/**
 * `MacroIndex.prog` of a pattern that is a single element of plain words and stems (no
 * hashtag-only or capitals-only word, not optional): tried only at a token whose key is one of
 * them (such a pattern has no start gate, so it is never among a macro's wild patterns), it
 * matches that token and nothing more, and needs no program. A third of the macros' patterns
 * are such lists of words.
 */
const ONE_WORD = -2;

function isOneWord(p: Pattern): boolean {
  const el = p[0];
  return p.length === 1 && el!.k === 'e' && !el!.opt && el!.alts.every((a) => (a.k === 'w' || a.k === 's') && !a.tag && !(a.k === 'w' && a.caps));
}

/** Where the program of macro pattern `idx` starts, made on its first use; `ONE_WORD` for a one-word pattern. */
function programOf(mi: MacroIndex, idx: number): number {
  const p = mi.prog[idx]!;
  if (p >= 0 || p === ONE_WORD) return p;
  const pat = mi.pats[idx]!;
  return (mi.prog[idx] = isOneWord(pat) ? ONE_WORD : mi.make(pat));
}

/** Whether key id `k` (-1: none) is among the `w` words of bits at `at` of `code`. */
function inSet(code: Int32Array, at: number, w: number, k: number): boolean {
  const q = k >>> 5;
  return k >= 0 && q < w && (code[at + q]! & (1 << (k & 31))) !== 0;
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
