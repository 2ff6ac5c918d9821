/**
 * A pair rule (`cooccurrence`) makes a candidate only from a first match with a second match in
 * the same sentence (`rule-kinds.ts`), and its lists are recorded only for a rule with a first
 * match (`start-table.ts`). When every second pattern starts with a word or a stem, a sentence
 * holding none of those words has no second, so the rule's first patterns need not run there:
 * the words become one more required set of each first pattern (`PatternIndex.requiredOf`),
 * tested once per sentence like the others. Most first matches of pair rules are run in
 * sentences without a second; each run costs more than the test.
 */
import type { PatternRef } from './matcher';
import type { CompiledRules } from './rules';

/**
 * Per rule: the key ids (distinct) that can start one of its second patterns, when the rule is a
 * pair rule whose seconds all start with words or stems; else null (no extra requirement).
 * `refStart`/`refIds`: per key id, the patterns that can start with it (`PatternIndex`).
 */
export function secondStartKeys(compiled: CompiledRules, refs: readonly PatternRef[], refStart: Int32Array, refIds: Int32Array): Array<number[] | null> {
  const out = compiled.rules.map((r) => (r.kind === 'cooccurrence' && r.second.length > 0 ? new Set<number>() : null));
  // A wild second (regex, prefix, name, target class) can start at a token of any word.
  for (const ref of refs) if (ref.role === 'second' && ref.gate) out[ref.owner] = null;
  for (let k = 0; k + 1 < refStart.length; k++) {
    for (let q = refStart[k]!; q < refStart[k + 1]!; q++) {
      const ref = refs[refIds[q]!]!;
      if (ref.role === 'second') out[ref.owner]?.add(k);
    }
  }
  // Seconds that no word starts (a pattern that opens with a gap) never match: such a rule is left as it was.
  return out.map((s) => (s && s.size > 0 ? [...s] : null));
}
