/**
 * The pattern index: every pattern of every rule and context, and every macro, indexed by the
 * words that can start it (the nlcst-search idea, built once per pack set). A check looks each
 * token up once: rules' first patterns run at once; seconds, exceptions, conditions and contexts
 * only record where they could start, and run when a candidate finding asks for them.
 *
 * Every word and stem a pattern names gets a number (a key id); a token's words are looked up
 * once per check, and the indexes and the matcher work on those numbers.
 */
import type { Pattern } from './pattern';
import type { CompiledRules } from './rules';
import { splitWords, unpackInts, type PatternIndexSnapshot } from './index-snapshot';
import { stem } from './stem';
import { targetClassId, type WordNames } from './targets';
import type { Required, MacroIndex, MacroKeys, MacroMemo, PatternRef, Role, WildGate } from './matcher';
import { Programs } from './program';
import { secondStartKeys } from './second-gate';

/**
 * What can start a pattern: literal words and stems (key ids) and a gate for the rest. A
 * pattern's keys are written to a list its caller owns (see `firstOfPattern`); a macro's are
 * kept here, once each.
 */
interface FirstInfo {
  keys: number[];
  res: RegExp[];
  prefixes: string[];
  name: boolean;
  /** Target classes whose names can start it, as bits (1 << class id). */
  tmask: number;
  /** Some starting atom is not hashtag-only. */
  untagged: boolean;
}

/** Index keys of one word: its own key, its stem's key, and itself read as a stem. */
export interface WordKeys {
  /** The surface word (the memo's key) and the canonical word these keys are for (a token's canon nearly always follows from its text). */
  text: string;
  canon: string;
  stem: string;
  w: number;
  /** Key of the surface text when it differs from the canonical word, else -1. */
  tw: number;
  s: number;
  sw: number;
  /**
   * The word's gate tests for the wild patterns with word tests (`PatternIndex.wordBit`), null
   * until known: bit j (word j >>> 5, bit j & 31) set when pattern j's pass.
   */
  gates: Uint32Array | null;
  /** What the name scan knows of the word (`targets.ts`), kept here: one lookup per token serves both. */
  names: WordNames | null;
  /** The slang map `slang` was read from (`slangOf`), and the canonical word it gives the surface word (undefined: none). */
  slangMap: ReadonlyMap<string, string> | null;
  slang: string | undefined;
}

// Shared until written to (see `addRe`, `addPrefix`): most patterns start with plain words, and
// the engine's start-up is mostly allocation (a fresh page builds this index cold).
const NO_KEYS: number[] = [];
const NO_RES: RegExp[] = [];
const NO_PREFIXES: string[] = [];
const emptyFirst = (): FirstInfo => ({ keys: NO_KEYS, res: NO_RES, prefixes: NO_PREFIXES, name: false, tmask: 0, untagged: false });
const NO_MACROS: ReadonlySet<string> = new Set();
const NO_BY_KEY = new Map<number, number[]>();
function addRe(into: FirstInfo, r: RegExp) {
  if (into.res === NO_RES) into.res = [r];
  else if (!into.res.includes(r)) into.res.push(r);
}
function addPrefix(into: FirstInfo, p: string, once: boolean) {
  if (into.prefixes === NO_PREFIXES) into.prefixes = [p];
  else if (!once || !into.prefixes.includes(p)) into.prefixes.push(p);
}
/** Merges all but the keys (see `firstOfPattern`); `tag`: the macro is used hashtag-only. */
function mergeFirst(into: FirstInfo, from: FirstInfo, tag = false) {
  for (let i = 0; i < from.res.length; i++) addRe(into, from.res[i]!);
  for (let i = 0; i < from.prefixes.length; i++) addPrefix(into, from.prefixes[i]!, true);
  into.name ||= from.name;
  into.tmask |= from.tmask;
  // A hashtag-only use of a macro starts with a hashtag token whatever the macro says.
  if (!tag) into.untagged ||= from.untagged;
}
const gateOf = (info: FirstInfo): WildGate | undefined =>
  info.res.length || info.prefixes.length || info.name || info.tmask
    ? { res: info.res, prefixes: info.prefixes, name: info.name, tmask: info.tmask, tagOnly: !info.untagged }
    : undefined;

