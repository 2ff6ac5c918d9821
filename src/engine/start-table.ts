/**
 * What can start at a token, split by when it runs: the rules' first patterns and the cues run
 * while the draft is read; every other pattern (seconds, exceptions, conditions, contexts) is
 * recorded there, and runs when a candidate finding asks for its list. Only a rule that has a
 * candidate asks, so a list is recorded only when its rule has a first match (or, for a stance
 * rule, when the draft names a target) — most rules of a draft have none, and recording their
 * lists was most of the reading. Flat typed arrays by key id, made once per pattern index from
 * its `refStart`/`refIds`.
 */
import type { PatternIndex } from './pattern-index';

export interface StartTable {
  /** Per key id k: the eager patterns starting with it, `eagerIds[eagerStart[k]] …`, in table order. */
  eagerStart: Int32Array;
  eagerIds: Int32Array;
  /** Per key id k: the lazy patterns starting with it, `lazyIds[lazyStart[k]] …`, in table order. */
  lazyStart: Int32Array;
  lazyIds: Int32Array;
  /** Per rule r: the lists it may search (its seconds, exceptions, conditions and contexts), `ruleLists[ruleListStart[r]] …`. */
  ruleListStart: Int32Array;
  ruleLists: Int32Array;
  /**
   * Per pattern, its start gate (`PatternRef.gate`) as numbers: `GATE_TAG_ONLY`, `GATE_WORD`
   * (regex or prefix tests), `GATE_NAME` bits, and the target classes as bits. The reading loop
   * asks the wild patterns at every token; the gate objects are read only for word tests.
   */
  gateFlags: Uint8Array;
  gateClasses: Int32Array;
  /** Scratch per check: 1 for the lists recorded this check (see `markNeeded`). */
  needed: Uint8Array;
  /**
   * Scratch per pattern: the token visit (`nextVisit`) it was last seen in. A pattern that starts
   * with two of a token's keys is taken there once.
   */
  seen: Int32Array;
  visit: number;
}

export const GATE_TAG_ONLY = 1;
export const GATE_WORD = 2;
export const GATE_NAME = 4;

const tables = new WeakMap<PatternIndex, StartTable>();

/** The index's start table, made on the first check. */
export function startTableOf(index: PatternIndex): StartTable {
  let t = tables.get(index);
  if (t === undefined) tables.set(index, (t = build(index)));
  return t;
}

/** A number for one visit of one token, never equal to a `seen` entry of an earlier visit. */
export function nextVisit(t: StartTable): number {
  t.visit = (t.visit + 1) & 0x3fffffff;
  if (t.visit === 0) {
    t.seen.fill(0);
    t.visit = 1;
  }
  return t.visit;
}

/** Marks in `t.needed` every list rule `r` may search. */
export function markNeeded(t: StartTable, r: number): void {
  for (let q = t.ruleListStart[r]!, end = t.ruleListStart[r + 1]!; q < end; q++) t.needed[t.ruleLists[q]!] = 1;
}

function build(index: PatternIndex): StartTable {
  const lazyOf = index.refLazyList;
  const { refStart, refIds } = index;
  const keys = refStart.length - 1;
  const entries = refIds.length;
  // One pass, key by key (it runs cold, on the first check): each part's ids are appended and
  // its start is where the key's entries began.
  const eagerStart = new Int32Array(keys + 1);
  const lazyStart = new Int32Array(keys + 1);
  const eager = new Int32Array(entries);
  const lazyIds = new Int32Array(entries);
  let e = 0;
  let z = 0;
  for (let k = 0; k < keys; k++) {
    eagerStart[k] = e;
    lazyStart[k] = z;
    for (let q = refStart[k]!, end = refStart[k + 1]!; q < end; q++) {
      const id = refIds[q]!;
      if (lazyOf[id]! < 0) eager[e++] = id;
      else lazyIds[z++] = id;
    }
  }
  eagerStart[keys] = e;
  lazyStart[keys] = z;
  const rules = index.ctxIds.length;
  const lists: number[] = [];
  const ruleListStart = new Int32Array(rules + 1);
  const { second, unless, needs, context } = index.listOf;
  for (let r = 0; r < rules; r++) {
    for (const l of [second[r]!, unless[r]!, needs[r]!, ...index.ctxIds[r]!.map((c) => context[c]!)]) if (l >= 0) lists.push(l);
    ruleListStart[r + 1] = lists.length;
  }
  const gateFlags = new Uint8Array(index.refs.length);
  const gateClasses = new Int32Array(index.refs.length);
  for (const ref of index.refs) {
    const g = ref.gate;
    if (!g) continue;
    gateFlags[ref.id] = (g.tagOnly ? GATE_TAG_ONLY : 0) | (g.res.length || g.prefixes.length ? GATE_WORD : 0) | (g.name ? GATE_NAME : 0);
    gateClasses[ref.id] = g.tmask;
  }
  return {
    eagerStart,
    eagerIds: eager.slice(0, e),
    lazyStart,
    lazyIds: lazyIds.slice(0, z),
    ruleListStart,
    ruleLists: Int32Array.from(lists),
    gateFlags,
    gateClasses,
    needed: new Uint8Array(index.listRefs.length),
    seen: new Int32Array(index.refs.length),
    visit: 0,
  };
}
