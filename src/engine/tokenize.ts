/**
 * Tokens and sentences over normalised text, each token carrying its span in the ORIGINAL text.
 *
 * Word-level de-obfuscation lives here: digits used as letters (c0bl0s), stretched words
 * (pilihhh), letters spaced out (p i l i h), slang (nyoblos → coblos), hashtags split into words
 * (#PrabowoGibran2024 → prabowo gibran 2024) and hand-sign emoji (✌ → jari2).
 */
import type { Normalized } from './normalize';

export interface Token {
  /** Normalised surface form after de-obfuscation (lower case). */
  text: string;
  /** Canonical form: slang and abbreviations resolved (`nyoblos` → `coblos`, `no` → `nomor`). */
  canon: string;
  /** Original UTF-16 span. */
  start: number;
  end: number;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** Hashtag id (1-based) when the token is part of a hashtag, else 0. */
  tag: number;
  /** True for the first part of a hashtag. */
  tagFirst: boolean;
  /** True for `@handle` tokens. */
  mention: boolean;
  /** True when the original word started with an upper-case letter (names in English drafts). */
  cap: boolean;
  /** True when every letter of the original word is upper case and it has two or more ("AMIN", not "Amin"). */
  caps: boolean;
  /** True for emoji tokens (hand signs), whose canon is `jari1`, `jari2`, `jari3` or `jari`. */
  emoji: boolean;
  /** True when the token is only digits. */
  num: boolean;
}

export interface TokenizeOptions {
  /** Slang and abbreviation map: surface → canonical word. */
  canon: ReadonlyMap<string, string>;
  /** Words the rules know; used to split all-lower-case hashtags (#prabowogibran). */
  vocab: ReadonlySet<string>;
  /** Hand-sign emoji by code point → `jari1`, `jari2`, `jari3` or `jari` (`rules/language.yml`). */
  handSigns: ReadonlyMap<number, string>;
  /** Digit → the letter it stands for inside a word (c0bl0s). */
  leet: Readonly<Record<string, string>>;
  /** Abbreviations whose period does not end a sentence ("no. 2"). */
  abbreviations: ReadonlySet<string>;
}

const isLetter = (c: string) => /\p{L}/u.test(c);
const isDigit = (c: string) => c >= '0' && c <= '9';
/** Per UTF-16 code unit above ASCII: 0 not yet known, 1 a letter or digit, 2 not. */
const wordUnits = new Uint8Array(65536);
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  let v = wordUnits[c]!;
  if (v === 0) wordUnits[c] = v = /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/** Undo digits-for-letters inside a word: only a digit with a letter on both sides, or a short run of them. */
function deLeet(w: string, leet: Readonly<Record<string, string>>): string {
  let digits = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits = true;
      break;
    }
  }
  if (!digits || !/\p{L}/u.test(w)) return w;
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    const sub = leet[c];
    if (sub && isDigit(c)) {
      const prev = w[i - 1];
      const next = w[i + 1];
      // c0bl0s, m3nang: a single digit between letters. Keeps 2024, 02, jari2, kata2 intact.
      if (prev && next && isLetter(prev) && isLetter(next)) {
        out += sub;
        continue;
      }
    }
    out += c;
  }
  return out;
}

/** pilihhh → pilih, mantaaap → mantap: three or more of the same letter collapse to one. */
function unstretch(w: string): string {
  // Short words keep their letters: PPP and PPPK are acronyms, not stretched "P" and "PK".
  if (w.length < 5) return w;
  // Cheap scan first: nearly every word has no triple letter.
  let triple = false;
  for (let i = 2; i < w.length; i++) {
    if (w.charCodeAt(i) === w.charCodeAt(i - 1) && w.charCodeAt(i) === w.charCodeAt(i - 2)) {
      triple = true;
      break;
    }
  }
  return triple ? w.replace(/(\p{L})\1{2,}/gu, '$1') : w;
}

/**
 * Split a hashtag body into words. Camel case and letter/digit changes are split first; a
 * chunk that is still long and unknown is segmented against the rules' vocabulary.
 */