export class PatternIndex {
  /** How many words and stems the patterns name (key ids are 0 … keyCount - 1). */
  private keyCount = 0;
  readonly macroIndex: MacroIndex[] = [];
  readonly macroKeys: MacroKeys;
  readonly macroId = new Map<string, number>();
  readonly refs: PatternRef[] = [];
  readonly wildRefs: number[] = [];
  /**
   * The wild patterns whose gate tests the word itself (regex, prefix, name), in `wildRefs`
   * order: at a token where no entity name starts, only these can pass (most wild patterns
   * start with a name class and nothing else).
   */
  readonly wildWordRefs: number[] = [];
  /** Per set of target classes (bits) where names start: the wild patterns that can start there. */
  private readonly wildByClasses = new Map<number, number[]>();
  /** Per pattern: its bit in `WordKeys.gates` (its gate's word tests remembered per word), or -1. */
  readonly wordBit: Int32Array;
  /** How many 32-bit words the bits of `wildWordRefs` take. */
  readonly gateWords: number;
  /** Bits (as `wordBit`) of the patterns whose gate takes a name, and of those whose gate is hashtag-only. */
  readonly wordName: Uint32Array;
  readonly wordTagOnly: Uint32Array;
  readonly listRefs: number[][] = [];
  /** Pattern list id of (role, owner), or -1. */
  readonly listOf: Record<Role, Int32Array>;
  readonly contextIndex: Map<string, number>;
  /** Per rule: the indexes of its contexts. */
  readonly ctxIds: number[][];
  /** Per pattern: its list, or -1 for patterns run at once (rules' first patterns, cues). */
  readonly refLazyList: Int32Array;
  /** Per pattern, the required-word sets it needs (see `requiredOf`); per macro pattern too. */
  readonly refReq: Required;
  readonly macroReq: Required[];
  /** Per key id k, the required sets the key is a member of: `keySets[keySetStart[k] … keySetStart[k + 1])`. */
  readonly keySetStart: Int32Array;
  readonly keySets: Int32Array;
  /** 32-bit words per sentence row of required-set bits. */
  readonly setWords: number;
  /** How many distinct required-word sets there are. */
  readonly setCount: number;
  /** The cues whose patterns are indexed as role `cue` (owner = position here). */
  readonly compiledCues: NonNullable<CompiledRules['cues']>;
  /** Per key id k, the patterns that can start with it: `refIds[refStart[k] … refStart[k + 1])`. */
  readonly refStart: Int32Array;
  readonly refIds: Int32Array;

  // Scratch that lives as long as the engine (no per-check allocation), stamped per check.
  readonly refOkStamp: Uint32Array;
  readonly refOk: Uint8Array;
  readonly memo: MacroMemo;
  readonly pendingLists: number[][];
  readonly pendingStamp: Uint32Array;
  /** How much of each list's array holds this check's pairs (the arrays never shrink). */
  readonly pendingLen: Int32Array;
  /** Which required sets each sentence of a check satisfies, one row per sentence; grows. */
  bits: Uint32Array;
  /** The matcher's programs of the patterns a draft has reached (`programOf`). */
  readonly programs = new Programs({
    key: (a) => this.keyId(a),
    macro: (name) => this.macroId.get(name) ?? -1,
    targetClass: targetClassId,
    re: (src) => this.re(src),
  });

  /** Every regex the patterns name, by source (`snapshot-write.ts` writes gates' regexes by source). */
  readonly regexCache = new Map<string, RegExp>();
  private readonly macroFirst = new Map<string, FirstInfo>();
  /** Build scratch: per key id, the pattern it was last listed for (a key is listed once per pattern). */
  private keyStamp: Int32Array;
  private stampNo = 0;
  private nextStamp = () => ++this.stampNo;
  /** Per pattern list: its role and owner (a list is the patterns of one (role, owner), numbered one after another). */
  private readonly listRole: Role[] = [];
  private readonly listOwner: number[] = [];
  private readonly strictFirst = new Map<string, Set<number> | null>();
  private readonly setsByHash = new Map<number, number[]>();
  private readonly setKeys: number[][] = [];
  private readonly positionSet = new Map<string, number>();
  /** Per key id: the required set of a position that is that one word or stem (-2: not yet made). */
  private singleSet: Int32Array;
  /** Build scratch for comparing required sets (see `setOf`). */
  private setMark: Int32Array;
  wordIds = new KeyIds();
  stemIds = new KeyIds();
  private readonly wordMemo = new Map<string, WordKeys>();

