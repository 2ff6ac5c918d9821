/**
 * What the engine's indexes learn at build time and load at start-up instead of working out
 * again: which entity-name words are everyday words. Answering that runs the Indonesian stemmer
 * on every name, and the stemmer's first use loads its dictionary: most of the target index's
 * start-up in a fresh page. A few dozen words at build time; the start-up budget is 20 ms.
 *
 * (The pattern index is not stored: written out, what can start each pattern and which words
 * each needs came to about 60 KB gzip, to save some 6 ms that numbering every word up front
 * already saved. See `pattern-index.ts`.)
 *
 * One code path: `TargetIndex` asks the stemmer when no snapshot is given (packs merged at run
 * time), and `snapshot()` writes out its answers (`src/build/index-snapshot.ts`). A snapshot
 * carries the signature of the rules it was made from; given other rules, it is ignored.
 */
import type { CompiledRules } from './rules';

export interface TargetIndexSnapshot {
  sig: string;
  /** The entity-name words that are everyday words (every other word asked about is not). */
  ordinary: string[];
}

export interface IndexSnapshot {
  targets: TargetIndexSnapshot;
}

/**
 * What a snapshot must have been made from: counts and ids of everything the indexes read.
 * Cheap (no pattern or name is walked); a merged pack changes the counts, the ids or both.
 */
export function rulesSignature(c: CompiledRules): string {
  let h = 0x811c9dc5;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x2c, 0x01000193);
  };
  let patterns = 0;
  for (const r of c.rules) {
    mix(r.id);
    patterns += r.patterns.length * 1 + r.second.length * 7 + r.unless.length * 31 + (r.needs?.length ?? 0) * 127;
  }
  for (const [name, pats] of Object.entries(c.macros)) {
    mix(name);
    patterns += pats.length;
  }
  for (const x of c.contexts) (mix(x.id), (patterns += x.patterns.length));
  for (const q of c.cues ?? []) (mix(q.id), (patterns += q.patterns.length));
  const e = c.entities;
  const entities = e ? [e.people.length, e.pairs.length, e.parties.length, e.hashtags.length, e.slogans.length, e.teams?.length ?? 0].join('.') : '-';
  // Ids and counts, not every name: hashing all names costs start-up time, and rules that differ
  // only in a name's spelling are never paired with a snapshot (`mergeRules` drops it).
  for (const p of e?.people ?? []) mix(p.id);
  for (const p of e?.pairs ?? []) mix(p.id);
  return `${c.rules.length}.${Object.keys(c.macros).length}.${c.contexts.length}.${c.cues?.length ?? 0}.${patterns}.${entities}.${(h >>> 0).toString(36)}`;
}
