/**
 * What the matcher keeps per macro pattern, for every macro's patterns in one set of flat arrays
 * (pattern `idx` of macro `m` at `base[m] + idx`), made on the first check. Kept per macro, these
 * were five small arrays for each of a hundred macros, and a macro tried at a token read several
 * of them, each its own object somewhere on the heap.
 */
import type { Required } from './matcher';
import type { PatternIndex } from './pattern-index';

export interface MacroTable {
  /** Per macro: where its patterns start in the arrays below. */
  base: Int32Array;
  /** Where each pattern's program starts (`program.ts`), made on first use; -1 before. */
  prog: Int32Array;
  /** Scratch: the call stamp each pattern was last tried at (no pattern twice per call). */
  stamp: Uint32Array;
  /** Per pattern: the sentence stamp its required words were last tested in, and the answer. */
  okStamp: Uint32Array;
  ok: Uint8Array;
  /** Per pattern g, its required-word sets: `reqSets[reqStart[g]] … reqSets[reqStart[g + 1] - 1]`. */
  reqStart: Int32Array;
  reqSets: Int32Array;
}

const tables = new WeakMap<PatternIndex, MacroTable>();

/** The index's macro table, made on the first check. */
export function macroTableOf(index: PatternIndex): MacroTable {
  let t = tables.get(index);
  if (t === undefined) tables.set(index, (t = build(index.macroReq)));
  return t;
}

function build(req: readonly Required[]): MacroTable {
  const base = new Int32Array(req.length);
  let total = 0;
  let sets = 0;
  for (let m = 0; m < req.length; m++) {
    base[m] = total;
    total += req[m]!.start.length - 1;
    sets += req[m]!.sets.length;
  }
  const reqStart = new Int32Array(total + 1);
  const reqSets = new Int32Array(sets);
  let at = 0;
  for (let m = 0; m < req.length; m++) {
    const { start, sets: own } = req[m]!;
    for (let p = 0; p + 1 < start.length; p++) reqStart[base[m]! + p] = at + start[p]!;
    reqSets.set(own, at);
    at += own.length;
  }
  reqStart[total] = at;
  return { base, prog: new Int32Array(total).fill(-1), stamp: new Uint32Array(total), okStamp: new Uint32Array(total), ok: new Uint8Array(total), reqStart, reqSets };
}
