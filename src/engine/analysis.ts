/**
 * One check's reading of a draft: normalised text, tokens with their index keys, sentences, the
 * rules' first patterns matched at once, and the places where every other pattern could start,
 * for the rules that can ask (searched later, and only where a finding asks).
 */
import { englishNo, expandEnglish } from './english';
import { allPresent, NONE_MATCHES, Scan, type Match } from './matcher';
import { normalize, type Normalized } from './normalize';
import { setBit, type PatternIndex, type WordKeys } from './pattern-index';
import type { Reading } from './reading';
import { tokenize, type Token } from './tokenize';
import { int32s } from './slab';
import { isName } from './names';
import { wordPasses } from './matcher';
import type { DraftNames, WordSlot } from './targets';
import { GATE_NAME, GATE_TAG_ONLY, GATE_WORD, markNeeded, nextVisit, startTableOf, type StartTable } from './start-table';

/** Longest text the engine reads; past it, a huge paste is checked only in its first part. */
export const MAX_CHECK_LENGTH = 100_000;

let stampCounter = 0;
let sentenceStamp = 0;

/** (pattern, token) pairs, reset by count (emptying the array would drop its storage). */
class Pairs {
  readonly v: number[] = [];
  n = 0;
  add(id: number, tok: number): void {
    this.v[this.n] = id;
    this.v[this.n + 1] = tok;
    this.n += 2;
  }
}
/** The lazy wild patterns whose gate a token passed, kept from the reading pass to the recording. */
const WILD_LAZY = new Pairs();
/** Scratch: the wild patterns passing their gates at the current token, as bits (see `matchFirsts`). */
let PASS = new Uint32Array(2);
/** The word memo entries the tokenizer met, one per token it made (null: a word not met before). */
const SEEN: Array<WordKeys | null> = [];

const slangFns = new WeakMap<Reading, { index: PatternIndex; f: (text: string) => string | undefined }>();

/** The tokenizer's slang lookup through `index`'s word memo, writing to `seen` (one function per reading and index). */
function slangThrough(reading: Reading, index: PatternIndex, seen: Array<WordKeys | null>): (text: string) => string | undefined {
  let m = slangFns.get(reading);
  if (m === undefined || m.index !== index) {
    const canon = reading.canon;
    m = { index, f: (text: string) => index.slangOf(text, canon, seen) };
    slangFns.set(reading, m);
  }
  return m.f;
}

export class Analysis {
  /** The text checked (the draft, or its first `MAX_CHECK_LENGTH` characters). */
  readonly src: string;
  readonly norm: Normalized;
  readonly tokens: Token[];
  readonly stems: string[];
  /** Matches of the rules' first patterns, in token order. */
  readonly firsts: Match[] = [];
  /**
   * The span [leadFrom, leadTo) of a reply's inherited @mentions: in "@budi @prabowo @gibran_tweet
   * semangat pak", the post answers @budi; the others came with the thread and say nothing of
   * whom the post is about, so no rule or target reads them.
   */
  readonly leadFrom: number;
  readonly leadTo: number;
  /** Per token: the first token of its sentence, and one past its last. */
  readonly sentStart: Int32Array;
  readonly sentEnd: Int32Array;
  /** Per token, its sentence's number (from 0, in token order), and how many sentences there are. */
  readonly sentNo: Int32Array;
  readonly sentences: number;
  /** The entity names of the draft (targets, and the table the rules' name macros read). */
  readonly names: DraftNames;
  private readonly scan: Scan;
  private readonly stamp: number;
  private readonly starts: StartTable;