  /**
   * `stored`: this index as `snapshot-write.ts` wrote it for these same rules (the caller checks that,
   * see `index-snapshot.ts`): loaded instead of worked out, and no pattern is read until a draft
   * reaches it. A fresh page's start-up is mostly this constructor.
   */
  constructor(
    private readonly compiled: CompiledRules,
    stored?: PatternIndexSnapshot,
  ) {
    this.compiledCues = compiled.cues ?? [];
    if (stored) this.loadKeys(stored);
    else {
      // Every word and stem any pattern names gets a key id first, so that everything below
      // (and the matcher) works on numbers, never on "w:…" strings.
      for (const pats of Object.values(compiled.macros)) for (const p of pats) this.allAtoms(p);
      this.forEachPattern((_, __, p) => this.allAtoms(p));
    }
    // Every key is numbered now.
    this.keyStamp = new Int32Array(stored ? 0 : this.keyCount);
    if (stored) {
      this.refStart = unpackInts(stored.refsTable[0]);
      this.refIds = unpackInts(stored.refsTable[1]);
      this.loadMacros(stored);
      this.refLazyList = this.loadRefs(stored);
    } else {
      // Rules' first patterns and cues run at once; the rest only where a finding asks.
      this.indexMacros();
      ({ start: this.refStart, items: this.refIds } = flatLists(this.indexRefs(), this.keyCount));
      this.refLazyList = Int32Array.from(this.refs, (r) => (r.role === 'first' || r.role === 'cue' ? -1 : r.list));
    }
    this.contextIndex = new Map(compiled.contexts.map((c, i) => [c.id, i]));
    // A stored index was made for these very rules (their id covers them), checked then.
    if (!stored) {
      for (const r of compiled.rules) {
        for (const c of r.contexts) if (!this.contextIndex.has(c)) throw new Error(`${r.id}: unknown context "${c}"`);
      }
    }
    this.ctxIds = compiled.rules.map((r) => r.contexts.map((c) => this.contextIndex.get(c)!));
    this.listOf = this.listTable();
    this.wordBit = new Int32Array(this.refs.length).fill(-1);
    for (const id of this.wildRefs) {
      const g = this.refs[id]!.gate!;
      if (g.res.length > 0 || g.prefixes.length > 0 || g.name) this.wordBit[id] = this.wildWordRefs.push(id) - 1;
    }
    this.gateWords = (this.wildWordRefs.length + 31) >>> 5;
    this.wordName = new Uint32Array(this.gateWords);
    this.wordTagOnly = new Uint32Array(this.gateWords);
    for (let j = 0; j < this.wildWordRefs.length; j++) {
      const g = this.refs[this.wildWordRefs[j]!]!.gate!;
      if (g.name) setBit(this.wordName, j);
      if (g.tagOnly) setBit(this.wordTagOnly, j);
    }
    this.singleSet = new Int32Array(stored ? 0 : this.keyCount).fill(-2);
    this.setMark = new Int32Array(stored ? 0 : this.keyCount);
    if (stored) {
      this.refReq = { start: unpackInts(stored.refReq[0]), sets: unpackInts(stored.refReq[1]) };
      this.macroReq = storedMacroReq(stored.macroReq);
      this.setCount = stored.sets;
      this.keySetStart = unpackInts(stored.keySets[0]);
      this.keySets = unpackInts(stored.keySets[1]);
      const [start, ids, listStart, items] = stored.macroKeys;
      this.macroKeys = { start: unpackInts(start), ids: unpackInts(ids), listStart: unpackInts(listStart), items: unpackInts(items) };
    } else {
      this.refReq = this.required(this.refs.map((r) => r.pattern), this.firstsNeedSeconds());
      this.macroReq = this.macroIndex.map((mi) => this.required(mi.pats));
      this.setCount = this.setKeys.length;
      ({ start: this.keySetStart, sets: this.keySets } = this.setListsByKey());
      this.macroKeys = this.macroKeyTable();
    }
    this.setWords = (this.setCount + 31) >>> 5;
    this.bits = new Uint32Array(64 * this.setWords);
    const n = this.refs.length;
    this.refOkStamp = new Uint32Array(n);
    this.refOk = new Uint8Array(n);
    const slots = 64 * this.macroIndex.length * 2;
    this.memo = { stamp: new Uint32Array(slots), at: new Int32Array(slots) };
    this.pendingLists = this.listRefs.map(() => []);
    this.pendingStamp = new Uint32Array(this.listRefs.length);
    this.pendingLen = new Int32Array(this.listRefs.length);
    // The matcher's programs are made when a draft first reaches a pattern (`programOf`):
    // most drafts reach a small part of the rules, and start-up stays short.
  }

  /** Words and stems as stored: sorted, searched (no table of 6,000 words is made at start-up). */
  private loadKeys(s: PatternIndexSnapshot) {
    const wordIds = unpackInts(s.wordIds);
    const stemIds = unpackInts(s.stemIds);
    this.wordIds = new KeyIds(s.words, wordIds);
    this.stemIds = new KeyIds(s.stems, stemIds);
    this.keyCount = wordIds.length + stemIds.length;
  }

  private storedGate(s: PatternIndexSnapshot, g: number): WildGate | undefined {
    if (g < 0) return undefined;
    const [res, prefixes, name, tmask, tagOnly] = s.gates[g]!;
    return { res: res.map((src) => this.re(src)), prefixes, name: name === 1, tmask, tagOnly: tagOnly === 1 };
  }

