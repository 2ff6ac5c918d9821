/**
 * The content script's stemmer knows only some root words (src/build/root-words-kept.ts). These
 * tests run natural's stemmer with that list, as the content script does, next to the full one.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRules, loadScenarios } from '../src/build/load-rules';
import { createEngine } from '../src/engine/engine';
import { loadDatasets } from '../src/eval/datasets';
import { keptRootWords, readSeen, sharedRoots } from '../src/build/root-words-kept';
import { rootWordsModule } from '../src/build/root-words';
import { splitVocabRoots, unpackVocabRoots } from '../src/build/vocab-roots';

const require = createRequire(import.meta.url);
const DIR = 'natural/lib/natural/stemmers/indonesian/';
const DATA = require.resolve(DIR + 'data/kata-dasar.json');
const STEMMER_FILES = ['stemmer_id.js', 'prefix_rules.js', 'suffix_rules.js', 'base_stemmer_id.js', 'removal.js'].map((f) => require.resolve(DIR + f));

/** A fresh copy of natural's stemmer whose dictionary is `words` (the modules read it when loaded). */
function stemmerWith(words: string[]): (w: string) => string {
  const saved = [DATA, ...STEMMER_FILES].map((f) => [f, require.cache[f]] as const);
  for (const [f] of saved) delete require.cache[f];
  require(DATA);
  require.cache[DATA]!.exports = words;
  try {
    const s = require(STEMMER_FILES[0]!) as { stem(w: string): string };
    return (w) => s.stem(w);
  } finally {
    for (const [f, m] of saved) {
      if (m) require.cache[f] = m;
      else delete require.cache[f];
    }
  }
}

const all = require(DATA) as string[];
const rules = loadRules();
const kept = keptRootWords(all, rules);
const keptSet = new Set(kept);
const full = stemmerWith(all);
const lean = stemmerWith(kept);
const wordsOf = (texts: Iterable<string>) => new Set([...texts].flatMap((t) => t.toLowerCase().split(/[^\p{L}]+/u)).filter((w) => w.length >= 4 && /^[a-z]+$/.test(w)));

describe('root words the content script keeps', () => {
  it('are a small part of the full list, and only its words', () => {
    expect(kept.length).toBeLessThan(all.length / 3);
    const allSet = new Set(all);
    expect(kept.every((w) => allSet.has(w))).toBe(true);
  });

  it('give a word its full stem whenever that stem is kept (Sastrawi stops at the first root it finds)', () => {
    let changed = 0;
    for (const w of all) {
      const s = full(w);
      if (keptSet.has(s)) expect(lean(w), w).toBe(s);
      else if (lean(w) !== s) changed++;
    }
    // The lean stemmer really has fewer roots: dropped words stem differently.
    expect(changed).toBeGreaterThan(1000);
  });

  it('give every word of the rule data (patterns, names, lists, messages, examples) its full stem', () => {
    const words = wordsOf(JSON.stringify({ ...rules, model: undefined }).split(/"/));
    const differ = [...words].filter((w) => lean(w) !== full(w));
    expect(differ).toEqual([]);
  });

  it('give every word of our corpus and scenarios, as the engine reads them, its full stem; and of the blind dev drafts every word whose root four drafts share (root-words-seen.txt is current)', () => {
    const engine = createEngine(rules);
    const wordsRead = (texts: string[]) => new Set([...wordsOf(texts), ...texts.flatMap((t) => engine.explain(t).tokens.map((k) => k.canon)).filter((w) => w.length >= 4 && /^[a-z]+$/.test(w))]);
    const learn = loadDatasets().learn;
    const own = [...learn.filter((p) => p.set === 'corpus').map((p) => p.text), ...loadScenarios().flatMap((s) => [s.draft.id, s.draft.en])];
    const blind = learn.filter((p) => p.set === 'blind').map((p) => p.text);
    expect(own.length).toBeGreaterThan(500);
    expect(blind.length).toBeGreaterThan(5000);
    const hint = 'run `npm run root-words` after the labelled posts, the corpus, the blind sets or the scenarios change';
    expect([...wordsRead(own)].filter((w) => lean(w) !== full(w)), hint).toEqual([]);
    const shared = sharedRoots(blind, engine, new Set(all));
    expect([...wordsRead(blind)].filter((w) => shared.has(full(w)) && lean(w) !== full(w)), hint).toEqual([]);
    expect(readSeen().length).toBeGreaterThan(1000);
  });

  it('are what the content script bundles: words outside the vocabulary as words, the rest as marks over it', () => {
    const { words, marks } = splitVocabRoots(kept, rules.vocab);
    const module = rootWordsModule(words);
    const decoded = new Function(`${module.replace('export default', 'return')}`)() as Set<string>;
    expect([...decoded]).toEqual(words);
    expect([...decoded, ...unpackVocabRoots(marks, rules.vocab)].sort()).toEqual(kept);
    expect(readFileSync(DATA, 'utf8').length).toBeGreaterThan(module.length * 3);
  });
});
