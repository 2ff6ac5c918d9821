/**
 * Writing an engine snapshot (`index-snapshot.ts`): what an engine built in full worked out, as
 * plain data for a fresh page to load instead. Only the background writes them (when Netra is
 * installed or updated, and when a page found none that fits, `src/background/engine-snapshot.ts`);
 * the content script only reads them, and carries none of this code (issue 11: its size).
 */
import { partsOf, type Engine } from './engine';
import { ENGINE_SNAPSHOT_FORMAT, joinWords, packInts, type EngineSnapshot, type PatternIndexSnapshot, type StoredGate } from './index-snapshot';
import type { WildGate } from './matcher';
import { ROLES, type KeyIds, type PatternIndex } from './pattern-index';
import { writeVocab } from './stored-vocab';
import { writeTargets } from './target-store';

/** The snapshot of `e`, or null for rules without an id (merged at run time) or an engine not made by `createEngine`. */
export function engineSnapshot(e: Engine): EngineSnapshot | null {
  const parts = partsOf(e);
  const id = parts?.compiled.index?.id;
  if (!parts || !id) return null;
  const { index, targets, compiled } = parts;
  return {
    format: ENGINE_SNAPSHOT_FORMAT,
    id,
    pattern: writePatternIndex(index),
    // A loaded index writes back the state it was loaded from (its entries keep no name words).
    targets: targets.stored ?? writeTargets(targets),
    vocab: writeVocab(compiled.vocab, (w) => index.wordId(w), index.keys),
  };
}

/** A key table's words in code-unit order, and their ids. */
function sorted(k: KeyIds): [string[], number[]] {
  const pairs: Array<[string, number]> = k.map ? [...k.map] : k.words.map((w, i) => [w, k.ids[i]!]);
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return [pairs.map((p) => p[0]), pairs.map((p) => p[1])];
}

/**
 * What a pattern index worked out, as plain arrays (no pattern in it: patterns are named by their
 * place in the rules), for `PatternIndex(compiled, stored)` to load instead. Key ids, pattern
 * numbers and set numbers are kept as they are.
 */
function writePatternIndex(index: PatternIndex): PatternIndexSnapshot {
  const gates: StoredGate[] = [];
  const sources = new Map<RegExp, string>();
  for (const [src, r] of index.regexCache) sources.set(r, src);
  const gate = (g: WildGate | undefined): number => (g ? gates.push([g.res.map((r) => sources.get(r)!), g.prefixes, g.name ? 1 : 0, g.tmask, g.tagOnly ? 1 : 0]) - 1 : -1);
  const macros = [...index.macroId].map(([name, m]): [string, number, number[]] => {
    const mi = index.macroIndex[m]!;
    return [name, mi.pats.length, mi.wild.flatMap((w) => [w.idx, gate(w.gate)])];
  });
  const list = (a: ArrayLike<number>) => packInts(a);
  const [words, wordIds] = sorted(index.wordIds);
  const [stems, stemIds] = sorted(index.stemIds);
  return {
    words: joinWords(words),
    wordIds: list(wordIds),
    stems: joinWords(stems),
    stemIds: list(stemIds),
    macros,
    refs: [list(index.refs.map((r) => ROLES.indexOf(r.role))), list(index.refs.map((r) => r.owner)), list(index.refs.map((r) => gate(r.gate)))],
    gates,
    refsTable: [list(index.refStart), list(index.refIds)],
    refReq: [list(index.refReq.start), list(index.refReq.sets)],
    macroReq: [list(index.macroReq.map((q) => q.start.length)), list(index.macroReq.flatMap((q) => Array.from(q.start))), list(index.macroReq.flatMap((q) => Array.from(q.sets)))],
    sets: index.setCount,
    keySets: [list(index.keySetStart), list(index.keySets)],
    macroKeys: [list(index.macroKeys.start), list(index.macroKeys.ids), list(index.macroKeys.listStart), list(index.macroKeys.items)],
  };
}
