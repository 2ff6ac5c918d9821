/**
 * Tokens and sentences over normalised text, each token carrying its span in the ORIGINAL text.
 *
 * Word-level de-obfuscation lives here: digits used as letters (c0bl0s, p4rt41) and masked
 * letters (c*blos) in `leet.ts`, stretched words (pilihhh), letters spaced out (p i l i h) in
 * `spaced.ts`, slang (nyoblos → coblos), hashtags split into words (#PrabowoGibran2024 →
 * prabowo gibran 2024) in `hashtag.ts`, and hand-sign emoji (✌ → jari2).
 */
import { splitHashtag } from './hashtag';
import { isMaskCode, nameInLeet, readDigitsInDraft, unmask, type WordBook } from './leet';
import type { Normalized } from './normalize';
import { joinSpacedLetters } from './spaced';

export { splitHashtag };

/**
 * The canon of a bar or bullet between the parts of a profile or a list ("|", "｜", "•", "·"): an
 * emoji-like token that patterns name as a word (`pemisahbio relawan|kader …`).
 */
export const PART_SEPARATOR = 'pemisahbio';

/** The token is a bar or bullet between a profile's parts. */
export const isPartSeparator = (t: Token): boolean => t.emoji && t.canon === PART_SEPARATOR;

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
  /** A hashtag part that is no word the rules or the root-word list know: a name ("#TigorUntukDolok"); set by `markTagNames`. */
  tagName?: boolean;
  /** The first word of a sentence read as a name: capitalised and no word anyone knows ("Syamsir pasti menang"); set by `markLeadNames`. */
  lead?: boolean;
  /** A capitalised word right after a place word ("Kab. Tirta Mandala", "Desa Sukamaju"): a place, never a person's name; set by `markPlaceNames`. */
  place?: boolean;
  /** True when the original word started with an upper-case letter (names in English drafts). */
  cap: boolean;
  /** True when every letter of the original word is upper case and it has two or more ("AMIN", not "Amin"). */
  caps: boolean;
  /** True for emoji tokens (hand signs), whose canon is `jari1`, `jari2`, `jari3` or `jari`, and for part separators (`PART_SEPARATOR`). */
  emoji: boolean;
  /** True when the token is only digits. */
  num: boolean;
}

/** Words asked one by one (a `Set`, or a stored vocabulary that is never listed, `stored-vocab.ts`). */
export interface WordSet {
  has(word: string): boolean;
}

