/**
 * Words written with digits or masks for letters: "p4rt41", "4n13s", "6uru", "dukun6" and
 * "c*blos", "p•lih", "k@mpanye". A digit between two letters has always been read as a letter
 * (c0bl0s); a digit at the edge of a word is as often a number written next to it ("pilih1",
 * "jari2", "2periode"), so an edge digit becomes a letter only when the whole word then is one
 * the engine knows. A mask stands for one letter: the masked word reads as the one known word
 * it fits, or stays as it was.
 */

/** What the engine knows of words; built from rule data and the Indonesian root list (`reading.ts`). */
export interface WordBook {
  /**
   * True when the engine knows the word: `exact` a rule word, slang form, language-list word
   * or Indonesian root word (a lookup); `inflected` also a word whose stem is a root
   * ("kampanyenya"; runs the stemmer); `function` only the language lists' short function
   * words (ya, di, the).
   */
  knows(word: string, how: 'exact' | 'inflected' | 'function'): boolean;
  /** The rule words (hashtag vocabulary, slang forms and what they stand for) of this length. */
  wordsOfLength(length: number): readonly string[];
  /** The word's Indonesian stem ("coblosi" → coblos). */
  stem(word: string): string;
}

/** Longer tokens are not words (and the stemmer is not run on them). */
const MAX_WORD = 32;
/** An edge run of more digits than this is a number ("tahun2024"), never letters. */
const MAX_EDGE_DIGITS = 2;

const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isLetterAt = (w: string, i: number) => i >= 0 && i < w.length && !isDigitCode(w.charCodeAt(i)) && /\p{L}/u.test(w[i]!);

/** c0bl0s → coblos: only a digit with a letter on both sides, so 2024, 02 and jari2 stay. */
function interiorDigits(w: string, leet: Readonly<Record<string, string>>): string {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    const sub = isDigitCode(w.charCodeAt(i)) ? leet[c] : undefined;
    out += sub && isLetterAt(w, i - 1) && isLetterAt(w, i + 1) ? sub : c;
  }
  return out;
}

/** Every digit as its letter, or null when a digit has none (2 in "jari2") or is not a word's. */
function allDigits(w: string, from: number, to: number, leet: Readonly<Record<string, string>>): string | null {
  let out = '';
  for (let i = from; i < to; i++) {
    const c = w[i]!;
    if (!isDigitCode(w.charCodeAt(i))) out += c;
    else {
      const sub = leet[c];
      if (sub === undefined) return null;
      out += sub;
    }
  }
  return out;
}

/**
 * How a token of letters and digits reads: `text` for sure; `inLeet` instead when the draft
 * elsewhere writes letters with digits. "dukun6" is "dukun 6" in a plain draft and "dukung" in
 * "6uru PN5 dukun6 pa5lon 2"; "S1" and "y4" likewise.
 */
export interface DigitReading {
  text: string;
  inLeet?: string;
}

/** Readings per word book: another engine's packs know other words. */
const memos = new WeakMap<WordBook, { read: Map<string, DigitReading>; unmasked: Map<string, string | null> }>();
function memoOf(book: WordBook) {
  let m = memos.get(book);
  if (!m) memos.set(book, (m = { read: new Map(), unmasked: new Map() }));
  return m;
}

/** A token of letters and digits as the word it surely spells, or as it is (`readDigitsInDraft`). */
export function readDigits(w: string, leet: Readonly<Record<string, string>>, book?: WordBook): string {
  return readDigitsInDraft(w, leet, book).text;
}

/**
 * A token of letters and digits as the word it spells. Without a word book, only digits between
 * letters are read (the rule the engine has always had).
 */
export function readDigitsInDraft(w: string, leet: Readonly<Record<string, string>>, book?: WordBook): DigitReading {
  let digits = 0;
  for (let i = 0; i < w.length; i++) if (isDigitCode(w.charCodeAt(i))) digits++;
  if (digits === 0 || digits === w.length || !/\p{L}/u.test(w)) return { text: w };
  if (!book || w.length > MAX_WORD) return { text: interiorDigits(w, leet) };
  const memo = memoOf(book).read;
  const hit = memo.get(w);
  if (hit !== undefined) return hit;
  const out = readKnown(w, w.length - digits, leet, book);
  if (memo.size >= 5_000) memo.clear();
  memo.set(w, out);
  return out;
}

