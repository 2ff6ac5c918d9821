/**
 * Indonesian stems through `natural`'s Sastrawi port. Imported by file path so only the stemmer
 * and its root-word dictionary are bundled, not the rest of `natural`.
 *
 * The stemmer costs about 10 µs a word, so results are memoised; drafts repeat words and a
 * warm check must stay well under a millisecond.
 */
// @ts-expect-error: the deep module has no type declarations.
import stemmerId from 'natural/lib/natural/stemmers/indonesian/stemmer_id.js';

// The stemmer's own root-word list (already in the bundle through the stemmer).
import rootWords from 'natural/lib/natural/stemmers/indonesian/data/kata-dasar.json';

const stemmer = stemmerId as { stem(word: string): string };
const roots: ReadonlySet<string> = new Set(rootWords as string[]);
const memo = new Map<string, string>();
const MAX_MEMO = 50_000;

export function stem(word: string): string {
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  // Short words, numbers and non-Latin tokens are their own stems; the stemmer would only
  // mangle them (e.g. "relawan" → "rawan" shows it already over-strips some words).
  const out = word.length < 4 || !/^[a-z]+$/.test(word) ? word : stemmer.stem(word);
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(word, out);
  return out;
}

const rootMemo = new Map<string, boolean>();
/** True when the word, or its stem, is an Indonesian root word: a common word, not a name. */
export function isRootWord(word: string): boolean {
  let hit = rootMemo.get(word);
  if (hit === undefined) {
    hit = roots.has(word) || roots.has(stem(word));
    if (rootMemo.size >= MAX_MEMO) rootMemo.clear();
    rootMemo.set(word, hit);
  }
  return hit;
}
