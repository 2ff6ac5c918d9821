/**
 * A person named bare in an English sentence, with no honorific and on no list: "Thomas Manurung
 * is a puppet of the mining bosses", "Hope Rusdi loses badly in 2029". English names people so;
 * an Indonesian sentence names them with an honorific ("Pak Rusdi"), and a capitalised word no
 * list knows there is a village or a street far more often (tried: +19 partisan holdout drafts
 * for +6 harmless ones in Indonesian sentences, +6 for +1 in English ones).
 *
 * A run of names (`isName`) whose first word no word list or root list knows: "Rawa Kemuning" and
 * "Cakrawala Data" open with a word. Weak, like a name with an honorific: it counts only in a
 * draft about an election or an office.
 */
import { sentenceInEnglish } from './english';
import { isLetters, isName } from './names';
import type { Reading } from './reading';
import type { Target } from './targets';
import type { Token } from './tokenize';

export function bareNames(tokens: readonly Token[], reading: Reading, known: (t: Token) => boolean, taken: readonly Target[]): Target[] {
  const out: Target[] = [];
  const inTarget = (i: number) => taken.some((t) => t.start <= i && i < t.end);
  // A sentence's tokens are contiguous: its words are read once, from the first candidate in it.
  const english = new Map<number, boolean>();
  const inEnglish = (i: number) => {
    const n = tokens[i]!.sentence;
    let v = english.get(n);
    if (v === undefined) english.set(n, (v = sentenceInEnglish(tokens, i, reading)));
    return v;
  };
  const { notNames, placePrepositions } = reading;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.tag || !isName(t, tokens[i - 1], notNames) || inTarget(i) || !inEnglish(i)) continue;
    // A name after a capitalised word is that word's name ("Kelurahan Sumbersari", "Mbah
    // Sarni", "Sulut United"), unless that word is an everyday word opening the sentence ("Hope
    // Rusdi loses"); after "di", "ke", "in" it is a place, after "the" a body.
    const prev = tokens[i - 1]!;
    const first = i - 1 === 0 || tokens[i - 2]!.sentence !== prev.sentence;
    // A sentence that opens with two names no list knows opens with a person: "Kinanti Puspa is
    // the only candidate who …" (one name alone there is as often an English word: "Counting").
    const opensName = first && prev.cap && !prev.caps && !prev.tag && !known(prev) && !notNames.has(prev.canon) && isLetters(prev.text) && !inTarget(i - 1);
    // A common given name the root list holds as a word (`given_names`: "Kemal", "Rasyid") opens a name too.
    if (!opensName && ((known(t) && !reading.givenNames.has(t.canon)) || (prev.cap && (!first || notNames.has(prev.canon) || !known(prev))) || placePrepositions.has(prev.canon))) continue;
    const start = opensName ? i - 1 : i;
    let end = i + 1;
    while (end < tokens.length && end - i < 3 && isName(tokens[end]!, tokens[end - 1], notNames) && !inTarget(end)) end++;
    // A run that a capitalised word goes on is a body's name: "Informatics Office", "Bali United".
    const next = tokens[end];
    if (next && next.cap && next.sentence === t.sentence) {
      i = end;
      continue;
    }
    out.push({ start, end, kind: 'named', weak: true, candidate: false, via: 'name' });
    i = end - 1;
  }
  return out;
}