  /** The macros as stored: their patterns are read from the rules when a draft first reaches one. */
  private loadMacros(s: PatternIndexSnapshot) {
    // The rules' macros are read when a draft first reaches one (their table is made then, too).
    for (const [name, count, wild] of s.macros) {
      const mi = this.newMacro(name, count, () => this.compiled.macros[name]!, true);
      for (let j = 0; j < wild.length; j += 2) mi.wild.push({ idx: wild[j]!, gate: this.storedGate(s, wild[j + 1]!)! });
    }
  }

  /**
   * The rules', contexts' and cues' patterns as stored, in the order `forEachPattern` numbers them
   * (what `newRef` does for each, in one loop: a fresh page runs it cold for 3,000 patterns).
   * Returns `refLazyList`.
   */
  private loadRefs(s: PatternIndexSnapshot): Int32Array {
    const [roles, owners, gates] = [unpackInts(s.refs[0]), unpackInts(s.refs[1]), unpackInts(s.refs[2])];
    const lazyList = new Int32Array(roles.length);
    // A list's patterns are numbered one after another: the place of each is a count.
    let lastRole = -1;
    let lastOwner = -1;
    let list = -1;
    let ids: number[] = [];
    let k = 0;
    for (let id = 0; id < roles.length; id++) {
      const role = roles[id]!;
      const owner = owners[id]!;
      if (role !== lastRole || owner !== lastOwner) {
        list = this.listRefs.push((ids = [])) - 1;
        this.listRole.push(ROLES[role]!);
        this.listOwner.push(owner);
        lastRole = role;
        lastOwner = owner;
        k = 0;
      } else k++;
      const g = gates[id]!;
      this.refs.push(new StoredRef(id, ROLES[role]!, owner, list, g < 0 ? undefined : this.storedGate(s, g), this.compiled, k));
      ids.push(id);
      if (g >= 0) this.wildRefs.push(id);
      lazyList[id] = role === FIRST_ROLE || role === CUE_ROLE ? -1 : list;
    }
    return lazyList;
  }

  /** Where the matcher's program of a rule, context or cue pattern starts, made on first use. */
  programOf(ref: PatternRef): number {
    if (ref.prog < 0) ref.prog = this.programs.add(ref.pattern);
    return ref.prog;
  }

  /**
   * The wild patterns that can start at a token where names of `classes` (bits, not 0) start, in
   * `wildRefs` order: those of these classes and those that test the word itself. A token where a
   * name starts need not try the patterns of every other class.
   */
  wildAt(classes: number): number[] {
    let l = this.wildByClasses.get(classes);
    if (l === undefined) {
      const word = new Set(this.wildWordRefs);
      l = this.wildRefs.filter((id) => (this.refs[id]!.gate!.tmask & classes) !== 0 || word.has(id));
      this.wildByClasses.set(classes, l);
    }
    return l;
  }

  /** The key id of a word the patterns name (as a word, not a stem). */
  wordId(w: string): number | undefined {
    return this.wordIds.get(w);
  }

  /** How many words and stems the patterns name. */
  get keys(): number {
    return this.keyCount;
  }

  /** What a word means to the index, computed once per distinct word (keyed by its surface text). */
  wordKeys(text: string, w: string): WordKeys {
    let k = this.wordMemo.get(text);
    if (k === undefined || k.canon !== w) {
      const st = stem(w);
      const { wordIds, stemIds } = this;
      k = { text, canon: w, stem: st, w: wordIds.get(w) ?? -1, tw: text !== w ? (wordIds.get(text) ?? -1) : -1, s: stemIds.get(st) ?? -1, sw: st !== w ? (stemIds.get(w) ?? -1) : -1, gates: null, names: null, slangMap: null, slang: undefined };
      if (this.wordMemo.size > 20_000) this.wordMemo.clear();
      this.wordMemo.set(text, k);
    }
    return k;
  }

  /**
   * The slang map's reading of surface word `text`, kept on the word's memo entry: the tokenizer
   * asks it of every word, and the analysis then takes the entry from `seen` (one per call, null
   * for a word not yet met) instead of looking the word up a second time (see `Analysis`).
   */
  slangOf(text: string, slang: ReadonlyMap<string, string>, seen: Array<WordKeys | null>): string | undefined {
    const k = this.wordMemo.get(text);
    seen.push(k ?? null);
    if (k === undefined) return slang.get(text);
    if (k.slangMap !== slang) {
      k.slangMap = slang;
      k.slang = slang.get(text);
    }
    return k.slang;
  }

  private re(src: string): RegExp {
    let r = this.regexCache.get(src);
    if (!r) {
      r = new RegExp(`^(?:${src})$`, 'u');
      this.regexCache.set(src, r);
    }
    return r;
  }

