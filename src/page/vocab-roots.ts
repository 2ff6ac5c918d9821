/**
 * The content script's root words that are words of the rules' vocabulary come as marks over
 * that vocabulary (src/build/vocab-roots.ts), read when the stemmer is first used (with the
 * bundled rules alone, the first check, usually the warm-up in an idle moment: making their
 * engine stems nothing; with installed packs, making the merged engine): against the
 * stored engine snapshot's vocabulary when it was made for the bundled rules (listing it costs a
 * few milliseconds, once), else against the rules' own, which works out every pattern (an engine
 * built in full reads them all anyway). Never against merged rules: the marks are the bundled
 * vocabulary's.
 */
import loadRules from 'virtual:netra-rules';
import vocabRoots from 'virtual:netra-vocab-roots';
import { snapshotFits } from '../engine/index-snapshot';
import { deferRootWords } from '../engine/stem';
import { storedVocabList } from '../engine/stored-vocab';

/** `stored`: the engine snapshot the page has read so far (null until it came). */
export function deferVocabRoots(stored: () => unknown): void {
  deferRootWords(() => {
    const rules = loadRules();
    const s = stored();
    return vocabRoots(snapshotFits(rules, s) ? storedVocabList(s) : rules.vocab);
  });
}
