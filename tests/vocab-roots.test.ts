/**
 * The content script's root words of the rules' vocabulary travel as marks over that vocabulary
 * (src/build/vocab-roots.ts) and reach the stemmer when it is first used (src/engine/stem.ts).
 * tests/root-words-kept.test.ts holds that marks and words together are the kept root words.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { packVocabRoots, unpackVocabRoots } from '../src/build/vocab-roots';
import { shareDictionary } from '../src/build/root-words';
import { packRules } from '../src/build/content-lean';
import { unpackRules } from '../src/build/packed-rules';
import { withIndex } from '../src/build/index-snapshot';
import { shippedRules } from '../src/build/load-rules';
import { createEngine } from '../src/engine/engine';
import { engineSnapshot } from '../src/engine/snapshot-write';
import { storedVocabList } from '../src/engine/stored-vocab';
import { deferRootWords, isRootWord } from '../src/engine/stem';
import { compiled } from './helpers';

describe('root-word marks over the vocabulary', () => {
  it('give back exactly the marked words, in vocabulary order', () => {
    const vocab = ['adil', 'bangsa', 'capres', 'damai', 'emas', 'fajar', 'garuda', 'hormat', 'indah'];
    const marks = packVocabRoots(vocab, new Set(['adil', 'damai', 'indah', 'zebra']));
    expect(unpackVocabRoots(marks, vocab)).toEqual(['adil', 'damai', 'indah']);
    expect(unpackVocabRoots(packVocabRoots([], new Set()), [])).toEqual([]);
  });

  it('give nothing, and say so, for a vocabulary they were not made for', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(unpackVocabRoots(packVocabRoots(['adil', 'damai'], new Set(['adil'])), ['adil', 'bangsa', 'damai'])).toEqual([]);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('read the same against the lean rules and against a stored snapshot as against the compiled vocabulary', () => {
    const shipped = withIndex(shippedRules(compiled));
    const lean = unpackRules(JSON.parse(JSON.stringify(packRules(shipped))) as Record<string, unknown>);
    const stored = JSON.parse(JSON.stringify(engineSnapshot(createEngine(shipped)))) as Parameters<typeof storedVocabList>[0];
    expect(storedVocabList(stored)).toEqual(shipped.vocab);
    expect(lean.vocab).toEqual(shipped.vocab);
  });
});

describe('root words the stemmer gets when first used', () => {
  it('are asked for once, at the first use, and known from then on', () => {
    const more = vi.fn(() => ['zzqxroot']);
    expect(isRootWord('zzqxroot')).toBe(false);
    deferRootWords(more);
    expect(more).not.toHaveBeenCalled();
    expect(isRootWord('zzqxroot')).toBe(true);
    expect(isRootWord('zzqxroot')).toBe(true);
    expect(more).toHaveBeenCalledOnce();
  });
});

describe("natural's stemmer modules", () => {
  const require = createRequire(import.meta.url);
  it('take the bundled Set as their dictionary instead of copying the list', () => {
    for (const f of ['stemmer_id.js', 'prefix_rules.js']) {
      const code = shareDictionary(readFileSync(require.resolve(`natural/lib/natural/stemmers/indonesian/${f}`), 'utf8'));
      expect(code).toMatch(/function loadDictionary \(\) \{\s+const fin = require\('\.\/data\/kata-dasar\.json'\)\s+return fin\s+\}/);
    }
    expect(() => shareDictionary('const dictionary = new Set(words)')).toThrow(/natural/);
  });
});
