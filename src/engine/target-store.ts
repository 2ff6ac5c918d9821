/**
 * The target index (`targets.ts`) written into an engine snapshot (`index-snapshot.ts`) and read
 * back. The written form is a few strings and number lists, cheap to parse in a fresh page; read
 * back, nothing is made until a check reaches it: a trie node's children and hits, and an entry,
 * are made on first use. A draft names a handful of the 2,400 entries, and a fresh page's
 * start-up spent most of the target index's time making all of them.
 */
import { joinWords, packInts, splitWords, unpackInts, type TargetIndexState } from './index-snapshot';
import { TARGET_KINDS, type TargetKind } from './rules';
import type { Entry, TrieNode } from './targets';

const WEAK = 1;
const CAPS = 2;
const HONORIFIC = 4;
const TAG_ONLY = 8;
const AGAINST = 16;

/** What a target index holds, as `TargetIndex` keeps it. */
export interface TargetTables {
  root: TrieNode;
  handles: ReadonlyMap<string, Entry>;
  hashtags: ReadonlyMap<string, Entry>;
  singles: ReadonlyMap<string, Entry[]>;
  campNames: ReadonlyMap<string, Entry>;
  honorifics: ReadonlySet<string>;
  campSuffixes: readonly string[];
}

/** The tables as plain data (`TargetIndexState`); entries are numbered as first met. */
export function writeTargets(t: TargetTables): TargetIndexState {
  const nums = new Map<Entry, number>();
  const cols: [number[], number[], number[], number[], number[]] = [[], [], [], [], []];
  // Ids and candidate pack lists are shared by a person's names: written once each.
  const ids: string[] = [];
  const idNums = new Map<string, number>();
  const packs: string[][] = [];
  const packNums = new Map<string, number>();
  const numberIn = <T>(m: Map<string, number>, list: T[], key: string, value: T) => {
    let i = m.get(key);
    if (i === undefined) m.set(key, (i = list.push(value) - 1));
    return i;
  };
  const ref = (e: Entry): number => {
    let i = nums.get(e);
    if (i !== undefined) return i;
    nums.set(e, (i = cols[0].length));
    const f = e.form;
    cols[0].push(TARGET_KINDS.indexOf(e.kind));
    cols[1].push(numberIn(idNums, ids, e.id, e.id));
    cols[2].push((e.weak ? WEAK : 0) | (f.caps ? CAPS : 0) | (f.honorific ? HONORIFIC : 0) | (f.tagOnly ? TAG_ONLY : 0) | (e.against ? AGAINST : 0));
    cols[3].push(numberIn(packNums, packs, JSON.stringify(e.candidatePacks), e.candidatePacks));
    cols[4].push(e.cls + 1);
    return i;
  };
  const words: string[] = [];
  const sizes: number[] = [];
  const hitStart = [0];
  const hitIds: number[] = [];
  const walk = (node: TrieNode) => {
    for (const [w, next] of node.next) {
      const at = words.push(w) - 1;
      sizes.push(0);
      for (const e of next.hits) hitIds.push(ref(e));
      hitStart.push(hitIds.length);
      walk(next);
      sizes[at] = words.length - at;
    }
  };
  walk(t.root);
  const handles = [...t.handles];
  const pairs = <T>(m: ReadonlyMap<string, T>, f: (v: T) => number | number[]) => [...m].map(([k, v]): [string, number | number[]] => [k, f(v)]);
  // Every entry numbered before the entries are written out.
  const handleNums = handles.map((h) => ref(h[1]));
  const hashtags = pairs(t.hashtags, ref) as Array<[string, number]>;
  const singles = pairs(t.singles, (l) => l.map(ref)) as Array<[string, number[]]>;
  const campNames = pairs(t.campNames, ref) as Array<[string, number]>;
  return {
    entries: [packInts(cols[0]), packInts(cols[1]), packInts(cols[2]), packInts(cols[3]), packInts(cols[4])],
    ids,
    packs,
    trie: { words: joinWords(words), sizes: packInts(sizes), hits: [packInts(hitStart), packInts(hitIds)] },
    handles: [handles.map((h) => h[0]), packInts(handleNums)],
    hashtags,
    singles,
    campNames,
    honorifics: [...t.honorifics],
    campSuffixes: [...t.campSuffixes],
  };
}

