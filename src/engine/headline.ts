/**
 * Headline form: news shared as-is ("Prabowo Klaim RI Tidak Perlu Impor BBM") is reported, not
 * said. A sentence reads as a headline when most of its ordinary words start with a capital.
 */
import { isLetters } from './names';
import { isRootWord } from './stem';
import type { Token } from './tokenize';

/**
 * Share of a sentence's ordinary words that start with a capital, or 0 when it has too few to
 * tell: four or more, or three with none in lower case ("35 DPC Gerindra Beri Dukungan
 * Sudaryono Maju di Pilgub Jateng"). Ordinary words are Indonesian root words and their derived
 * forms, so names and places (capitalised in any sentence) do not count; nor do the first word,
 * hashtags, mentions, numbers, all-capital acronyms and the `minor` words (short function words,
 * titles, place words).
 */
export function headlineShare(tokens: readonly Token[], sentence: number, minor: ReadonlySet<string>): number {
  let from = 0;
  while (from < tokens.length && tokens[from]!.sentence !== sentence) from++;
  let to = from;
  while (to < tokens.length && tokens[to]!.sentence === sentence) to++;
  return headlineShareIn(tokens, from, to, minor);
}

/** `headlineShare` of the sentence made of tokens `from` to `to` (exclusive). */
export function headlineShareIn(tokens: readonly Token[], from: number, to: number, minor: ReadonlySet<string>): number {
  let words = 0;
  let caps = 0;
  // The first word is capitalised in any sentence.
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i]!;
    if (t.tag || t.mention || t.emoji || t.num || t.caps || t.text.length < 3 || minor.has(t.text)) continue;
    if (!isLetters(t.text) || !isRootWord(t.canon)) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 4 || (words >= 3 && caps === words) ? caps / words : 0;
}
