/**
 * Indonesian stems through `natural`'s Sastrawi port. Imported by file path so only the stemmer
 * and its root-word dictionary are bundled, not the rest of `natural`.
 *
 * The stemmer costs about 10 µs a word, so results are memoised; drafts repeat words and a
 * warm check must stay well under a millisecond.
 */
// @ts-expect-error: the deep module has no type declarations.
import stemmerId from 'natural/lib/natural/stemmers/indonesian/stemmer_id.js';

// The stemmer's own root-word list (already in the bundle through the stemmer). Node reads the
// JSON array; the extension's builds get one Set that the stemmer's modules share
// (src/build/root-words.ts), so words added to it (`deferRootWords`) reach the stemmer too.
import rootWords from 'natural/lib/natural/stemmers/indonesian/data/kata-dasar.json';

const stemmer = stemmerId as { stem(word: string): string };
const shared = rootWords as unknown as string[] | Set<string>;
const roots: Set<string> = shared instanceof Set ? shared : new Set(shared);
const memo = new Map<string, string>();
const rootMemo = new Map<string, boolean>();
const MAX_MEMO = 50_000;
let pending: (() => Iterable<string>) | null = null;

/**
 * Root words the dictionary gets when the stemmer is first used: the content script's, which it
 * does not carry as words (src/build/vocab-roots.ts). No stem is worked out before they are in.
 */
export function deferRootWords(more: () => Iterable<string>): void {
  pending = more;
  memo.clear();
  rootMemo.clear();
}

function addPending() {
  const more = pending!;
  pending = null;
  for (const w of more()) roots.add(w);
  // Anything stemmed while the words were worked out was stemmed without them.
  memo.clear();
  rootMemo.clear();
}

export function stem(word: string): string {
  if (pending) addPending();
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  // Short words, numbers and non-Latin tokens are their own stems; the stemmer would only
  // mangle them (e.g. "relawan" → "rawan" shows it already over-strips some words).
  const out = word.length < 4 || !/^[a-z]+$/.test(word) ? word : stemmer.stem(word);
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(word, out);
  return out;
}

/** True when the word, or its stem, is an Indonesian root word: a common word, not a name. */
export function isRootWord(word: string): boolean {
  if (pending) addPending();
  let hit = rootMemo.get(word);
  if (hit === undefined) {
    hit = roots.has(word) || roots.has(stem(word));
    if (rootMemo.size >= MAX_MEMO) rootMemo.clear();
    rootMemo.set(word, hit);
  }
  return hit;
}