// A loaded entry's name words are not kept: only writing the index needs them, and a loaded
// index writes back the state it was loaded from (`TargetIndex.state`).
const UNKEPT_WORDS: string[] = [];
const LEAF = new Map<string, TrieNode>();

/** The stored entries and trie, made into objects as a check reaches them. */
export class StoredTargets {
  private readonly kinds: Int32Array;
  private readonly idNums: Int32Array;
  private readonly flags: Int32Array;
  private readonly packNums: Int32Array;
  private readonly classes: Int32Array;
  private readonly made: Array<Entry | undefined>;
  private readonly sizes: Int32Array;
  private readonly hitStart: Int32Array;
  private readonly hitIds: Int32Array;
  private words: string[] | null = null;
  readonly root: TrieNode;

  constructor(private readonly s: TargetIndexState) {
    [this.kinds, this.idNums, this.flags, this.packNums, this.classes] = [unpackInts(s.entries[0]), unpackInts(s.entries[1]), unpackInts(s.entries[2]), unpackInts(s.entries[3]), unpackInts(s.entries[4])];
    this.made = new Array<Entry | undefined>(this.kinds.length);
    this.sizes = unpackInts(s.trie.sizes);
    this.hitStart = unpackInts(s.trie.hits[0]);
    this.hitIds = unpackInts(s.trie.hits[1]);
    this.root = new StoredNode(this, -1);
  }

  entry(i: number): Entry {
    let e = this.made[i];
    if (e !== undefined) return e;
    const f = this.flags[i]!;
    e = { kind: TARGET_KINDS[this.kinds[i]!] as TargetKind, id: this.s.ids[this.idNums[i]!]!, weak: (f & WEAK) !== 0, form: { words: UNKEPT_WORDS, caps: (f & CAPS) !== 0, honorific: (f & HONORIFIC) !== 0, tagOnly: (f & TAG_ONLY) !== 0 }, candidatePacks: this.s.packs[this.packNums[i]!]!, cls: this.classes[i]! - 1 };
    if (f & AGAINST) e.against = true;
    return (this.made[i] = e);
  }

  /** Node `n`'s children (`n` -1: the root's), by word: each the node after the previous one's subtree. */
  children(n: number): Map<string, TrieNode> {
    const end = n < 0 ? this.sizes.length : n + this.sizes[n]!;
    if (n + 1 === end) return LEAF;
    const out = new Map<string, TrieNode>();
    const words = (this.words ??= splitWords(this.s.trie.words));
    for (let c = n + 1; c < end; c += this.sizes[c]!) out.set(words[c]!, new StoredNode(this, c));
    return out;
  }

  hits(n: number): Entry[] {
    return n < 0 ? [] : Array.from(this.hitIds.subarray(this.hitStart[n]!, this.hitStart[n + 1]!), (i) => this.entry(i));
  }

  /** The other tables, made when the index is first used. */
  tables(): { handles: Map<string, Entry>; hashtags: Map<string, Entry>; singles: Map<string, Entry[]>; campNames: Map<string, Entry> } {
    const s = this.s;
    const handleNums = unpackInts(s.handles[1]);
    const handles = new Map<string, Entry>();
    for (let i = 0; i < handleNums.length; i++) handles.set(s.handles[0][i]!, this.entry(handleNums[i]!));
    const hashtags = new Map<string, Entry>();
    for (const [k, i] of s.hashtags) hashtags.set(k, this.entry(i));
    const singles = new Map<string, Entry[]>();
    for (const [k, l] of s.singles) singles.set(k, l.map((i) => this.entry(i)));
    const campNames = new Map<string, Entry>();
    for (const [k, i] of s.campNames) campNames.set(k, this.entry(i));
    return { handles, hashtags, singles, campNames };
  }
}

/** A trie node of a stored index: its children and hits made when first read. */
class StoredNode implements TrieNode {
  private nextMade: Map<string, TrieNode> | undefined;
  private hitsMade: Entry[] | undefined;
  constructor(
    private readonly store: StoredTargets,
    private readonly at: number,
  ) {}

  get next(): Map<string, TrieNode> {
    return (this.nextMade ??= this.store.children(this.at));
  }

  get hits(): Entry[] {
    return (this.hitsMade ??= this.store.hits(this.at));
  }
}