function readKnown(w: string, letters: number, leet: Readonly<Record<string, string>>, book: WordBook): DigitReading {
  const fallback = interiorDigits(w, leet);
  const plain = { text: fallback };
  // A slang form written with a digit ("n0") is itself a word.
  if (book.knows(w, 'exact')) return { text: w };
  const full = allDigits(w, 0, w.length, leet);
  if (full === null || !/^\p{L}+$/u.test(full)) return plain;
  let lead = 0;
  while (isDigitCode(w.charCodeAt(lead))) lead++;
  let trail = w.length;
  while (isDigitCode(w.charCodeAt(trail - 1))) trail--;
  if (lead > MAX_EDGE_DIGITS || w.length - trail > MAX_EDGE_DIGITS) return plain;
  // One letter and a digit ("S1", "D3", "y4"): only a function word ("ya", "di"), only in leet.
  if (letters < 2) return book.knows(full, 'function') ? { text: fallback, inLeet: full } : plain;
  // Single digits between letters (c0bl0s) read as always, with no word to look up.
  if (full === fallback) return plain;
  if (!book.knows(full, 'inflected')) return plain;
  if (lead === 0 && trail === w.length) return { text: full };
  // "pilih1", "c0bl0s1", "1hari": a known word with a number beside it. The number stays,
  // unless the digit makes another word of it ("dukun6" → dukung, not "coblosi"), and then
  // only in a draft that writes letters with digits elsewhere.
  const before = trail < w.length ? allDigits(w, 0, trail, leet) : null;
  const after = lead > 0 ? allDigits(w, lead, w.length, leet) : null;
  const known = (x: string | null) => x !== null && book.knows(x, 'exact');
  if (!known(before) && !known(after)) return { text: full };
  const inflected = (x: string | null) => known(x) && book.stem(x!) === book.stem(full);
  if (inflected(before) || inflected(after) || !book.knows(full, 'exact')) return plain;
  return { text: fallback, inLeet: full };
}

/**
 * A capitalised token's digits as letters, for a name no word list knows ("P4rul14n" → parulian,
 * "ArD3" → arde): read so only in a draft that writes letters with digits elsewhere, as
 * `DigitReading.inLeet` is. Null when a digit has no letter, more digits than letters remain, or
 * fewer than three letters.
 */
export function nameInLeet(w: string, leet: Readonly<Record<string, string>>): string | null {
  let digits = 0;
  for (let i = 0; i < w.length; i++) if (isDigitCode(w.charCodeAt(i))) digits++;
  // Three letters at least: "S1" and "D3" are degrees, not names.
  if (digits === 0 || digits * 2 > w.length || w.length - digits < 3 || !isLetterAt(w, 0)) return null;
  const full = allDigits(w, 0, w.length, leet);
  return full !== null && /^\p{L}+$/u.test(full) ? full : null;
}

/** Characters that hide a letter inside a word: any letter, or the one it looks like. */
const MASKS: Readonly<Record<string, string>> = { '*': '', '•': '', '●': '', '·': '', '∗': '', _: '', '@': 'a', $: 's' };

/**
 * Whether the UTF-16 unit `c` is one of `MASKS`. By number: the tokenizer asks after every word,
 * and a property looked up by a one-character string cost more than the rest of the word's end.
 */
export function isMaskCode(c: number): boolean {
  return c === 42 || c === 95 || c === 64 || c === 36 || c === 0x2022 || c === 0x25cf || c === 0xb7 || c === 0x2217;
}

/**
 * "c*blos" → coblos, "k@mpanye" → kampanye, "c0bl*s" → coblos: the one known word of the same
 * length whose letters agree with the masked word's (a mask standing for any letter, or for the
 * letter it looks like; a digit for its letter). A rule word first; otherwise, with one mask, an
 * Indonesian root word. No word or more than one: undefined.
 */
export function unmask(w: string, leet: Readonly<Record<string, string>>, book: WordBook): string | undefined {
  if (w.length < 4 || w.length > MAX_WORD) return undefined;
  let masks = 0;
  let letters = 0;
  for (const c of w) {
    if (MASKS[c] !== undefined) masks++;
    else if (/\p{L}/u.test(c)) letters++;
  }
  if (masks === 0 || letters < 2 || masks * 2 > w.length) return undefined;
  const unmasked = memoOf(book).unmasked;
  const hit = unmasked.get(w);
  if (hit !== undefined) return hit ?? undefined;
  const fits = (cand: string) => {
    for (let i = 0; i < w.length; i++) {
      const c = w[i]!;
      const k = cand[i]!;
      if (c === k) continue;
      const mask = MASKS[c];
      if (mask === '' ? /\p{L}/u.test(k) : mask === k) continue;
      if (isDigitCode(c.charCodeAt(0)) && leet[c] === k) continue;
      return false;
    }
    return true;
  };
  let found: string | null = null;
  let count = 0;
  for (const cand of book.wordsOfLength(w.length)) {
    if (fits(cand) && cand !== found) {
      found = cand;
      count++;
    }
  }
  if (count === 0 && masks === 1) {
    let at = 0;
    while (MASKS[w[at]!] === undefined) at++;
    const fill = MASKS[w[at]!] || 'abcdefghijklmnopqrstuvwxyz';
    const base = allDigits(w, 0, w.length, leet);
    if (base !== null)
      for (const letter of fill) {
        const cand = base.slice(0, at) + letter + base.slice(at + 1);
        if (book.knows(cand, 'exact')) {
          found = cand;
          count++;
        }
      }
  }
  const out = count === 1 ? found : null;
  if (unmasked.size >= 5_000) unmasked.clear();
  unmasked.set(w, out);
  return out ?? undefined;
}