  /** The key id of a word or stem atom (words and stems are numbered apart). */
  private keyId(a: { k: string; v: string }): number {
    const ids = a.k === 'w' ? this.wordIds : this.stemIds;
    let id = ids.get(a.v);
    if (id === undefined) ids.set(a.v, (id = this.keyCount++));
    return id;
  }

  /** What can start macro `name` (macros nest: @sasaran → @kandidat → …), computed once. */
  private firstOfMacro(name: string, seen: ReadonlySet<string>): FirstInfo {
    const hit = this.macroFirst.get(name);
    if (hit) return hit;
    const alts = Object.hasOwn(this.compiled.macros, name) ? this.compiled.macros[name] : undefined;
    if (!alts) throw new Error(`unknown macro @${name}`);
    const info = emptyFirst();
    if (seen.has(name)) return info; // a loop (the compiler rejects them) adds nothing
    const next = new Set(seen).add(name);
    const keys: number[] = [];
    for (const mp of alts) mergeFirst(info, this.firstOfPattern(mp, next, keys));
    info.keys = [...new Set(keys)];
    this.macroFirst.set(name, info);
    return info;
  }

  /**
   * What can start pattern `p`; its key ids are pushed to `keys`, possibly more than once (a
   * macro's keys are not copied into a set per pattern: start-up allocated mostly that).
   */
  private firstOfPattern(p: Pattern, seen: ReadonlySet<string>, keys: number[]): FirstInfo {
    const info = emptyFirst();
    // Indexed loops here and below: start-up runs this code cold, where for…of allocates a
    // result object per element.
    for (let e = 0; e < p.length; e++) {
      const el = p[e]!;
      if (el.k === 'gap') break;
      for (let q = 0; q < el.alts.length; q++) {
        const a = el.alts[q]!;
        if (a.k === 'm') {
          const sub = this.firstOfMacro(a.v, seen);
          for (let j = 0; j < sub.keys.length; j++) keys.push(sub.keys[j]!);
          mergeFirst(info, sub, a.tag === true);
          continue;
        }
        if (!a.tag) info.untagged = true;
        if (a.k === 'w' || a.k === 's') keys.push(this.keyId(a));
        else if (a.k === 'r') addRe(info, this.re(a.v));
        else if (a.k === 'p') addPrefix(info, a.v, false);
        else if (a.k === 'n') info.name = true;
        else if (a.k === 't') info.tmask |= 1 << targetClassId(a.v);
      }
      if (!el.opt) break;
    }
    return info;
  }

  /** `pats`: the macro's patterns, read when the matcher first needs one (a stored index reads none at start-up). */
  private newMacro(name: string, count: number, pats: () => Pattern[], stored = false): MacroIndex {
    let read: Pattern[] | undefined;
    const mi: MacroIndex = {
      get pats() {
        return (read ??= pats());
      },
      prog: new Int32Array(count).fill(-1),
      make: (p) => this.programs.add(p),
      // Only building fills it (a stored index has `macroKeys`): one shared empty table.
      byKey: stored ? NO_BY_KEY : new Map(),
      wild: [],
      stamp: new Uint32Array(count),
      okStamp: new Uint32Array(count),
      ok: new Uint8Array(count),
    };
    this.macroId.set(name, this.macroIndex.length);
    this.macroIndex.push(mi);
    return mi;
  }

  /** Each macro's own first-token index, so a macro tries only the patterns that can start here. */
  private indexMacros() {
    const keys: number[] = [];
    for (const [name, pats] of Object.entries(this.compiled.macros)) {
      const mi = this.newMacro(name, pats.length, () => pats);
      const seen = new Set([name]);
      pats.forEach((p, idx) => {
        keys.length = 0;
        const info = this.firstOfPattern(p, seen, keys);
        const once = this.nextStamp();
        for (let j = 0; j < keys.length; j++) {
          const id = keys[j]!;
          if (this.keyStamp[id] === once) continue;
          this.keyStamp[id] = once;
          let l = mi.byKey.get(id);
          if (!l) mi.byKey.set(id, (l = []));
          l.push(idx);
        }
        const gate = gateOf(info);
        if (gate) mi.wild.push({ idx, gate });
      });
    }
  }

  /** Every pattern of the rules, contexts and cues, in the order refs are numbered. */
  private forEachPattern(f: (role: Role, owner: number, p: Pattern) => void) {
    this.compiled.rules.forEach((r, i) => {
      for (const p of r.patterns) f('first', i, p);
      for (const p of r.second) f('second', i, p);
      for (const p of r.unless) f('unless', i, p);
      for (const p of r.needs ?? []) f('needs', i, p);
    });
    this.compiled.contexts.forEach((c, i) => {
      for (const p of c.patterns) f('context', i, p);
    });
    (this.compiled.cues ?? []).forEach((q, i) => {
      for (const p of q.patterns) f('cue', i, p);
    });
  }

