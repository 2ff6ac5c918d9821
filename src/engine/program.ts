/**
 * Patterns compiled to flat integer programs for the matcher (`matcher.ts`). A pattern as the
 * rules carry it is a tree of small objects (elements, their alternatives, atoms); running one
 * read a dozen objects scattered over the heap, and a check runs a few hundred patterns. Every
 * program lives in one growing `Int32Array`, so a pattern run reads a few neighbouring words.
 *
 * A program is its elements one after another, then an `EL_END` word. An element is
 *   [header, w, n, w words of word-set bits, kind₁, value₁, …, kindₙ, valueₙ]
 * with `header` the `EL_*` bits (a gap's width in place of w, and no more), the bits of the key
 * ids of its plain words when it has four or more (tested together, one read per token key;
 * w = 0 otherwise), and n alternatives as (kind | `AT_*` flags, value): a key id for words and
 * stems, a macro index, a target class id, or an index into `res` / `prefixes`.
 */
import type { Pattern } from './pattern';

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

/** Atom letters in the order of their `AT_*` kinds. */
const KINDS = 'wsprnmt';

/** What a program's atoms name, as numbers (the pattern index knows them). */
export interface ProgramNames {
  key(a: { k: string; v: string }): number;
  /** Macro index, or -1 for a macro the rules do not define. */
  macro(name: string): number;
  targetClass(name: string): number;
  re(src: string): RegExp;
}

export class Programs {
  /** The programs; replaced by a larger copy as programs are added (offsets stay valid). */
  code = new Int32Array(4096);
  private top = 0;
  readonly res: RegExp[] = [];
  readonly prefixes: string[] = [];

  constructor(private readonly names: ProgramNames) {}

  /** Compiles `p` and returns where its program starts in `code`. */
  add(p: Pattern): number {
    const start = this.top;
    const { names } = this;
    for (const el of p) {
      if (el.k === 'gap') {
        this.put(EL_GAP, el.max, 0);
        continue;
      }
      const plain = el.alts.filter((a) => (a.k === 'w' || a.k === 's') && !a.tag && !(a.k === 'w' && a.caps));
      const keys = plain.length >= 4 ? plain.map((a) => names.key(a)) : [];
      const alts = keys.length ? el.alts.filter((a) => !plain.includes(a)) : el.alts;
      const w = keys.length ? (Math.max(...keys) >>> 5) + 1 : 0;
      this.put((el.opt ? EL_OPT : 0) | (el.alts.every((a) => a.tag) ? EL_TAG_ONLY : 0), w, alts.length, ...new Array<number>(w).fill(0));
      for (const k of keys) this.code[this.top - w + (k >>> 5)]! |= 1 << (k & 31);
      for (const a of alts) {
        const v = a.k === 'r' ? this.res.push(names.re(a.v)) - 1 : a.k === 'p' ? this.prefixes.push(a.v) - 1 : a.k === 'm' ? names.macro(a.v) : a.k === 't' ? names.targetClass(a.v) : a.k === 'n' ? 0 : names.key(a);
        this.put(KINDS.indexOf(a.k) | (a.tag ? AT_TAG : 0) | (a.k === 'w' && a.caps ? AT_CAPS : 0), v);
      }
    }
    this.put(EL_END);
    return start;
  }

  private put(...xs: number[]) {
    if (this.top + xs.length > this.code.length) {
      const c = new Int32Array(Math.max(this.code.length * 2, this.top + xs.length));
      c.set(this.code);
      this.code = c;
    }
    for (const x of xs) this.code[this.top++] = x;
  }
}
