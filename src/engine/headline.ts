/**
 * Headline form: news shared as-is ("Prabowo Klaim RI Tidak Perlu Impor BBM") is reported, not
 * said. A sentence reads as a headline when most of its ordinary words start with a capital.
 */
import { isLetters } from './names';
import { isRootWord } from './stem';
import { isPartSeparator, type Token } from './tokenize';

/**
 * Share of a sentence's ordinary words that start with a capital, or 0 when it has too few to
 * tell: four or more, or three with none in lower case ("35 DPC Gerindra Beri Dukungan
 * Sudaryono Maju di Pilgub Jateng"). Ordinary words are Indonesian root words and their derived
 * forms, so names and places (capitalised in any sentence) do not count; nor do the first word,
 * hashtags, mentions, numbers, all-capital acronyms and the `minor` words (short function words,
 * titles, place words).
 */
export function headlineShare(tokens: readonly Token[], sentence: number, minor: ReadonlySet<string>, honorifics: ReadonlySet<string> = NONE, openers: ReadonlySet<string> = NONE): number {
  let from = 0;
  while (from < tokens.length && tokens[from]!.sentence !== sentence) from++;
  let to = from;
  while (to < tokens.length && tokens[to]!.sentence === sentence) to++;
  return headlineShareIn(tokens, from, to, minor, honorifics, openers);
}

const NONE: ReadonlySet<string> = new Set();

/**
 * `headlineShare` of the sentence made of tokens `from` to `to` (exclusive). A word right after an
 * honorific (`honorifics`: "Haji Mahmud", "Uda Fikri") is a name, whatever root list knows it; so
 * are the first two capitalised words after a name opener (`openers`: "Partai Sinar Nusa"), whose
 * names are made of ordinary words.
 */
export function headlineShareIn(tokens: readonly Token[], from: number, to: number, minor: ReadonlySet<string>, honorifics: ReadonlySet<string> = NONE, openers: ReadonlySet<string> = NONE): number {
  if (inParts(tokens, from, to)) return 0;
  let words = 0;
  let caps = 0;
  // Words no root list knows, in lower case, say a sentence of English or a regional language,
  // not a headline.
  let lower = 0;
  // The first word is capitalised in any sentence.
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i]!;
    if (t.tag || t.mention || t.emoji || t.num || t.caps || t.text.length < 3 || minor.has(t.text) || honorifics.has(tokens[i - 1]!.canon)) continue;
    if (t.cap && (openers.has(tokens[i - 1]!.canon) || (i - 2 >= from && tokens[i - 1]!.cap && openers.has(tokens[i - 2]!.canon)))) continue;
    if (!isLetters(t.text)) continue;
    if (!isRootWord(t.canon)) {
      if (!t.cap) lower++;
      continue;
    }
    words++;
    if (t.cap) caps++;
  }
  // Three words all capitalised make a short headline ("Prabowo Kunjungi Jepang"); beside two or
  // more words in lower case that no root list knows (English, a regional language) they are
  // names and places ("… the only one in Lembah Hijau politics …", "Budi takes Giri Amerta by a
  // landslide").
  return words >= 4 || (words >= 3 && caps === words && lower <= 1) ? caps / words : 0;
}

/**
 * Parts cut by two bars or bullets or more are a profile or a list ("Perawat | ASN | Kader Partai
 * X"), capitalised as labels are; a headline has one bar at most, before its outlet.
 */
function inParts(tokens: readonly Token[], from: number, to: number): boolean {
  let bars = 0;
  for (let i = from; i < to; i++) if (isPartSeparator(tokens[i]!) && ++bars >= 2) return true;
  return false;
}

/** " - Radar Surabaya", " | Kompas.com", " - Foto Tribunnews": the outlet that signs a shared headline. */
const OUTLET = / [-–|] (?:[A-Z][\p{L}\d.]*[ ]){0,3}\S*(?:com|news|tv|online|pos|post|times|radar|tribun|kompas|detik|cnn|cnbc|antara|tempo|republika|okezone|liputan6|kumparan|merdeka|sindo|viva|inews|jpnn|suara|idn|metro|jawapos|bisnis|katadata|beritasatu|bbc|nasional|kabar|berita|media)\S*(?: [A-Z][\p{L}\d.]*){0,3}\s*(?:\.\.\.|…)?\s*["”]?\s*$/iu;

const DATELINE = /^\s*[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?(?:,? [A-Za-z]+\.com)?(?: \([^)]{1,20}\))? ?[-–—] /;

/**
 * News shared as-is, by its form: a headline in title case (`headlineShareIn` ≥ 0.6), or a
 * headline cut off by the site that shared it ("Gekira Dukung Prabowo Gibran Jadi Presiden,
 * Optimistis ...") or signed by its outlet (" - Radar Surabaya", " | Kompas.com") with at least
 * some title case; or opened by a dateline ("Jakarta - …").
 */
export function newsForm(src: string, tokens: readonly Token[], from: number, to: number, minor: ReadonlySet<string>, honorifics: ReadonlySet<string> = NONE, openers: ReadonlySet<string> = NONE): boolean {
  const share = headlineShareIn(tokens, from, to, minor, honorifics, openers);
  if (share >= 0.6) return true;
  if (to <= from || inParts(tokens, from, to)) return false;
  // A dateline opens a news story: "Jakarta - …", "SURABAYA, KOMPAS.com - …".
  if (from === 0 && DATELINE.test(src)) return true;
  // The capitals first: a word count, where the outlet is a regex over the whole sentence.
  if (capitalised(tokens, from, to) < 0.4) return false;
  const tail = src.slice(tokens[to - 1]!.end, to < tokens.length ? tokens[to]!.start : src.length);
  return /^\s*(\.\.\.|…)/.test(tail) || OUTLET.test(src.slice(tokens[from]!.start, to < tokens.length ? tokens[to]!.start : src.length));
}

/**
 * Share of a sentence's words (after the first, names included) written with one leading
 * capital; words in all capitals are shouting, not a headline's title case.
 */
function capitalised(tokens: readonly Token[], from: number, to: number): number {
  let words = 0;
  let caps = 0;
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i]!;
    if (t.tag || t.mention || t.emoji || t.num || t.text.length < 3 || !isLetters(t.text)) continue;
    words++;
    if (t.cap && !t.caps) caps++;
  }
  return words >= 3 ? caps / words : 0;
}