export function splitHashtag(body: string, upper: ArrayLike<number>, vocab: ReadonlySet<string>, leet: Readonly<Record<string, string>>): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let s = 0;
  for (let i = 1; i <= body.length; i++) {
    const a = body[i - 1]!;
    const b = body[i];
    let cut = b === undefined;
    if (!cut) {
      // A lone look-alike digit inside a word (#GanjarM3nang, #L3bihBaik) is a letter, not a number.
      const leetInside = (k: number) => leet[body[k]!] !== undefined && isDigit(body[k]!) && k > 0 && isLetter(body[k - 1]!) && body[k + 1] !== undefined && isLetter(body[k + 1]!) && !upper[k + 1];
      const digitChange = isDigit(a) !== isDigit(b!) && !leetInside(i) && !leetInside(i - 1);
      const camel = !upper[i - 1] && upper[i] === 1 && isLetter(b!);
      cut = digitChange || camel || b === '_';
    }
    if (cut) {
      if (i > s) pieces.push([s, i]);
      s = b === '_' ? i + 1 : i;
    }
  }
  const out: Array<[number, number]> = [];
  for (const [a, b] of pieces) {
    const chunk = body.slice(a, b);
    if (body[a] === '_') continue;
    if (chunk.length < 5 || vocab.has(chunk) || isDigit(chunk[0]!)) {
      out.push([a, b]);
      continue;
    }
    let seg = segment(chunk, vocab);
    // A Titlecase piece ("Fitri" in #DarmawanFitriMenang) was cut by its writer already: split it
    // further only into known words of three letters or more ("Prabowogibran"), never "fit"+"ri".
    let titled = upper[a] === 1;
    for (let k = a + 1; k < b && titled; k++) if (upper[k] === 1) titled = false;
    if (seg && titled && seg.some(([x, y]) => y - x < 3 || !vocab.has(chunk.slice(x, y)))) seg = null;
    if (seg) for (const [x, y] of seg) out.push([a + x, a + y]);
    else out.push([a, b]);
  }
  return out;
}

/** Dictionary segmentation: fewest pieces, all from `vocab`, unknown leftovers of ≤ 2 letters allowed. */
function segment(chunk: string, vocab: ReadonlySet<string>): Array<[number, number]> | null {
  const n = chunk.length;
  const best: Array<{ cost: number; prev: number } | undefined> = new Array(n + 1);
  best[0] = { cost: 0, prev: -1 };
  for (let i = 0; i < n; i++) {
    const here = best[i];
    if (!here) continue;
    for (let j = i + 1; j <= Math.min(n, i + 24); j++) {
      const w = chunk.slice(i, j);
      const known = vocab.has(w);
      if (!known && j - i > 2) continue;
      const cost = here.cost + (known ? 1 : 3);
      const cur = best[j];
      if (!cur || cost < cur.cost) best[j] = { cost, prev: i };
    }
  }
  const end = best[n];
  if (!end) return null;
  const cuts: Array<[number, number]> = [];
  for (let j = n; j > 0; ) {
    const p = best[j]!.prev;
    cuts.push([p, j]);
    j = p;
  }
  cuts.reverse();
  // Only accept when most of the hashtag is made of known words.
  const knownChars = cuts.reduce((s, [a, b]) => s + (vocab.has(chunk.slice(a, b)) ? b - a : 0), 0);
  return cuts.length > 1 && knownChars / n >= 0.75 ? cuts : null;
}

/** Collects tokens and tracks sentence numbers; a class so the hot loop allocates no closures. */
class TokenSink {
  readonly tokens: Token[] = [];
  /** Per token, the normalised-text range between it and the previous token (spaced-letter joining reads it). */
  readonly gaps: number[] = [];
  private lastEnd = 0;
  sentence = 0;
  pendingBreak = false;
  constructor(
    private readonly norm: Normalized,
    private readonly canon: ReadonlyMap<string, string>,
  ) {}
  push(a: number, b: number, text: string, tag = 0, tagFirst = false, mention = false, emoji = false): Token {
    if (this.pendingBreak && this.tokens.length > 0) this.sentence++;
    this.pendingBreak = false;
    const { map, upper } = this.norm;
    const n = this.norm.text.length;
    this.gaps.push(this.lastEnd, a);
    this.lastEnd = b;
    let canon = this.canon.get(text);
    if (canon === undefined) {
      canon = text;
      // English possessive: "Ganjar's posters" reads "ganjar".
      if (text.length > 3 && text.charCodeAt(text.length - 1) === 115 && text.charCodeAt(text.length - 2) === 39) {
        const base = text.slice(0, -2);
        canon = this.canon.get(base) ?? base;
      }
    }
    const t: Token = {
      text,
      canon,
      start: map[a]!,
      end: b >= n ? map[n]! : map[b]!,
      sentence: this.sentence,
      tag,
      tagFirst,
      mention,
      cap: upper[a] === 1,
      caps: allUpper(this.norm.text, upper, a, b),
      emoji,
      num: isDigits(text),
    };
    this.tokens.push(t);
    return t;
  }
}

/** After spaces and dots, the next character is a letter written in lower case. */
function continuesLower(text: string, from: number, upper: ArrayLike<number>): boolean {
  let k = from;
  while (k < text.length && (text[k] === ' ' || text[k] === '.' || text[k] === '…')) k++;
  const ch = text[k];
  return ch !== undefined && ch >= 'a' && ch <= 'z' && upper[k] !== 1;
}

