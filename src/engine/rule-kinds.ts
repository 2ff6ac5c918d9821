/**
 * How each kind of rule turns pattern matches into candidate findings (token spans):
 * `phrase` — every match of its patterns; `cooccurrence` — a match of `first` paired with the
 * nearest match of `second` in the same sentence (within `window` tokens when set), or in the next
 * sentence, or else the one before, when the first is a sentence of its own ("Sebarkan! Pidato
 * Pak …"). `identity` rules run as phrases, in a second pass (see `judge.ts`).
 */
import type { CheckRun } from './check-run';
import { NONE_MATCHES, type Match } from './matcher';
import type { CompiledRule } from './rules';
import { sortedSmall } from './sort-small';

/** A candidate finding: the token span to report and the parts of the match it was made of. */
export interface Candidate {
  /** Token span reported [a, b). */
  a: number;
  b: number;
  /** Token where "before" contexts (negation) must start by: the later part of a pair. */
  anchor: number;
  /** The matched parts as token spans: one for a phrase, first and second for a pair. */
  parts: Array<[number, number]>;
  /** For stance findings: the target is a candidate on the check's date. */
  candidate?: boolean;
}

const NO_CANDIDATES: Candidate[] = [];

export function candidatesOf(run: CheckRun, r: CompiledRule, owner: number): Candidate[] {
  const allFirsts = run.get('first', owner);
  const firsts = longestOnly(allFirsts);
  if (firsts.length === 0) return NO_CANDIDATES;
  if (r.kind !== 'cooccurrence') return firsts.map((f) => ({ a: f.start, b: f.end, anchor: f.start, parts: [[f.start, f.end]] }));
  // Seconds are searched only in the sentences that have a first.
  const secondList = run.index.listOf.second[owner]!;
  if (secondList < 0) return [];
  const tokens = run.analysis.tokens;
  const pairs: Array<Candidate & { dist: number }> = [];
  // Firsts come in token order: the seconds of a sentence are read when its first first comes.
  let sentence = -1;
  let seconds = NONE_MATCHES;
  for (const f of firsts) {
    if (tokens[f.start]!.sentence !== sentence) {
      sentence = tokens[f.start]!.sentence;
      seconds = longestOnly(run.inSentence(secondList, f.start, false));
    }
    let pair = nearestSecond(f, seconds, r.window);
    // A long first can swallow its own second ("yang dukung paslon 2 kontraknya tidak
    // diperpanjang" read whole as a promise): then a shorter first inside it stands alone.
    for (let i = 0; !pair && i < allFirsts.length; i++) {
      const m = allFirsts[i]!;
      if (m !== f && m.start >= f.start && m.end <= f.end) pair = nearestSecond(m, seconds, r.window);
    }
    if (!pair) pair = fromNextSentence(run, f, secondList);
    if (!pair) continue;
    const { first, second: best, dist } = pair;
    const [a, b] = r.report === 'first' ? [first.start, first.end] : r.report === 'second' ? [best.start, best.end] : [Math.min(first.start, best.start), Math.max(first.end, best.end)];
    // "Before" contexts (negation) count up to the later of the two parts: in "Aku ASN,
    // ora arep ngomong milih" the negation sits between them.
    pairs.push({ a, b, anchor: Math.max(first.start, best.start), parts: [[first.start, first.end], [best.start, best.end]], dist });
  }
  // "dukung Ganjar sampai menang" pairs twice around one name: report the words once.
  sortedSmall(pairs, (x, y) => x.dist - y.dist || x.a - y.a);
  const taken: Candidate[] = [];
  for (const p of pairs) {
    if (taken.some((t) => p.a < t.b && t.a < p.b)) continue;
    taken.push({ a: p.a, b: p.b, anchor: p.anchor, parts: p.parts });
  }
  return taken;
}

/**
 * A first that is a sentence of its own ("Sebarkan!", "Ayo coblos!", "Ramaikan ya!") calls for
 * what the sentence after it names ("Sebarkan!! Jadwal live Pak Syamsir malam ini"), or, with
 * nothing there, the sentence before it ("Jadwal blusukan Bang X besok di pasar. Ramaikan!"):
 * its nearest second there, however far into that sentence: the call takes up the whole of it
 * ("Program Partai X: tanggul laut gratis dan seragam gratis buat Linmas. Dukung!").
 */
function fromNextSentence(run: CheckRun, f: Match, secondList: number): { first: Match; second: Match; dist: number } | null {
  const a = run.analysis;
  if (!run.standsAlone(f.start, f.end)) return null;
  const next = a.sentEnd[f.start]!;
  const after = next < a.tokens.length ? nearestSecond(f, named(run, run.inSentence(secondList, next, false)), 0) : null;
  if (after || f.start === 0) return after;
  return nearestSecond(f, named(run, run.inSentence(secondList, f.start - 1, false)), 0);
}

/**
 * Seconds in another sentence that name a side: a bare number there is as often a team's, a
 * room's or a neighbourhood's ("Voli sore ini, RT 05 lawan RT 02. Ayo dukung!").
 */
function named(run: CheckRun, seconds: Match[]): Match[] {
  const tokens = run.analysis.tokens;
  return longestOnly(seconds.filter((s) => s.end - s.start > 1 || !/^[0-9]+$/.test(tokens[s.start]!.text)));
}

/** The second nearest to a first, on other words than the first's, within `window` tokens when set. */
function nearestSecond(f: Match, seconds: readonly Match[], window: number): { first: Match; second: Match; dist: number } | null {
  let best: Match | null = null;
  let bestDist = Infinity;
  for (const s of seconds) {
    if (s.start < f.end && f.start < s.end) continue; // the same words cannot be both
    const dist = s.start >= f.end ? s.start - f.end : f.start - s.end;
    if (window > 0 && dist > window) continue;
    // At equal distance the later one: a verb's object follows it ("Warga RT 05, jangan pilih nomor 2").
    if (dist <= bestDist) {
      best = s;
      bestDist = dist;
    }
  }
  return best ? { first: f, second: best, dist: bestDist } : null;
}

/** Among overlapping matches of one pattern set, keep the longest (then the earliest). */
export function longestOnly(ms: Match[]): Match[] {
  if (ms.length < 2) return ms;
  // Usually nothing overlaps (the matches come in order of their start): nothing to choose.
  let overlap = false;
  for (let q = 1; q < ms.length && !overlap; q++) if (ms[q]!.start < ms[q - 1]!.end || ms[q]!.start < ms[q - 1]!.start) overlap = true;
  if (!overlap) return ms;
  const sorted = sortedSmall(ms.slice(), (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Tokens already covered by a kept match (a long draft can have hundreds of matches), marked
  // with this call's stamp in an array that lives across calls.
  let top = 0;
  for (const m of ms) if (m.end > top) top = m.end;
  if (coveredAt.length < top) coveredAt = new Uint32Array(Math.max(top, coveredAt.length * 2));
  const mark = ++coveredStamp;
  const kept: Match[] = [];
  for (const m of sorted) {
    let free = true;
    for (let i = m.start; i < m.end && free; i++) if (coveredAt[i] === mark) free = false;
    if (!free) continue;
    for (let i = m.start; i < m.end; i++) coveredAt[i] = mark;
    kept.push(m);
  }
  return kept.length > 1 ? sortedSmall(kept, (a, b) => a.start - b.start) : kept;
}

let coveredAt = new Uint32Array(256);
let coveredStamp = 0;