  /** `pattern`: the pattern, or (a stored index) its place among the patterns of (role, owner), read when the matcher first needs it. */
  private newRef(role: Role, owner: number, pattern: Pattern | number, gate: WildGate | undefined): PatternRef {
    // The patterns of one (role, owner) come one after another (`forEachPattern`): one list.
    const prev = this.refs[this.refs.length - 1];
    let list: number;
    if (prev !== undefined && prev.role === role && prev.owner === owner) list = prev.list;
    else {
      list = this.listRefs.push([]) - 1;
      this.listRole.push(role);
      this.listOwner.push(owner);
    }
    const ref: PatternRef = typeof pattern === 'number' ? new StoredRef(this.refs.length, role, owner, list, gate, this.compiled, pattern) : { id: this.refs.length, role, owner, list, pattern, prog: -1, gate };
    this.refs.push(ref);
    this.listRefs[list]!.push(ref.id);
    if (ref.gate) this.wildRefs.push(ref.id);
    return ref;
  }

  /** Numbers every pattern; returns, per key id, the patterns that can start with it. */
  private indexRefs(): Array<number[] | undefined> {
    const table = new Array<number[] | undefined>(this.keyCount).fill(undefined);
    const keys: number[] = [];
    this.forEachPattern((role, owner, pattern) => {
      keys.length = 0;
      const info = this.firstOfPattern(pattern, NO_MACROS, keys);
      const ref = this.newRef(role, owner, pattern, gateOf(info));
      const once = this.nextStamp();
      for (let j = 0; j < keys.length; j++) {
        const id = keys[j]!;
        if (this.keyStamp[id] === once) continue;
        this.keyStamp[id] = once;
        const l = table[id];
        if (l === undefined) table[id] = [ref.id];
        else l.push(ref.id);
      }
    });
    return table;
  }

  private listTable(): Record<Role, Int32Array> {
    const rules = this.compiled.rules.length;
    const listOf: Record<Role, Int32Array> = {
      first: new Int32Array(rules).fill(-1),
      second: new Int32Array(rules).fill(-1),
      unless: new Int32Array(rules).fill(-1),
      needs: new Int32Array(rules).fill(-1),
      context: new Int32Array(this.compiled.contexts.length).fill(-1),
      cue: new Int32Array(this.compiled.cues?.length ?? 0).fill(-1),
    };
    for (let l = 0; l < this.listRole.length; l++) listOf[this.listRole[l]!][this.listOwner[l]!] = l;
    return listOf;
  }

  /**
   * Words a pattern cannot match without: keys one of which every match of macro `name` starts
   * with, or null when that is not known. A check skips a pattern when one required position has
   * none of its words in the sentence (a cheap test before the real match; every match stays
   * inside one sentence).
   */
  private strictKeys(name: string, seen: ReadonlySet<string>): Set<number> | null {
    if (this.strictFirst.has(name)) return this.strictFirst.get(name)!;
    if (seen.has(name)) return null;
    const next = new Set(seen).add(name);
    let out: Set<number> | null = new Set<number>();
    for (const p of this.compiled.macros[name]!) {
      let closed = false;
      for (const el of p) {
        if (el.k === 'gap') break;
        for (const a of el.alts) {
          if (a.k === 'w' || a.k === 's') out.add(this.keyId(a));
          else if (a.k === 'm') {
            const sub = this.strictKeys(a.v, next);
            if (sub === null) out = null;
            else for (const k of sub) out!.add(k);
          } else out = null;
          if (out === null) break;
        }
        if (out === null) break;
        if (!el.opt) {
          closed = true;
          break;
        }
      }
      if (out === null || !closed) {
        out = null;
        break;
      }
    }
    this.strictFirst.set(name, out);
    return out;
  }

  /**
   * Each distinct set of required words gets a number; `keySetStart` lists, per key, the sets it
   * is in, so entering a sentence marks the sets its words satisfy and a test is one array read
   * per position, however many words a set has.
   */
  private setOf(keys: readonly number[]): number {
    let h = keys.length;
    for (let i = 0; i < keys.length; i++) h = (h + Math.imul(keys[i]! + 1, 0x9e3779b1)) | 0;
    let same = this.setsByHash.get(h);
    if (!same) this.setsByHash.set(h, (same = []));
    for (const id of same) {
      const other = this.setKeys[id]!;
      if (other.length !== keys.length) continue;
      // Same size, distinct keys: equal when every key of one is marked by the other.
      const mark = this.nextStamp();
      for (let i = 0; i < other.length; i++) this.setMark[other[i]!] = mark;
      let eq = true;
      for (let i = 0; i < keys.length && eq; i++) eq = this.setMark[keys[i]!] === mark;
      if (eq) return id;
    }
    const id = this.setKeys.length;
    same.push(id);
    this.setKeys.push(keys.slice());
    return id;
  }