export interface TokenizeOptions {
  /** Slang and abbreviation map: surface → canonical word. */
  canon: ReadonlyMap<string, string>;
  /** Words the rules know; used to split all-lower-case hashtags (#prabowogibran). */
  vocab: WordSet;
  /** Hand-sign emoji by code point → `jari1`, `jari2`, `jari3` or `jari` (`rules/language.yml`). */
  handSigns: ReadonlyMap<number, string>;
  /** Digit → the letter it stands for inside a word (c0bl0s). */
  leet: Readonly<Record<string, string>>;
  /** Abbreviations whose period does not end a sentence ("no. 2"). */
  abbreviations: ReadonlySet<string>;
  /** Chat forms the canon reads only in lower case ("plh" is pilih; "Plh" the acting official). */
  capitalAcronyms?: ReadonlySet<string>;
  /** Words digits and masks may spell ("p4rt41", "c*blos"); without it only c0bl0s is read. */
  words?: WordBook;
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

/** pilihhh → pilih, mantaaap → mantap: three or more of the same letter collapse to one. */
export function unstretch(w: string): string {
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

/** Collects tokens and tracks sentence numbers; a class so the hot loop allocates no closures. */
class TokenSink {
  readonly tokens: Token[] = [];
  /** Per token, the normalised-text range between it and the previous token (spaced-letter joining reads it). */
  readonly gaps: number[] = [];
  private lastEnd = 0;
  sentence = 0;
  pendingBreak = false;
  /** Some word of the draft is written with digits for letters ("pa5lon"). */
  leetSeen = false;
  /** Tokens and how they read if the draft writes letters with digits ("dukun6" → dukung). */
  readonly leetMaybe: Array<Token | string> = [];
  constructor(
    private readonly norm: Normalized,
    private readonly canon: ReadonlyMap<string, string>,
    private readonly slangOf: ((text: string) => string | undefined) | undefined,
    private readonly capitalAcronyms?: ReadonlySet<string>,
  ) {}
  push(a: number, b: number, text: string, tag = 0, tagFirst = false, mention = false, emoji = false): Token {
    if (this.pendingBreak && this.tokens.length > 0) this.sentence++;
    this.pendingBreak = false;
    const { map, upper } = this.norm;
    const n = this.norm.text.length;
    this.gaps.push(this.lastEnd, a);
    this.lastEnd = b;
    let canon = this.slangOf ? this.slangOf(text) : this.canon.get(text);
    if (canon === undefined) {
      canon = text;
      // English possessive: "Ganjar's posters" reads "ganjar".
      if (text.length > 3 && text.charCodeAt(text.length - 1) === 115 && text.charCodeAt(text.length - 2) === 39) {
        const base = text.slice(0, -2);
        canon = this.canon.get(base) ?? base;
      }
    } else if (this.capitalAcronyms?.has(text)) {
      // "Plh" is the acting official; "plh" is pilih, and no rule may read it as the office.
      if (upper[a] === 1) canon = text;
      else text = canon;
    }
    // A token ending inside one original character's expansion ("1" of ½ = 1⁄2) ends where
    // that character ends, so no token is empty.
    let e = b;
    while (e < n && map[e] === map[b - 1]) e++;
    const t: Token = {
      text,
      canon,
      start: map[a]!,
      end: map[e]!,
      sentence: this.sentence,
      tag,
      tagFirst,
      mention,
      // Set here (`markTagNames` may set it later), so every token has one shape: code that
      // reads tokens sees one layout, not one per flag a token happened to get.
      tagName: false,
      cap: upper[a] === 1,
      caps: allUpper(this.norm.text, upper, a, b),
      emoji,
      num: isDigits(text),
    };
    this.tokens.push(t);
    return t;
  }
  /** Once the whole draft is read: in a draft written in digits, its doubtful words are read so too. */
  settleLeet(canon: ReadonlyMap<string, string>): void {
    if (!this.leetSeen) return;
    for (let k = 0; k < this.leetMaybe.length; k += 2) {
      const t = this.leetMaybe[k] as Token;
      t.text = unstretch(this.leetMaybe[k + 1] as string);
      t.canon = canon.get(t.text) ?? t.text;
      t.num = false;
    }
  }
}

/**
 * After spaces and dots, the next character is a letter written in lower case. Every dot of a
 * run asks about the same next character, so the end of the run is remembered: a run of n dots
 * is scanned once, not n times.
 */
class LowerAfterDots {
  private from = -1;
  private to = -1;
  constructor(
    private readonly text: string,
    private readonly upper: ArrayLike<number>,
  ) {}
  test(from: number): boolean {
    const { text } = this;
    let k: number;
    if (from >= this.from && from <= this.to) k = this.to;
    else {
      k = from;
      while (k < text.length && (text[k] === ' ' || text[k] === '.' || text[k] === '…')) k++;
      this.from = from;
      this.to = k;
    }
    const ch = text[k];
    return ch !== undefined && ch >= 'a' && ch <= 'z' && this.upper[k] !== 1;
  }
}

/**
 * A "!" (or a run of marks) that closes a quote the sentence goes on after, in lower case:
 * "komen 'Lanjutkan Pak!' di postingan X", "teriak "Menang!" terus pulang". The quote's mark is
 * the quoted words', not the end of the writer's sentence. A quoted question still ends one:
 * 'ditanya "boleh milih?" boleh lah, …' answers it in a sentence of its own.
 */
function closesInnerQuote(text: string, upper: ArrayLike<number>, i: number, run: { to: number; inner: boolean }): boolean {
  // A run of marks is read once, at its first mark: a long "!?!?…" stays linear.
  if (i < run.to) return run.inner;
  let k = i;
  while (text[k] === '!' || text[k] === '?') k++;
  run.to = k;
  run.inner = false;
  const q = text[k];
  if (q !== '"' && q !== "'" && q !== '\u201d' && q !== '\u2019' && q !== '\u00bb') return false;
  k++;
  while (text[k] === ' ') k++;
  const ch = text[k];
  run.inner = ch !== undefined && ch >= 'a' && ch <= 'z' && upper[k] !== 1;
  return run.inner;
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

/** Longest word in which masks are read (no known word is longer). */
const MAX_MASKED = 32;

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

export function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * `slangOf`: reads `opts.canon` for a word through a memo that keeps what else is known of the
 * word (`PatternIndex.slangOf`); without it, `opts.canon` is asked directly.
 */
export function tokenize(norm: Normalized, opts: TokenizeOptions, slangOf?: (text: string) => string | undefined): Token[] {
  const { text, map, upper } = norm;
  const sink = new TokenSink(norm, opts.canon, slangOf, opts.capitalAcronyms);
  const tokens = sink.tokens;
  const lowerAfter = new LowerAfterDots(text, upper);
  const markRun = { to: -1, inner: false };
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
    // A hashtag typed with a space after '#' ("# Haris Dua Periode"): its capitalised words are
    // the tag's parts, as if written together. A number first ("# 2 …") is a list's item.
    if (c === '#' && text[i + 1] === ' ' && (i === 0 || /\s/.test(text[i - 1]!)) && !isDigit(text[i + 2] ?? '') && tagWordStart(text, upper, i + 2)) {
      tagId++;
      const t = pushTagWords(sink, text, upper, i + 2, opts, tagId, true);
      if (t.first) t.first.start = map[i]!;
      i = t.end;
      continue;
    }
    if (isWordCode(text.charCodeAt(i)) || ((c === '#' || c === '@') && i + 1 < n && isWordCode(text.charCodeAt(i + 1)))) {
      const isTag = c === '#';
      const isMention = c === '@';
      let j = isTag || isMention ? i + 1 : i;
      const bodyStart = j;
      let curly = false;
      // Where the first mask ("c*blos", "p•lih") is; masks are read only inside a short word.
      let masked = -1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isWordCode(d) || (d === 95 && (isTag || isMention))) j++;
        // A capitalised hashtag cut into pieces by dots, each piece capitalised or a number:
        // "#Dadan.Bupati.2029", "#Lanjut.Rusdi.2029" (a dot before a lower-case letter ends it).
        else if (d === 46 && isTag && j + 1 < n && upper[bodyStart] === 1 && (upper[j + 1] === 1 || isDigit(text[j + 1]!))) j++;
        // Instagram and TikTok handles carry dots inside ("@sahabat.nyomanayu"); a dot that
        // ends the mention ends the sentence, and an e-mail address ("budi@gmail.com") is no handle.
        else if (d === 46 && isMention && j + 1 < n && isWordCode(text.charCodeAt(j + 1)) && (i === 0 || !isWordCode(text.charCodeAt(i - 1)))) j++;
        // Apostrophes inside words: Jum'at, don't.
        else if ((d === 39 || d === 0x2019) && j + 1 < n && isLetter(text[j + 1]!) && !isTag) {
          if (d === 0x2019) curly = true;
          j++;
        } else if (opts.words && !isTag && !isMention && j - i < MAX_MASKED && isMaskCode(d)) {
          let k = j + 1;
          while (k < n && k - j < 3 && isMaskCode(text.charCodeAt(k))) k++;
          if (k >= n || !isWordCode(text.charCodeAt(k))) break;
          if (masked < 0) masked = j;
          j = k;
        } else break;
      }
      if (masked >= 0) {
        const word = unmask(text.slice(i, j), opts.leet, opts.words!);
        if (word !== undefined) {
          sink.push(i, j, word);
          i = j;
          continue;
        }
        // Not a word the engine knows: read as before, the mask separating two words.
        j = masked;
      }
      let body = text.slice(bodyStart, j);
      if (curly) body = body.replace(/’/g, "'");
      if (isTag) {
        // A dot that joined the tag's pieces cuts them as an underscore does.
        body = body.replace(/\./g, '_');
        tagId++;
        const parts = splitHashtag(body, upper.subarray(bodyStart, j), opts.vocab, opts.leet, opts.words);
        for (let k = 0; k < parts.length; k++) {
          const [a, b] = parts[k]!;
          const t = leetWord(sink, bodyStart + a, bodyStart + b, body.slice(a, b), opts, tagId, k === 0);
          // The '#' belongs to the first part's span.
          if (k === 0) t.start = map[i]!;
        }
        // Parts set apart by spaced underscores, dots or dashes go on: "#Ganjar _ Mahfud _ 2024".
        if (spacedJoint(text, j) && tagWordStart(text, upper, j + 3)) j = pushTagWords(sink, text, upper, j + 3, opts, tagId, false).end;
      } else if (isMention) {
        sink.push(i, j, body.replace(/_/g, ''), 0, false, true);
      } else {
        // A date ("02.02.2027", "17/8/2029") is one token: its day and month are no ballot numbers.
        const date = body.length <= 2 && isDigits(body) ? DATE_REST.exec(text.slice(j, j + 11)) : null;
        if (date) {
          sink.push(i, j + date[0].length, (body + date[0]).replace(/[./]/g, '-'));
          i = j + date[0].length;
          continue;
        }
        leetWord(sink, i, j, body, opts);
      }
      i = j;
      continue;
    }
    // The bars and bullets between a profile's parts ("Guru SMK | ASN | Relawan Pak X") are a
    // token, so rules can read a part that begins after one as the writer's own label.
    if (c === '|' || c === '\uff5c' || c === '\u2022' || c === '\u00b7') {
      sink.push(i, i + 1, PART_SEPARATOR, 0, false, false, true);
      i++;
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
      const ellipsis = (c === '…' || (c === '.' && text[i - 1] === '.')) && lowerAfter.test(i + 1);
      const innerQuote = c === '!' && closesInnerQuote(text, upper, i, markRun);
      if (!abbreviation && !decimal && !ellipsis && !innerQuote && (c === '\n' || next === undefined || /[\s"'”)\]]/.test(next) || c !== '.')) {
        sink.pendingBreak = true;
      }
    }
    i += cp > 0xffff ? 2 : 1;
  }
  sink.settleLeet(opts.canon);
  joinMentionSentences(tokens);
  return joinSpacedLetters(tokens, opts, sink.gaps, norm);
}

/**
 * A sentence of nothing but handles is who the sentence before was said to or about: "Bocil
 * songong!!! @gibran_tweet". It joins that sentence; the sentences after it are numbered down.
 */
function joinMentionSentences(tokens: Token[]): void {
  let shift = 0;
  for (let i = 0; i < tokens.length; ) {
    const s = tokens[i]!.sentence;
    let j = i;
    let mentions = true;
    for (; j < tokens.length && tokens[j]!.sentence === s; j++) if (!tokens[j]!.mention) mentions = false;
    const joins = mentions && i > 0;
    if (joins) shift++;
    for (let k = i; k < j; k++) tokens[k]!.sentence -= shift;
    i = j;
  }
}

/** What follows a date's day: its month and year, set apart by dots, slashes or dashes. */
const DATE_REST = /^([./-])\d{1,2}\1\d{2,4}(?!\d)/;

/** A capitalised word or a number begins at `k`: the next part of a spaced hashtag. */
function tagWordStart(text: string, upper: ArrayLike<number>, k: number): boolean {
  const ch = text[k];
  if (ch === undefined) return false;
  if (isDigit(ch)) return true;
  // A lone capital is a letter spelled out ("# A M I N"), which `spaced.ts` reads.
  return upper[k] === 1 && isLetter(ch) && k + 1 < text.length && isWordCode(text.charCodeAt(k + 1));
}

/** A spaced underscore, dot or dash joins a hashtag's parts: "#Ganjar _ Mahfud", "# Prabowo . Gibran". */
function spacedJoint(text: string, k: number): boolean {
  const c = text[k + 1];
  return text[k] === ' ' && text[k + 2] === ' ' && (c === '_' || c === '.' || c === '-');
}

/** Most parts read into one spaced hashtag: a slogan, never a sentence. */
const MAX_SPACED_TAG_WORDS = 6;

/**
 * The words of a hashtag set apart by single spaces or spaced joints (`spacedJoint`), from `k`
 * while each begins with a capital or a digit; each word is split as a hashtag is. Returns the
 * first token and where the tag ends.
 */
function pushTagWords(sink: TokenSink, text: string, upper: Uint8Array, k: number, opts: TokenizeOptions, tagId: number, first: boolean): { first: Token | undefined; end: number } {
  let head: Token | undefined;
  let end = k;
  for (let words = 0; words < MAX_SPACED_TAG_WORDS; words++) {
    let e = k;
    while (e < text.length && isWordCode(text.charCodeAt(e))) e++;
    const body = text.slice(k, e);
    const parts = splitHashtag(body, upper.subarray(k, e), opts.vocab, opts.leet, opts.words);
    for (const [a, b] of parts) {
      const t = leetWord(sink, k + a, k + b, body.slice(a, b), opts, tagId, first && head === undefined);
      head ??= t;
    }
    end = e;
    if (text[e] === ' ' && tagWordStart(text, upper, e + 1)) k = e + 1;
    else if (spacedJoint(text, e) && tagWordStart(text, upper, e + 3)) k = e + 3;
    else break;
  }
  return { first: head, end };
}

/** A word token, its digits read as letters where they spell a word ("p4rt41"). */
function leetWord(sink: TokenSink, a: number, b: number, body: string, opts: TokenizeOptions, tag = 0, tagFirst = false): Token {
  // Nearly every word has no digit: nothing to read (and no reading object to make).
  if (!hasDigit(body)) return sink.push(a, b, unstretch(body), tag, tagFirst);
  const read = readDigitsInDraft(body, opts.leet, opts.words);
  const t = sink.push(a, b, unstretch(read.text), tag, tagFirst);
  if (read.text !== body) sink.leetSeen = true;
  if (read.inLeet !== undefined) sink.leetMaybe.push(t, read.inLeet);
  else if (t.cap && !t.caps) {
    const name = nameInLeet(body, opts.leet);
    if (name !== null && name !== read.text) sink.leetMaybe.push(t, name);
  }
  return t;
}