  constructor(
    private readonly index: PatternIndex,
    reading: Reading,
    text: string,
    readNames: (tokens: readonly Token[], leadFrom: number, leadTo: number, words: readonly WordSlot[]) => DraftNames,
    /** Rules that run whatever the draft's first matches (stance rules: see `markNeeded`); without it, every list is recorded. */
    alwaysRun?: readonly number[],
  ) {
    this.src = text.length > MAX_CHECK_LENGTH ? text.slice(0, MAX_CHECK_LENGTH) : text;
    // The map and flags are read only while the draft is tokenized, just below.
    this.norm = normalize(this.src, true);
    // The tokenizer's slang lookups go through the index's word memo, and leave its entries
    // here in token order: the keys below are then read without a second lookup per word.
    const seen = SEEN;
    seen.length = 0;
    const tokens = (this.tokens = expandEnglish(tokenize(this.norm, reading, slangThrough(reading, index, seen)), reading));
    englishNo(tokens, reading);
    const n = tokens.length;
    this.stems = new Array<string>(n);
    // One array for the per-token numbers below (see `slab.ts`): keys, sentence ends, starts and numbers.
    const buf = int32s(n * 7);
    // Up to four index keys per token: its word, its surface form, its stem, its word as a stem.
    const keys = buf.subarray(0, n * 4).fill(-1);
    const wks = new Array<WordKeys>(n);
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      // The entry met when this token was read, unless later reading changed the token
      // (spaced letters joined, an English contraction split, digits read as letters): any
      // entry for the same word and canonical form holds the same keys.
      const e = seen[i];
      // Numbers and hand signs are their own stems (the stemmer leaves them alone).
      const wk = (wks[i] = e != null && e.text === t.text && e.canon === t.canon ? e : index.wordKeys(t.text, t.canon));
      this.stems[i] = wk.stem;
      keys[i * 4] = wk.w;
      keys[i * 4 + 1] = wk.tw;
      keys[i * 4 + 2] = wk.s;
      keys[i * 4 + 3] = wk.sw;
    }
    const first = tokens.length > 0 && tokens[0]!.text === 'rt' && !tokens[0]!.mention ? 1 : 0;
    let lead = first;
    while (lead < n && tokens[lead]!.mention) lead++;
    this.leadFrom = Math.min(first + 1, lead);
    this.leadTo = lead;
    for (let i = this.leadFrom; i < this.leadTo; i++) keys.fill(-1, i * 4, i * 4 + 4);
    this.stamp = ++stampCounter;
    // Sentence boundaries as token index ranges.
    const sentEnd = (this.sentEnd = buf.subarray(n * 4, n * 5));
    for (let i = n - 1; i >= 0; i--) {
      const next = tokens[i + 1];
      sentEnd[i] = next && next.sentence === tokens[i]!.sentence ? sentEnd[i + 1]! : i + 1;
    }
    const sentStart = (this.sentStart = buf.subarray(n * 5, n * 6));
    for (let i = 0; i < n; i++) sentStart[i] = i > 0 && tokens[i - 1]!.sentence === tokens[i]!.sentence ? sentStart[i - 1]! : i;
    const { sentNo, nSent } = this.markSentences(keys, buf.subarray(n * 6, n * 7));
    this.sentNo = sentNo;
    this.sentences = nSent;
    const sentBase = sentenceStamp + 1;
    sentenceStamp += nSent + 1;
    this.names = readNames(tokens, this.leadFrom, this.leadTo, wks);
    this.scan = new Scan(tokens, keys, sentNo, sentBase, index.setWords, index.macroIndex, index.macroKeys, index.macroReq, index.bits, this.stamp, reading.notNames, index.memo, this.names.table, index.programs);
    this.starts = startTableOf(index);
    this.matchFirsts(keys, wks, reading.notNames, alwaysRun);
  }

  /** Sentence numbers from 0, and the required-word sets each sentence has words of. */
  private markSentences(keys: Int32Array, sentNo: Int32Array): { sentNo: Int32Array; nSent: number } {
    const { index, tokens, sentStart } = this;
    const n = tokens.length;
    const memo = index.memo;
    const slots = (n + 1) * index.macroIndex.length * 2;
    if (memo.stamp.length < slots) {
      const size = Math.max(slots, memo.stamp.length * 2);
      memo.stamp = new Uint32Array(size);
      memo.at = new Int32Array(size);
    }
    let nSent = 0;
    for (let i = 0; i < n; i++) sentNo[i] = sentStart[i] === i ? nSent++ : sentNo[i - 1]!;
    const setWords = index.setWords;
    if (index.bits.length < nSent * setWords) index.bits = new Uint32Array(Math.max(nSent * setWords, index.bits.length * 2));
    else index.bits.fill(0, 0, nSent * setWords);
    const bits = index.bits;
    for (let i = 0; i < n; i++) {
      const row = sentNo[i]! * setWords;
      for (let j = i * 4; j < i * 4 + 4; j++) {
        const k = keys[j]!;
        if (k < 0) continue;
        const sets = index.keySets;
        for (let q = index.keySetStart[k]!, end = index.keySetStart[k + 1]!; q < end; q++) {
          const set = sets[q]!;
          const w = row + (set >>> 5);
          bits[w] = bits[w]! | (1 << (set & 31));
        }
      }
    }
    return { sentNo, nSent };
  }

  /** Whether pattern `id` has its required words in the current sentence (tested once per sentence). */
  private reqOk(id: number): boolean {
    const { index, scan } = this;
    const from = index.refReq.start[id]!;
    const to = index.refReq.start[id + 1]!;
    if (from === to) return true;
    const ss = scan.sstamp;
    if (index.refOkStamp[id] !== ss) {
      index.refOkStamp[id] = ss;
      index.refOk[id] = allPresent(index.refReq.sets, from, to, index.bits, scan.row) ? 1 : 0;
    }
    return index.refOk[id] === 1;
  }

  /** A rule's first pattern or a cue can start at token `i` (once per token visit): it runs now. */
  private consider(id: number, i: number, limit: number, visit: number) {
    const { index, starts } = this;
    if (starts.seen[id] === visit) return;
    starts.seen[id] = visit;
    if (!this.reqOk(id)) return;
    const ref = index.refs[id]!;
    const end = this.scan.longest(index.programOf(ref), i, limit);
    if (end > i) this.firsts.push({ ref, start: i, end });
  }

  /** Appends the pair (pattern `id`, token `i`) to list `list`'s pairs of this check. */
  private record(list: number, id: number, i: number) {
    const index = this.index;
    let len = 0;
    if (index.pendingStamp[list] === this.stamp) len = index.pendingLen[list]!;
    else index.pendingStamp[list] = this.stamp;
    const l = index.pendingLists[list]!;
    l[len] = id;
    l[len + 1] = i;
    index.pendingLen[list] = len + 2;
  }

  /**
   * The rules' first patterns and the cues, run at every token where they can start; then the
   * other patterns recorded where they can start, for the lists a rule with a candidate may
   * search (see `start-table.ts`).
   */
  private matchFirsts(keys: Int32Array, wks: WordKeys[], notNames: ReadonlySet<string>, alwaysRun: readonly number[] | undefined) {
    const { index, tokens, sentStart, sentEnd, starts } = this;
    const { eagerStart, eagerIds, gateFlags, gateClasses } = starts;
    const { wildWordRefs: wordRefs, wordName, wordTagOnly, gateWords } = index;
    if (PASS.length < gateWords) PASS = new Uint32Array(gateWords);
    const pass = PASS;
    WILD_LAZY.n = 0;
    for (let i = 0; i < tokens.length; i++) {
      const limit = sentEnd[i]!;
      if (sentStart[i] === i) this.scan.enter(i);
      const visit = nextVisit(starts);
      for (let j = 0; j < 4; j++) {
        const k = keys[i * 4 + j]!;
        if (k < 0) continue;
        for (let q = eagerStart[k]!, end = eagerStart[k + 1]!; q < end; q++) this.consider(eagerIds[q]!, i, limit, visit);
      }
      // Patterns that can start with any word of some shape. Their word tests (regex, prefix)
      // are known per word (`wordGates`), the name test once per token: bit j of `pass` (word
      // j >>> 5) is `wildWordRefs[j]` passing its gate here.
      const t = tokens[i]!;
      const gates = this.wordGates(wks[i]!, t);
      const name = isName(t, tokens[i - 1], notNames);
      for (let w = 0; w < gateWords; w++) pass[w] = (gates[w]! | (name ? wordName[w]! : 0)) & (t.tag ? 0xffffffff : ~wordTagOnly[w]!);
      // Most wild patterns start with an entity name only: where no name starts (most tokens),
      // only those testing the word can, and the ones that pass are the bits, in their order.
      const classes = this.names.table.classesAt(i);
      if (classes === 0) {
        for (let w = 0; w < gateWords; w++) for (let p = pass[w]! | 0; p !== 0; p &= p - 1) this.start(wordRefs[w * 32 + 31 - Math.clz32(p & -p)]!, i, limit, visit);
      } else
        for (const id of index.wildAt(classes)) {
          const f = gateFlags[id]!;
          const b = index.wordBit[id]!;
          if (((f & GATE_TAG_ONLY) === 0 || t.tag) && ((gateClasses[id]! & classes) !== 0 || (b >= 0 ? ((pass[b >>> 5]! >>> (b & 31)) & 1) === 1 : ((f & GATE_WORD) !== 0 && wordPasses(index.refs[id]!.gate!, t)) || ((f & GATE_NAME) !== 0 && name))))
            this.start(id, i, limit, visit);
        }
    }
    this.markNeeded(alwaysRun);
    this.recordLazy(keys, WILD_LAZY);
  }

  /**
   * The lists this check records: those of the rules with a first match, and of `alwaysRun`
   * when the draft names a target (stance rules pair targets with signals; without a target,
   * by name or by a target cue, they have no candidate). All lists without `alwaysRun`.
   */
  private markNeeded(alwaysRun: readonly number[] | undefined) {
    const starts = this.starts;
    if (alwaysRun === undefined) return void starts.needed.fill(1);
    starts.needed.fill(0);
    const cues = this.index.compiledCues;
    let target = this.names.targets.length > 0;
    for (const m of this.firsts) {
      if (m.ref.role === 'first') markNeeded(starts, m.ref.owner);
      else if (m.ref.role === 'cue' && cues[m.ref.owner]!.kind === 'target') target = true;
    }
    if (target) for (const r of alwaysRun) markNeeded(starts, r);
  }

  /**
   * Records, token by token, the pairs of the needed lists: the patterns starting with the
   * token's keys, then the wild ones whose gate it passed (`wild`, in token order), each once.
   */
  private recordLazy(keys: Int32Array, wild: Pairs) {
    const { index, starts, tokens } = this;
    const { lazyStart, lazyIds, needed, seen } = starts;
    const lazyOf = index.refLazyList;
    let w = 0;
    for (let i = 0; i < tokens.length; i++) {
      const visit = nextVisit(starts);
      for (let j = 0; j < 4; j++) {
        const k = keys[i * 4 + j]!;
        if (k < 0) continue;
        for (let q = lazyStart[k]!, end = lazyStart[k + 1]!; q < end; q++) {
          const id = lazyIds[q]!;
          const list = lazyOf[id]!;
          if (needed[list] === 0 || seen[id] === visit) continue;
          seen[id] = visit;
          this.record(list, id, i);
        }
      }
      for (; w < wild.n && wild.v[w + 1] === i; w += 2) {
        const id = wild.v[w]!;
        const list = index.refLazyList[id]!;
        if (needed[list] === 0 || seen[id] === visit) continue;
        seen[id] = visit;
        this.record(list, id, i);
      }
    }
  }

  /** Runs pattern `id` at token `i` now (a rule's first pattern, a cue), or keeps it for the recording (`recordLazy`). */
  private start(id: number, i: number, limit: number, visit: number) {
    if (this.index.refLazyList[id]! < 0) this.consider(id, i, limit, visit);
    else WILD_LAZY.add(id, i);
  }

  /** Bits j of the `wildWordRefs` whose regex or prefix tests pass on `t`'s word, tested once per word. */
  private wordGates(wk: WordKeys, t: Token): Uint32Array {
    if (wk.gates === null) {
      const { refs, wildWordRefs, gateWords } = this.index;
      const gates = (wk.gates = new Uint32Array(gateWords));
      for (let j = 0; j < wildWordRefs.length; j++) if (wordPasses(refs[wildWordRefs[j]!]!.gate!, t)) setBit(gates, j);
    }
    return wk.gates;
  }

  private pairsOf(list: number): number[] | null {
    return this.index.pendingStamp[list] === this.stamp ? this.index.pendingLists[list]! : null;
  }

  /** Index of the first pair starting at or after token `from` (pairs are in token order). */
  private firstPair(l: number[], len: number, from: number): number {
    let lo = 0;
    let hi = len / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (l[mid * 2 + 1]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo * 2;
  }

  /** Matches of list `list` starting in the sentence that token `tok` belongs to; all or only the first. */
  searchSentence(list: number, tok: number, firstOnly: boolean): Match[] {
    // Most searches find nothing: they share one empty list, never written to.
    let out = NONE_MATCHES;
    const l = this.pairsOf(list);
    if (!l) return out;
    const index = this.index;
    const len = index.pendingLen[list]!;
    const end = this.sentEnd[tok]!;
    const from = this.firstPair(l, len, this.sentStart[tok]!);
    if (from < len && l[from + 1]! < end) this.scan.enter(tok);
    for (let q = from; q < len && l[q + 1]! < end; q += 2) {
      const ref = index.refs[l[q]!]!;
      const i = l[q + 1]!;
      if (!this.reqOk(ref.id)) continue;
      const e = this.scan.longest(index.programOf(ref), i, end);
      if (e > i) {
        if (out === NONE_MATCHES) out = [];
        out.push({ ref, start: i, end: e });
        if (firstOnly) break;
      }
    }
    return out;
  }

  /** Whether list `list` matches anywhere in the draft (stops at the first hit). */
  searchAny(list: number): boolean {
    const l = this.pairsOf(list);
    if (!l) return false;
    const index = this.index;
    const len = index.pendingLen[list]!;
    for (let q = 0; q < len; q += 2) {
      const i = l[q + 1]!;
      this.scan.enter(i);
      if (this.reqOk(l[q]!) && this.scan.longest(index.programOf(index.refs[l[q]!]!), i, this.sentEnd[i]!) > i) return true;
    }
    return false;
  }
}
