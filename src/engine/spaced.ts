/**
 * Letters written apart so no word matches: "p i l i h", "P.I.L.I.H", "c-o-b-l-o-s". With spaces
 * the gaps may be uneven; a gap wider than the run's narrowest is a word break ("c e b o n g
 * m e n a n g i s" → cebong menangis, "0  2     s  a  t  u" → 02 satu). Digits joined to letters
 * split where letters turn to digits ("A M I N 2 0 2 4" → amin 2024) unless they spell a word
 * with them (c 0 b l 0 s), and a lone '#' before spaced letters makes them a hashtag, as it does
 * words joined by separators ("# Ganjar _ Mahfud _ 2024").
 */
import { splitHashtag } from './hashtag';
import { readDigits } from './leet';
import type { Normalized } from './normalize';
import type { Token, TokenizeOptions } from './tokenize';
import { tokenWith } from './token-copy';

/** Widest run of spaces read as a gap between spaced letters (a wider one ends the run). */
const MAX_SPACES = 8;
/** One character from the original text's point of view: a gap this wide ends a run of `sep` mode. */
const MAX_SEP = 2;

function isSingle(t: Token): boolean {
  return t.text.length === 1 && !t.tag && !t.emoji && !t.mention;
}

/** "#A M I N": a hashtag of one letter, the head of spaced letters that follow it. */
function isTagHead(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return t.text.length === 1 && t.tagFirst && tokens[i + 1]?.tag !== t.tag;
}

const isDigitText = (s: string) => s >= '0' && s <= '9';
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

interface Run {
  /** Tokens [from, to) of the run. */
  from: number;
  to: number;
  /** Word breaks: token indexes inside the run where a new word starts. */
  breaks: number[];
  /** Separated by spaces (not dots or dashes). */
  spaced: boolean;
}

/** The run of spaced letters that starts at token i (possibly only one token long). */
function runAt(tokens: readonly Token[], i: number, gaps: readonly number[], text: string): Run {
  const gapText = (j: number) => text.slice(gaps[j * 2]!, gaps[j * 2 + 1]!);
  const spaces = (g: string) => g.length > 0 && g.length <= MAX_SPACES && /^ +$/.test(g);
  const sentence = tokens[i]!.sentence;
  let j = i + 1;
  const first = j < tokens.length ? gapText(j) : '';
  const spaced = spaces(first);
  const widths: number[] = [];
  while (j < tokens.length && isSingle(tokens[j]!) && tokens[j]!.sentence === sentence) {
    const g = gapText(j);
    if (spaced ? !spaces(g) : g !== first || tokens[j]!.start - tokens[j - 1]!.end > MAX_SEP) break;
    widths.push(g.length);
    j++;
  }
  const breaks: number[] = [];
  if (spaced && widths.length > 0) {
    let narrowest = Infinity;
    for (const w of widths) if (w < narrowest) narrowest = w;
    for (let k = 0; k < widths.length; k++) if (widths[k]! > narrowest) breaks.push(i + 1 + k);
  }
  return { from: i, to: j, breaks, spaced };
}

/** Where a lone '#' stands right before token i ("# A M I N"), its index in the text, else -1. */
function loneHashBefore(i: number, gaps: readonly number[], text: string): number {
  let k = gaps[i * 2 + 1]! - 1;
  const from = gaps[i * 2]!;
  while (k >= from && text[k] === ' ') k--;
  if (k < from || text[k] !== '#' || k === gaps[i * 2 + 1]! - 1) return -1;
  return k === 0 || !isWordChar(text[k - 1]) ? k : -1;
}

function makeToken(tokens: readonly Token[], from: number, to: number, text: string, opts: TokenizeOptions): Token {
  const first = tokens[from]!;
  let letters = 0;
  let caps = true;
  for (let k = from; k < to; k++) {
    if (isDigitText(tokens[k]!.text)) continue;
    letters++;
    if (!tokens[k]!.cap) caps = false;
  }
  return tokenWith(first, { text, canon: opts.canon.get(text) ?? text, end: tokens[to - 1]!.end, num: /^[0-9]+$/.test(text), caps: caps && letters >= 2 });
}

/**
 * Tokens of one spaced word [from, to): read like a hashtag body (split where letters turn to
 * digits unless they spell a word with them, a run of words against the vocabulary: "p i l i h
 * n o m o r 2" → pilih nomor 2), and a hashtag (tag id `tag`) when a lone '#' stood before it.
 */
