/**
 * Hashtag bodies split into words: camel case, underscores, letter/digit changes and, for a run
 * of lower-case words (#prabowogibran), a dictionary segmentation against the rules' vocabulary.
 */
import { readDigits, type WordBook } from './leet';
import type { WordSet } from './tokenize';

const isLetter = (c: string) => /\p{L}/u.test(c);
const isDigit = (c: string) => c >= '0' && c <= '9';

/** Longest hashtag chunk the dictionary segmentation reads; no run of joined words is longer. */
const MAX_SEGMENT = 64;

/**
 * Split a hashtag body into words. Camel case and underscores are split first, then letter/digit
 * changes unless the piece is a word spelt with digits (#G3r1ndr4Menang); a chunk that is still
 * long and unknown is segmented against the rules' vocabulary.
 */
export function splitHashtag(body: string, upper: ArrayLike<number>, vocab: WordSet, leet: Readonly<Record<string, string>>, words?: WordBook): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let s = 0;
  for (let i = 1; i <= body.length; i++) {
    const b = body[i];
    const cut = b === undefined || b === '_' || (!upper[i - 1] && upper[i] === 1 && isLetter(b)) || capsThenWord(body, i, upper, vocab) || capsThenTitled(body, i, upper, vocab);
    if (!cut) continue;
    if (i > s) splitDigits(body, s, i, upper, leet, words, pieces);
    s = b === '_' ? i + 1 : i;
  }
  const out: Array<[number, number]> = [];
  let allCaps = true;
  for (let k = 0; k < body.length && allCaps; k++) if (isLetter(body[k]!) && !upper[k]) allCaps = false;
  for (const [a, b] of pieces) {
    const chunk = body.slice(a, b);
    if (body[a] === '_') continue;
    if (chunk.length < 5 || chunk.length > MAX_SEGMENT || vocab.has(chunk) || isDigit(chunk[0]!)) {
      out.push([a, b]);
      continue;
    }
    let seg = segment(chunk, vocab);
    // A Titlecase piece ("Fitri" in #DarmawanFitriMenang) was cut by its writer already: split it
    // further only into known words of three letters or more ("Prabowogibran"), never "fit"+"ri",
    // and one of five or more: a place ("Manado") is no "man"+"ado". A piece in capitals beside
    // pieces that are not is read the same way: an acronym ("PERAK" in #PERAKMenang) is no
    // "per"+"ak". A tag all in capitals (#FAUZIUNTUKKOTA) says nothing by its case.
    let titled = upper[a] === 1;
    let caps = titled && !allCaps;
    for (let k = a + 1; k < b && (titled || caps); k++) {
      if (upper[k] === 1) titled = false;
      else caps = false;
    }
    titled ||= caps;
    if (seg && titled && (seg.some(([x, y]) => y - x < 3 || !vocab.has(chunk.slice(x, y))) || seg.every(([x, y]) => y - x < 5))) seg = null;
    if (seg) for (const [x, y] of seg) out.push([a + x, a + y]);
    else out.push([a, b]);
  }
  return out;
}

/**
 * A name in capitals run into a lower-case word (#GUSTIuntukSukawangi, #PABImenang2029): cut
 * where the case changes when the lower-case run is a word the rules know and the run with the
 * last capital is not. Otherwise the last capital may begin the next word (#PDIPerjuangan) and
 * segmentation decides.
 */
function capsThenWord(body: string, i: number, upper: ArrayLike<number>, vocab: WordSet): boolean {
  if (i < 2 || upper[i] || !upper[i - 1] || !upper[i - 2] || !isLetter(body[i]!)) return false;
  let j = i;
  while (j < body.length && !upper[j] && isLetter(body[j]!)) j++;
  // "#2024PDIPOposisi": the last capital begins the word ("oposisi", not "posisi").
  return j - i >= 3 && vocab.has(body.slice(i, j)) && !vocab.has(body.slice(i - 1, j));
}

/**
 * A run of capitals whose last capital opens a known word (#PERAKMenang, #PDIPerjuangan): cut
 * before that capital, unless the word after it is known without it (`capsThenWord` cuts there).
 */
function capsThenTitled(body: string, i: number, upper: ArrayLike<number>, vocab: WordSet): boolean {
  if (i < 2 || !upper[i] || !upper[i - 1] || upper[i + 1] || !isLetter(body[i]!) || !isLetter(body[i - 1]!)) return false;
  let j = i + 1;
  while (j < body.length && !upper[j] && isLetter(body[j]!)) j++;
  return j - i >= 4 && vocab.has(body.slice(i, j).toLowerCase()) && !capsThenWord(body, i + 1, upper, vocab);
}

/** Cut [s, e) of a hashtag at letter/digit changes, keeping words spelt with digits whole. */
function splitDigits(body: string, s: number, e: number, upper: ArrayLike<number>, leet: Readonly<Record<string, string>>, words: WordBook | undefined, out: Array<[number, number]>): void {
  const piece = body.slice(s, e);
  if (words && /\d/.test(piece) && /^\p{L}+$/u.test(readDigits(piece, leet, words))) {
    out.push([s, e]);
    return;
  }
  // A lone look-alike digit inside a word (#GanjarM3nang, #L3bihBaik) is a letter, not a number.
  const leetInside = (k: number) => leet[body[k]!] !== undefined && isDigit(body[k]!) && k > s && isLetter(body[k - 1]!) && k + 1 < e && isLetter(body[k + 1]!) && !upper[k + 1];
  let from = s;
  for (let i = s + 1; i <= e; i++) {
    if (i < e && (isDigit(body[i - 1]!) === isDigit(body[i]!) || leetInside(i) || leetInside(i - 1))) continue;
    out.push([from, i]);
    from = i;
  }
}

/** Dictionary segmentation: fewest pieces, all from `vocab`, unknown leftovers of ≤ 2 letters allowed. */
function segment(chunk: string, vocab: WordSet): Array<[number, number]> | null {
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