  /**
   * The required-set numbers of each pattern's positions, in two arrays (see `Required`);
   * `extra[p]`, when given, one more set pattern `p` needs in its sentence.
   */
  private required(pats: readonly Pattern[], extra?: ReadonlyArray<number[] | null>): Required {
    const start = new Int32Array(pats.length + 1);
    const sets: number[] = [];
    for (let p = 0; p < pats.length; p++) {
      const from = sets.length;
      this.requiredOf(pats[p]!, sets);
      const more = extra?.[p];
      if (more) {
        const set = this.setOf(more);
        if (sets.indexOf(set, from) < 0) sets.push(set);
      }
      start[p + 1] = sets.length;
    }
    return { start, sets: Int32Array.from(sets) };
  }

  /** Per pattern: for the first patterns of a pair rule, the words one of its seconds starts with (`second-gate.ts`). */
  private firstsNeedSeconds(): Array<number[] | null> {
    const byRule = secondStartKeys(this.compiled, this.refs, this.refStart, this.refIds);
    return this.refs.map((r) => (r.role === 'first' ? byRule[r.owner]! : null));
  }

  /** Appends to `req` the required-set numbers of a pattern's positions (by their atoms), once each. */
  private requiredOf(p: Pattern, req: number[]) {
    const from = req.length;
    // A pattern is only tried at a token that can start it, so a required first position is
    // already satisfied there: only later positions are worth testing.
    for (let e = p[0]?.k === 'e' && !p[0].opt ? 1 : 0; e < p.length; e++) {
      const el = p[e]!;
      if (el.k !== 'e' || el.opt) continue;
      const one = el.alts.length === 1 ? el.alts[0]! : null;
      let set: number | undefined;
      if (one && (one.k === 'w' || one.k === 's')) {
        // One word (most positions): its set is found by the key, with no signature string.
        const key = this.keyId(one);
        set = this.singleSet[key]!;
        if (set === -2) set = this.singleSet[key] = this.setOf([key]);
        if (req.indexOf(set, from) < 0) req.push(set);
        continue;
      }
      let sig = '';
      for (let q = 0; q < el.alts.length; q++) sig += (q ? '|' : '') + el.alts[q]!.k + ':' + el.alts[q]!.v;
      set = this.positionSet.get(sig);
      if (set === undefined) {
        const keys = new Set<number>();
        let ok = true;
        for (let q = 0; q < el.alts.length; q++) {
          const a = el.alts[q]!;
          if (a.k === 'w' || a.k === 's') keys.add(this.keyId(a));
          else if (a.k === 'm') {
            const sub = this.strictKeys(a.v, NO_MACROS);
            if (sub === null) ok = false;
            else sub.forEach((k) => keys.add(k));
          } else ok = false;
          if (!ok) break;
        }
        set = ok && keys.size > 0 ? this.setOf([...keys]) : -1;
        this.positionSet.set(sig, set);
      }
      if (set >= 0 && req.indexOf(set, from) < 0) req.push(set);
    }
  }

  /**
   * Numbers the pattern's words and stems, and checks now what the matcher's copy (made later,
   * on first use) would fail on: a broken regex or target class in a pack fails the engine's
   * creation, where the pack is left out, not a user's check.
   */
  private allAtoms(p: Pattern) {
    for (let e = 0; e < p.length; e++) {
      const el = p[e]!;
      if (el.k !== 'e') continue;
      for (let q = 0; q < el.alts.length; q++) {
        const a = el.alts[q]!;
        if (a.k === 'w' || a.k === 's') this.keyId(a);
        else if (a.k === 'r') this.re(a.v);
        else if (a.k === 't') targetClassId(a.v);
      }
    }
  }

  /** `keySetStart`/`keySets`: per key, the sets it is in, as slices of one array (counted first, then filled). */
  private setListsByKey() {
    const start = new Int32Array(this.keyCount + 1);
    const sets = this.setKeys;
    for (let set = 0; set < sets.length; set++) for (let j = 0; j < sets[set]!.length; j++) start[sets[set]![j]! + 1]! += 1;
    for (let k = 0; k < this.keyCount; k++) start[k + 1]! += start[k]!;
    const out = new Int32Array(start[this.keyCount]!);
    const fill = start.slice(0, this.keyCount);
    for (let set = 0; set < sets.length; set++) {
      for (let j = 0; j < sets[set]!.length; j++) {
        const k = sets[set]![j]!;
        out[fill[k]!] = set;
        fill[k]! += 1;
      }
    }
    return { start, sets: out };
  }

