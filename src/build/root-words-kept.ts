/**
 * Which of the stemmer's ~30,000 root words the content script carries (issue 11: ≤ 200 KB gzip).
 *
 * The rule: a root word stays when it is the root (the full stemmer's answer) of a word in
 *  1. the rule data (patterns, vocabulary, slang map, language lists, names, messages, examples), or
 *  2. a text the learned scorer learns from (`loadDatasets().learn`: the training and development
 *     posts, our corpus, the blind dev drafts), listed in `root-words-learnt.txt` by
 *     `npm run root-words` because those posts are not in the repository.
 *
 * Why this keeps judgement: Sastrawi returns the first dictionary hit while it strips affixes, or
 * the word itself when none; so with fewer root words a word's stem changes only when its full
 * stem was dropped. Every word the rules name, and every word the scorer has weights for, keeps
 * its stem; names keep their "not an everyday word" answers (the target index is analysed at
 * build time with the full list). What changes is limited to words outside both: their stem is
 * the word itself or a shorter root, which the model has not learnt (a hashed feature with no
 * trained weight), and the headline and digit-spelling tests count them as unknown words.
 * tests/root-words-kept.test.ts holds the rule; pages, the CLI and tests keep the full list.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CompiledRules } from '../engine/rules';
import { stem } from '../engine/stem';

// Worked out when used: tests in a DOM environment import this file, where import.meta.url is
// not a file URL.
export const learntFile = () => fileURLToPath(new URL('./root-words-learnt.txt', import.meta.url));

const WORD = /[^\p{L}]+/u;

/** The root words (members of `dictionary`) that the words of `text` stem to or are. */
export function rootsOfText(text: string, dictionary: ReadonlySet<string>, into: Set<string>): Set<string> {
  for (const w of text.toLowerCase().split(WORD)) {
    if (!w) continue;
    if (dictionary.has(w)) into.add(w);
    const s = stem(w);
    if (dictionary.has(s)) into.add(s);
  }
  return into;
}

/** Every string in the rule data, keys included (the model's weights are not words). */
function ruleStrings(x: unknown, out: string[]): string[] {
  if (typeof x === 'string') out.push(x);
  else if (Array.isArray(x)) for (const y of x) ruleStrings(y, out);
  else if (x && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) {
      if (k === 'model') continue;
      out.push(k);
      ruleStrings(v, out);
    }
  }
  return out;
}

export function readLearnt(file = learntFile()): string[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

/** The kept root words, sorted: the roots of the rule data's words and the learnt list's. */
export function keptRootWords(all: readonly string[], rules: CompiledRules, learnt: readonly string[] = readLearnt()): string[] {
  const dictionary = new Set(all);
  const kept = new Set<string>();
  for (const s of ruleStrings(rules, [])) rootsOfText(s, dictionary, kept);
  for (const w of learnt) if (dictionary.has(w)) kept.add(w);
  return [...kept].sort();
}
