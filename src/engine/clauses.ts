/**
 * Clauses inside sentences: where an exception's reach ends and what a praise word is about.
 * A clause ends at a sentence end, at a comma, semicolon, colon, bracket, quote, dash or trailing
 * dots between words, before a contrast word ("tapi", "padahal"), and before a joining word ("dan", "lalu")
 * unless it joins two names or numbers ("Prabowo dan Gibran", "01 dan 02"), or a name and its
 * running mate or party ("Haji Anang dan wakilnya").
 */
import type { Reading } from './reading';
import type { Token } from './tokenize';
import { int32s } from './slab';

const BREAK_MARKS = /[,;:()[\]{}"“”«»|—–…]|\.\.|\s[-/]\s|\s-$|^-\s/;

/** Nothing or one space between two tokens, the usual case: no break mark fits there. */
const plainGap = (src: string, a: number, b: number) => b === a || (b === a + 1 && src.charCodeAt(a) === 32);

/** A clause break ("tapi"): 1; a joining word ("dan"): 2. */
const BREAK = 1;
const JOIN = 2;
const clauseWordsOf = new WeakMap<Reading, ReadonlyMap<string, number>>();

/** The reading's breaks and joins as one map: a check asks about every token, most of which are neither. */
function clauseWords(reading: Reading): ReadonlyMap<string, number> {
  let m = clauseWordsOf.get(reading);
  if (m === undefined) {
    const words = new Map<string, number>();
    for (const w of reading.clauseJoins) words.set(w, JOIN);
    // A word that is both is a break (it was asked first).
    for (const w of reading.clauseBreaks) words.set(w, BREAK);
    clauseWordsOf.set(reading, (m = words));
  }
  return m;
}

export function clauseIds(src: string, tokens: readonly Token[], reading: Reading): Int32Array {
  const out = int32s(tokens.length);
  const words = clauseWords(reading);
  let id = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    let cut = t.sentence !== prev.sentence || (!plainGap(src, prev.end, t.start) && BREAK_MARKS.test(src.slice(prev.end, t.start)));
    const kind = cut || t.tag ? undefined : words.get(t.canon);
    if (kind === BREAK) cut = true;
    else if (kind === JOIN) {
      const next = tokens[i + 1];
      const nameLike = (x: Token | undefined) => !!x && (x.cap || x.num || x.mention);
      // "Haji Anang dan wakilnya menang": a name joined to its running mate is one subject.
      cut = !(nameLike(prev) && (nameLike(next) || (!!next && reading.companions.has(next.canon))));
    }
    if (cut) id++;
    out[i] = id;
  }
  return out;
}

/**
 * Where each clause starts: clause k is tokens [starts[k], starts[k + 1]) (ids count up from 0
 * in token order, one run each). Asking a clause's span scans nothing: a long draft has
 * hundreds of clauses, and exceptions and stance ask per candidate.
 */
export function clauseStarts(clauses: Int32Array): Int32Array {
  const n = clauses.length;
  const count = n === 0 ? 0 : clauses[n - 1]! + 1;
  const starts = int32s(count + 1);
  for (let i = n - 1; i >= 0; i--) starts[clauses[i]!] = i;
  starts[count] = n;
  return starts;
}