  /** `MacroKeys`: every macro's `byKey` as one table by key (counted first, then filled in macro order). */
  private macroKeyTable(): MacroKeys {
    const start = new Int32Array(this.keyCount + 1);
    for (const mi of this.macroIndex) mi.byKey.forEach((_, k) => (start[k + 1]! += 1));
    for (let k = 0; k < this.keyCount; k++) start[k + 1]! += start[k]!;
    const fill = start.slice(0, this.keyCount);
    const ids = new Int32Array(start[this.keyCount]!);
    const lists = new Array<number[]>(ids.length);
    this.macroIndex.forEach((mi, m) =>
      mi.byKey.forEach((l, k) => {
        const q = fill[k]!;
        fill[k] = q + 1;
        ids[q] = m;
        lists[q] = l;
      }),
    );
    const { start: listStart, items } = flatLists(lists, lists.length);
    return { start, ids, listStart, items };
  }
}


export const ROLES: readonly Role[] = ['first', 'second', 'unless', 'needs', 'context', 'cue'];
/** The roles whose patterns run at once (`refLazyList` -1). */
const FIRST_ROLE = ROLES.indexOf('first');
const CUE_ROLE = ROLES.indexOf('cue');

/** Pattern `k` of (role, owner) in the rules. */
function patternAt(c: CompiledRules, role: Role, owner: number, k: number): Pattern {
  switch (role) {
    case 'first':
      return c.rules[owner]!.patterns[k]!;
    case 'second':
      return c.rules[owner]!.second[k]!;
    case 'unless':
      return c.rules[owner]!.unless[k]!;
    case 'needs':
      return c.rules[owner]!.needs![k]!;
    case 'context':
      return c.contexts[owner]!.patterns[k]!;
    case 'cue':
      return c.cues![owner]!.patterns[k]!;
  }
}

/** A pattern of a stored index: the same fields as any `PatternRef`, its pattern read from the rules on first use. */
class StoredRef implements PatternRef {
  prog = -1;
  private read: Pattern | undefined;
  constructor(
    readonly id: number,
    readonly role: Role,
    readonly owner: number,
    readonly list: number,
    readonly gate: WildGate | undefined,
    private readonly rules: CompiledRules,
    /** Its place among the patterns of (role, owner). */
    private readonly at: number,
  ) {}

  get pattern(): Pattern {
    return (this.read ??= patternAt(this.rules, this.role, this.owner, this.at));
  }
}

/**
 * Each macro's required sets (`Required`) as views of the stored arrays: lengths of the start
 * lists, the start lists and the sets lists, each run together (one decoding instead of two per
 * macro).
 */
function storedMacroReq(s: PatternIndexSnapshot['macroReq']): Required[] {
  const lengths = unpackInts(s[0]);
  const starts = unpackInts(s[1]);
  const sets = unpackInts(s[2]);
  const out = new Array<Required>(lengths.length);
  let a = 0;
  let b = 0;
  for (let m = 0; m < lengths.length; m++) {
    const start = starts.subarray(a, a + lengths[m]!);
    const n = start[start.length - 1]!;
    out[m] = { start, sets: sets.subarray(b, b + n) };
    a += lengths[m]!;
    b += n;
  }
  return out;
}

/** Lists as one array: list i is `items[start[i] … start[i + 1])` (an absent list is empty). */
function flatLists(lists: ReadonlyArray<readonly number[] | undefined>, n: number): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + (lists[i]?.length ?? 0);
  const items = new Int32Array(start[n]!);
  for (let i = 0; i < n; i++) {
    const l = lists[i];
    if (l) items.set(l, start[i]!);
  }
  return { start, items };
}

/**
 * Words (or stems) to key ids: a Map while an index is built; for a stored index, its sorted
 * words and their ids, searched by halves (a word's keys are looked up once per distinct word of
 * a draft, `wordKeys`), so that loading makes no table.
 */
export class KeyIds {
  /** (Read by `snapshot-write.ts`, which the content script does not carry.) */
  map: Map<string, number> | null;
  /** The stored words, split when first searched (`joinWords`). */
  private list: readonly string[] | null = null;
  constructor(
    private readonly joined = '',
    readonly ids: Int32Array = new Int32Array(0),
  ) {
    this.map = joined ? null : new Map();
  }

  get words(): readonly string[] {
    return (this.list ??= splitWords(this.joined));
  }

  get(w: string): number | undefined {
    if (this.map) return this.map.get(w);
    const { words } = this;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const x = words[mid]!;
      if (x === w) return this.ids[mid];
      if (x < w) lo = mid + 1;
      else hi = mid;
    }
    return undefined;
  }

  set(w: string, id: number) {
    if (!this.map) this.map = new Map(this.words.map((x, i) => [x, this.ids[i]!]));
    this.map.set(w, id);
  }
}

/** Sets bit `j` of a bit array of 32-bit words. */
export function setBit(words: Uint32Array, j: number): void {
  words[j >>> 5] = words[j >>> 5]! | (1 << (j & 31));
}