/** Two or more letters in [a, b), every one of them upper case in the original. */
function allUpper(text: string, upper: ArrayLike<number>, a: number, b: number): boolean {
  let letters = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (upper[i] !== 1) return false;
    letters++;
  }
  return letters >= 2;
}

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export function tokenize(norm: Normalized, opts: TokenizeOptions): Token[] {
  const { text, map, upper } = norm;
  const sink = new TokenSink(norm, opts.canon);
  const tokens = sink.tokens;
  let tagId = 0;
  let i = 0;
  const n = text.length;

  while (i < n) {
    const c = text[i]!;
    // URLs carry no draft language and are full of accidental matches.
    if ((c === 'h' && text.startsWith('http', i)) || (c === 'w' && text.startsWith('www.', i))) {
      if (/^(https?:\/\/|www\.)/.test(text.slice(i, i + 8))) {
        while (i < n && !/\s/.test(text[i]!)) i++;
        continue;
      }
    }
    if (isWordCode(text.charCodeAt(i)) || ((c === '#' || c === '@') && i + 1 < n && isWordCode(text.charCodeAt(i + 1)))) {
      const isTag = c === '#';
      const isMention = c === '@';
      let j = isTag || isMention ? i + 1 : i;
      const bodyStart = j;
      let curly = false;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isWordCode(d) || (d === 95 && (isTag || isMention))) j++;
        // Apostrophes inside words: Jum'at, don't.
        else if ((d === 39 || d === 0x2019) && j + 1 < n && isLetter(text[j + 1]!) && !isTag) {
          if (d === 0x2019) curly = true;
          j++;
        } else break;
      }
      let body = text.slice(bodyStart, j);
      if (curly) body = body.replace(/’/g, "'");
      if (isTag) {
        tagId++;
        const parts = splitHashtag(body, upper.subarray(bodyStart, j), opts.vocab, opts.leet);
        for (let k = 0; k < parts.length; k++) {
          const [a, b] = parts[k]!;
          const t = sink.push(bodyStart + a, bodyStart + b, unstretch(deLeet(body.slice(a, b), opts.leet)), tagId, k === 0);
          // The '#' belongs to the first part's span.
          if (k === 0) t.start = map[i]!;
        }
      } else if (isMention) {
        sink.push(i, j, body.replace(/_/g, ''), 0, false, true);
      } else {
        sink.push(i, j, unstretch(deLeet(body, opts.leet)));
      }
      i = j;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const sign = cp > 0x2000 ? opts.handSigns.get(cp) : undefined;
    if (sign) {
      const w = cp > 0xffff ? 2 : 1;
      sink.push(i, i + w, sign, 0, false, false, true);
      i += w;
      continue;
    }
    if (c === '.' || c === '!' || c === '?' || c === '…' || c === '\n') {
      const prev = tokens[tokens.length - 1];
      const next = text[i + 1];
      const abbreviation = c === '.' && prev && prev.end === map[i] && opts.abbreviations.has(prev.text);
      const decimal = c === '.' && prev?.num && next !== undefined && isDigit(next);
      // A trailing-off ellipsis before a lower-case word ("nmr 02 ... korupsi") does not end
      // the sentence; before a capital it does.
      const ellipsis = (c === '…' || (c === '.' && text[i - 1] === '.')) && continuesLower(text, i + 1, upper);
      if (!abbreviation && !decimal && !ellipsis && (c === '\n' || next === undefined || /[\s"'”)\]]/.test(next) || c !== '.')) {
        sink.pendingBreak = true;
      }
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return joinSpacedLetters(tokens, opts, sink.gaps, norm.text);
}

/** p i l i h → pilih: runs of three or more one-letter tokens separated by one space, dot or dash. */
function isSingle(t: Token): boolean {
  return t.text.length === 1 && !t.tag && !t.emoji && !t.mention;
}

function joinSpacedLetters(tokens: Token[], opts: TokenizeOptions, gaps: number[], text: string): Token[] {
  if (tokens.length < 3) return tokens;
  // Nearly every draft has no run of three one-letter tokens: return the array untouched.
  let run = 0;
  let any = false;
  for (const t of tokens) {
    run = isSingle(t) ? run + 1 : 0;
    if (run >= 3) {
      any = true;
      break;
    }
  }
  if (!any) return tokens;
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    // One separator for the whole run: "p.i.l.i.h a.m.i.n" is two words, not one.
    let sep = '';
    while (j < tokens.length && isSingle(tokens[j]!) && tokens[j]!.sentence === tokens[i]!.sentence) {
      if (j > i) {
        const gap = tokens[j]!.start - tokens[j - 1]!.end;
        if (gap > 2) break;
        const here = text.slice(gaps[j * 2]!, gaps[j * 2 + 1]!);
        if (j === i + 1) sep = here;
        else if (here !== sep) break;
      }
      j++;
    }
    if (j - i >= 3) {
      const word = tokens.slice(i, j).map((t) => t.text).join('');
      const first = tokens[i]!;
      out.push({ ...first, text: word, canon: opts.canon.get(word) ?? word, end: tokens[j - 1]!.end, num: isDigits(word), caps: tokens.slice(i, j).every((t) => t.cap) });
      i = j;
    } else {
      out.push(tokens[i]!);
      i++;
    }
  }
  return out;
}
