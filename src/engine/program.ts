/**
 * Patterns compiled to flat integer programs for the matcher (`matcher.ts`). A pattern as the
 * rules carry it is a tree of small objects (elements, their alternatives, atoms); running one
 * read a dozen objects scattered over the heap, and a check runs a few hundred patterns. Every
 * program lives in one growing `Int32Array`, so a pattern run reads a few neighbouring words.
 *
 * A program is its elements one after another, then an `END` word. An element is
 *   [header, arg, n, kind₁, value₁, …, kindₙ, valueₙ]
 * with `header` the `EL_*` bits, `arg` a gap's width or where the element's word set starts in
 * `words` (-1: none), and n alternatives as (kind | `AT_*` flags, value): a key id for words and
 * stems, a macro index, a target class id, or an index into `res` / `prefixes`.
 */
import type { Atom, Pattern } from './pattern';

/** Element header bits. */
export const EL_END = 1;
export const EL_GAP = 2;
export const EL_OPT = 4;
/** Every alternative is hashtag-only. */
export const EL_TAG_ONLY = 8;

/** Atom kinds (the low four bits of an atom's first word). */
export const AT_WORD = 0;
export const AT_STEM = 1;
export const AT_PREFIX = 2;
export const AT_REGEX = 3;
export const AT_NAME = 4;
export const AT_MACRO = 5;
export const AT_TARGET = 6;
export const AT_KIND = 15;
/** The atom matches only a hashtag's token. */
export const AT_TAG = 16;
/** A word atom written in capitals: the token must be all capitals too. */
export const AT_CAPS = 32;

const KIND: Record<string, number> = { w: AT_WORD, s: AT_STEM, p: AT_PREFIX, r: AT_REGEX, n: AT_NAME, m: AT_MACRO, t: AT_TARGET };

/** What a program's atoms name, as numbers (the pattern index knows them). */
export interface ProgramNames {
  key(a: { k: string; v: string }): number;
  /** Macro index, or -1 for a macro the rules do not define. */
  macro(name: string): number;
  targetClass(name: string): number;
  re(src: string): RegExp;
}

/**
 * Where a position's plain words go: with four or more, they are tested together as bits of key
 * ids (one read per token key) rather than one alternative each.
 */
const MIN_WORD_SET = 4;

export class Programs {
  /** The programs; replaced by a larger copy as programs are added (offsets stay valid). */
  code = new Int32Array(4096);
  private top = 0;
  /** Word sets: at an element's `arg`, the set's length in 32-bit words, then its bits. */
  words = new Uint32Array(1024);
  private wordsTop = 0;
  readonly res: RegExp[] = [];
  readonly prefixes: string[] = [];
  private readonly reAt = new Map<RegExp, number>();
  private readonly prefixAt = new Map<string, number>();

  constructor(private readonly names: ProgramNames) {}

  /** Compiles `p` and returns where its program starts in `code`. */
  add(p: Pattern): number {
    const start = this.top;
    for (let e = 0; e < p.length; e++) {
      const el = p[e]!;
      if (el.k === 'gap') {
        this.push(EL_GAP, el.max, 0);
        continue;
      }
      const plain = el.alts.filter((a) => (a.k === 'w' || a.k === 's') && a.tag !== true && !(a.k === 'w' && a.caps === true));
      const set = plain.length >= MIN_WORD_SET ? this.wordSet(plain.map((a) => this.names.key(a))) : -1;
      const alts = set >= 0 ? el.alts.filter((a) => !plain.includes(a)) : el.alts;
      const header = (el.opt === true ? EL_OPT : 0) | (el.alts.every((a) => a.tag === true) ? EL_TAG_ONLY : 0);
      this.push(header, set, alts.length);
      for (const a of alts) {
        const flags = KIND[a.k]! | (a.tag === true ? AT_TAG : 0) | (a.k === 'w' && a.caps === true ? AT_CAPS : 0);
        this.push(flags, this.valueOf(a));
      }
    }
    this.push(EL_END);
    return start;
  }

  private valueOf(a: Atom): number {
    switch (a.k) {
      case 'w':
      case 's':
        return this.names.key(a);
      case 'm':
        return this.names.macro(a.v);
      case 't':
        return this.names.targetClass(a.v);
      case 'r': {
        const re = this.names.re(a.v);
        let at = this.reAt.get(re);
        if (at === undefined) this.reAt.set(re, (at = this.res.push(re) - 1));
        return at;
      }
      case 'p': {
        let at = this.prefixAt.get(a.v);
        if (at === undefined) this.prefixAt.set(a.v, (at = this.prefixes.push(a.v) - 1));
        return at;
      }
      default:
        return 0;
    }
  }

  private push(...xs: number[]) {
    if (this.top + xs.length > this.code.length) {
      const c = new Int32Array(Math.max(this.code.length * 2, this.top + xs.length));
      c.set(this.code);
      this.code = c;
    }
    for (const x of xs) this.code[this.top++] = x;
  }

  /** Stores the bit set of key ids `keys` and returns where it starts in `words`. */
  private wordSet(keys: readonly number[]): number {
    let top = 0;
    for (const k of keys) if (k > top) top = k;
    const len = (top >>> 5) + 1;
    if (this.wordsTop + len + 1 > this.words.length) {
      const w = new Uint32Array(Math.max(this.words.length * 2, this.wordsTop + len + 1));
      w.set(this.words);
      this.words = w;
    }
    const at = this.wordsTop;
    this.words[at] = len;
    for (const k of keys) this.words[at + 1 + (k >>> 5)]! |= 1 << (k & 31);
    this.wordsTop += len + 1;
    return at;
  }
}

/** Whether key id `k` (-1: none) is in the word set at `at` of `words`. */
export function inWordSet(words: Uint32Array, at: number, k: number): boolean {
  const w = k >>> 5;
  return k >= 0 && w < words[at]! && (words[at + 1 + w]! & (1 << (k & 31))) !== 0;
}