function wordTokens(tokens: readonly Token[], from: number, to: number, opts: TokenizeOptions, tag: number, hashAt: number): Token[] {
  let joined = '';
  // Capitals matter in a hashtag (#AminMenang); spaced letters' case is not camel case.
  const upper = new Uint8Array(to - from);
  for (let k = from; k < to; k++) {
    joined += tokens[k]!.text;
    if (tag && tokens[k]!.cap) upper[k - from] = 1;
  }
  // A capital and then small letters ("B a k h t i a r", "R o s d i a n a") is one titled word,
  // as a name is written: split only into known words of three letters or more, never "ba"+"kh".
  if (!tag && tokens[from]!.cap && !tokens.slice(from + 1, to).some((t) => t.cap)) upper[0] = 1;
  const parts = splitHashtag(joined, upper, opts.vocab, opts.leet, opts.words);
  const out: Token[] = [];
  for (let k = 0; k < parts.length; k++) {
    const [a, b] = parts[k]!;
    const t = makeToken(tokens, from + a, from + b, readDigits(joined.slice(a, b), opts.leet, opts.words), opts);
    if (tag) {
      t.tag = tag;
      t.tagFirst = k === 0;
      if (k === 0) t.start = hashAt;
    }
    out.push(t);
  }
  return out;
}

/** A separator between the words of a split hashtag: "_", "." or "-", spaced or not. */
const TAG_SEPARATOR = /^ *[_.\-] *$/;

/**
 * "# Ganjar _ Mahfud _ 2024", "# Prabowo . Gibran . 2029": a lone '#' before words joined by a
 * separator is one hashtag written apart. The end of its words (exclusive), or -1.
 */
function splitTagEnd(tokens: readonly Token[], i: number, gaps: readonly number[], text: string): number {
  const t = tokens[i]!;
  if (t.tag || t.emoji || t.mention || !/^\p{L}/u.test(t.text) || loneHashBefore(i, gaps, text) < 0) return -1;
  let j = i + 1;
  while (j < tokens.length && !tokens[j]!.tag && !tokens[j]!.emoji && !tokens[j]!.mention && TAG_SEPARATOR.test(text.slice(gaps[j * 2]!, gaps[j * 2 + 1]!))) j++;
  return j - i >= 2 ? j : -1;
}

/** The words [from, to) of a split hashtag as one hashtag (id `tag`) that starts at its '#'. */
function splitTagTokens(tokens: readonly Token[], from: number, to: number, tag: number, hashAt: number): Token[] {
  const out: Token[] = [];
  for (let k = from; k < to; k++) out.push(tokenWith(tokens[k]!, { tag, tagFirst: k === from, sentence: tokens[from]!.sentence, ...(k === from ? { start: hashAt } : {}) }));
  return out;
}

/** True when the tokens hold a run worth joining: nearly every draft has none. */
function anyRun(tokens: readonly Token[]): boolean {
  let run = 0;
  for (let i = 0; i < tokens.length; i++) {
    run = isSingle(tokens[i]!) || isTagHead(tokens, i) ? run + 1 : 0;
    if (run >= 2) return true;
  }
  return false;
}

export function joinSpacedLetters(tokens: Token[], opts: TokenizeOptions, gaps: readonly number[], norm: Normalized): Token[] {
  if (tokens.length < 2 || (!anyRun(tokens) && (norm.text.indexOf('#') < 0 || !/#[ _.]/.test(norm.text)))) return tokens;
  const { text, map } = norm;
  const out: Token[] = [];
  let newTags = 0;
  let i = 0;
  while (i < tokens.length) {
    const tagEnd = splitTagEnd(tokens, i, gaps, text);
    if (tagEnd > 0) {
      for (const t of splitTagTokens(tokens, i, tagEnd, -++newTags, map[loneHashBefore(i, gaps, text)]!)) out.push(t);
      i = tagEnd;
      continue;
    }
    const head = isTagHead(tokens, i);
    if (!head && !isSingle(tokens[i]!)) {
      out.push(tokens[i++]!);
      continue;
    }
    const run = runAt(tokens, i, gaps, text);
    const size = run.to - run.from;
    // "0 2": a zero-padded ballot number written apart (not "0.2" or "0-2").
    const zeroPadded = size === 2 && run.spaced && tokens[i]!.text === '0' && isDigitText(tokens[i + 1]!.text) && run.breaks.length === 0;
    if (size < 3 && !zeroPadded && !(head && size >= 2)) {
      out.push(tokens[i++]!);
      continue;
    }
    const hash = head ? -1 : loneHashBefore(i, gaps, text);
    const hashAt = head ? tokens[i]!.start : hash >= 0 ? map[hash]! : -1;
    const starts = [run.from, ...run.breaks, run.to];
    for (let k = 0; k + 1 < starts.length; k++) {
      const [a, b] = [starts[k]!, starts[k + 1]!];
      const tag = k === 0 && hashAt >= 0 ? -++newTags : 0;
      if (b - a === 1 && !tag) out.push(tokens[a]!);
      else for (const t of wordTokens(tokens, a, b, opts, tag, hashAt)) out.push(t);
    }
    i = run.to;
  }
  if (newTags > 0) renumberTags(out);
  return out;
}

/** Hashtag ids 1, 2, … in the order the hashtags appear, after new ones were made. */
function renumberTags(tokens: Token[]): void {
  const ids = new Map<number, number>();
  for (const t of tokens) {
    if (!t.tag) continue;
    let id = ids.get(t.tag);
    if (id === undefined) ids.set(t.tag, (id = ids.size + 1));
    t.tag = id;
  }
}
