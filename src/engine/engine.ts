/**
 * The neutrality engine: compiled rule packs in, `check(text) → Finding[]` out.
 * Pure TypeScript, no DOM, no network: the content script, extension pages, the CLI and the
 * tests all run this same code.
 */
import { SEVERITY_RANK, type Category, type Finding, type Severity } from './finding';
import { normalize } from './normalize';
import type { Pattern } from './pattern';
import type { CompiledRule, CompiledRules } from './rules';
import { expandEnglish } from './english';
import { isRootWord, stem } from './stem';
import { tokenize, type Token, type TokenizeOptions } from './tokenize';

export interface CheckOptions {
  /** Language of `message` in findings. Default Indonesian. */
  lang?: 'id' | 'en';
  /** Run only these rule ids (rule example tests use it). */
  only?: readonly string[];
  /** Rule ids switched off by the user or by policy. */
  disabled?: readonly string[];
  /** Drop findings below this severity (e.g. hide `info` hints). Default: keep all. */
  minSeverity?: Severity;
}

export interface Engine {
  check(text: string, options?: CheckOptions): Finding[];
  /** Everything the engine knows about how it read the text; the presenter view shows it. */
  explain(text: string, options?: CheckOptions): Explanation;
  readonly rules: readonly CompiledRule[];
}

export interface Explanation {
  normalized: string;
  tokens: Array<Pick<Token, 'text' | 'canon' | 'start' | 'end' | 'sentence' | 'tag'> & { stem: string }>;
  findings: Finding[];
  /** Matches that an exception silenced, with the exception's name. */
  silenced: Array<{ ruleId: string; start: number; end: number; by: string }>;
}

/** Longest text the engine reads; past it, a huge paste is checked only in its first part. */
export const MAX_CHECK_LENGTH = 100_000;

type Role = 'first' | 'second' | 'unless' | 'needs' | 'context';
/** One pattern of a rule or context, with what can start it. */
interface PatternRef {
  id: number;
  role: Role;
  owner: number; // rule index, or context index
  /** Index of the (role, owner) pattern list this pattern belongs to. */
  list: number;
  pattern: Pattern;
  fast: FastPattern;
  /** For patterns that can start with a non-literal token: what that token must look like. */
  gate?: WildGate;
}
/** Atom kinds as small numbers for the matcher's switch. */
const enum AK {
  W,
  S,
  P,
  R,
  N,
  M,
}
const ATOM_KIND = { w: AK.W, s: AK.S, p: AK.P, r: AK.R, n: AK.N, m: AK.M } as const;
/**
 * Compiled patterns are plain JSON whose objects differ in shape (optional fields); the matcher
 * works on copies where every element and every atom has the same fields, so property access in
 * its hot loop stays monomorphic.
 */
interface FastAtom {
  k: AK;
  v: string;
  tag: boolean;
  caps: boolean;
  /** Macro index for `@name` atoms, else -1. */
  mid: number;
  re: RegExp | null;
}
interface FastElem {
  gap: boolean;
  max: number;
  opt: boolean;
  /** Every alternative is hashtag-only. */
  tagOnly: boolean;
  alts: FastAtom[];
}
type FastPattern = FastElem[];

interface WildGate {
  res: RegExp[];
  prefixes: string[];
  name: boolean;
  /** Every atom that can start the pattern is hashtag-only: other tokens fail at once. */
  tagOnly: boolean;
}

function passesGate(g: WildGate, t: Token, prev: Token | undefined, notNames: ReadonlySet<string>): boolean {
  if (g.tagOnly && !t.tag) return false;
  for (const r of g.res) if (r.test(t.canon) || r.test(t.text)) return true;
  for (const p of g.prefixes) if (t.canon.startsWith(p) || t.text.startsWith(p)) return true;
  return g.name && isName(t, prev, notNames);
}

/** What can start a pattern: literal keys ("w:word", "s:stem") and a gate for the rest. */
interface FirstInfo {
  keys: Set<string>;
  res: RegExp[];
  prefixes: string[];
  name: boolean;
  /** Some starting atom is not hashtag-only. */
  untagged: boolean;
}

/** A macro's patterns indexed by the key ids of their first token, like the rules' own index. */
interface MacroIndex {
  pats: Pattern[];
  fast: FastPattern[];
  byKey: Map<number, number[]>;
  /**
   * For macros with many patterns, the same index as a dense table (key id → position in `lists`,
   * or -1): array lookups are faster than a Map in the hot path, and 16-bit slots stay small.
   */
  slot: Int16Array | null;
  lists: number[][];
  wild: Array<{ idx: number; gate: WildGate }>;
  /** Scratch: the call stamp each pattern was last tried at (no duplicates per call). */
  stamp: Uint32Array;
  /** Per pattern: the check its required words were last tested in, and the answer. */
  okStamp: Uint32Array;
  ok: Uint8Array;
}

/** Index keys of one word: its own key, its stem's key, and itself read as a stem. */
interface WordKeys {
  stem: string;
  w: number;
  s: number;
  sw: number;
}

interface Match {
  ref: PatternRef;
  start: number; // token index
  end: number; // token index, exclusive
}

export function createEngine(compiled: CompiledRules): Engine {
  const macros = compiled.macros;
  const regexCache = new Map<string, RegExp>();
  const re = (src: string) => {
    let r = regexCache.get(src);
    if (!r) {
      r = new RegExp(`^(?:${src})$`, 'u');
      regexCache.set(src, r);
    }
    return r;
  };

  const notNames: ReadonlySet<string> = new Set(compiled.notNames ?? []);
  const tokOpts: TokenizeOptions = {
    canon: new Map(Object.entries(compiled.canon)),
    vocab: new Set(compiled.vocab),
  };

  // What can start each macro, computed once (macros nest: @sasaran → @kandidat → …).
  const macroFirst = new Map<string, FirstInfo>();
  const emptyFirst = (): FirstInfo => ({ keys: new Set(), res: [], prefixes: [], name: false, untagged: false });
  const merge = (into: FirstInfo, from: FirstInfo) => {
    for (const k of from.keys) into.keys.add(k);
    for (const r of from.res) if (!into.res.includes(r)) into.res.push(r);
    for (const p of from.prefixes) if (!into.prefixes.includes(p)) into.prefixes.push(p);
    into.name ||= from.name;
    into.untagged ||= from.untagged;
  };
  const firstOfMacro = (name: string, seen: Set<string>): FirstInfo => {
    const hit = macroFirst.get(name);
    if (hit) return hit;
    const alts = macros[name];
    if (!alts) throw new Error(`unknown macro @${name}`);
    const info = emptyFirst();
    if (seen.has(name)) return info; // a loop (the compiler rejects them) adds nothing
    const next = new Set(seen).add(name);
    for (const mp of alts) merge(info, firstOfPattern(mp, next));
    macroFirst.set(name, info);
    return info;
  };
  const firstOfPattern = (p: Pattern, seen: Set<string>): FirstInfo => {
    const info = emptyFirst();
    for (const el of p) {
      if (el.k === 'gap') break;
      for (const a of el.alts) {
        if (a.k === 'm') {
          const sub = firstOfMacro(a.v, seen);
          // A hashtag-only use of a macro starts with a hashtag token whatever the macro says.
          merge(info, a.tag ? { ...sub, untagged: false } : sub);
          continue;
        }
        if (!a.tag) info.untagged = true;
        if (a.k === 'w') info.keys.add('w:' + a.v);
        else if (a.k === 's') info.keys.add('s:' + a.v);
        else if (a.k === 'r') {
          const r = re(a.v);
          if (!info.res.includes(r)) info.res.push(r);
        } else if (a.k === 'p') info.prefixes.push(a.v);
        else if (a.k === 'n') info.name = true;
      }
      if (!el.opt) break;
    }
    return info;
  };
  const gateOf = (info: FirstInfo): WildGate | undefined =>
    info.res.length || info.prefixes.length || info.name
      ? { res: info.res, prefixes: info.prefixes, name: info.name, tagOnly: !info.untagged }
      : undefined;

  // Every first-token key any pattern can start with gets a number; a token's words are looked up
  // once per check, and every index below is keyed by those numbers.
  const keyIds = new Map<string, number>();
  const keyId = (k: string): number => {
    let id = keyIds.get(k);
    if (id === undefined) keyIds.set(k, (id = keyIds.size));
    return id;
  };

  // Each macro's own first-token index, so a macro tries only the patterns that can start here.
  const macroIndex: MacroIndex[] = [];
  const macroId = new Map<string, number>();
  for (const [name, pats] of Object.entries(macros)) {
    const mi: MacroIndex = { pats, fast: [], byKey: new Map(), slot: null, lists: [], wild: [], stamp: new Uint32Array(pats.length), okStamp: new Uint32Array(pats.length), ok: new Uint8Array(pats.length) };
    pats.forEach((p, idx) => {
      const info = firstOfPattern(p, new Set([name]));
      for (const k of info.keys) {
        const id = keyId(k);
        let l = mi.byKey.get(id);
        if (!l) mi.byKey.set(id, (l = []));
        l.push(idx);
      }
      const gate = gateOf(info);
      if (gate) mi.wild.push({ idx, gate });
    });
    macroId.set(name, macroIndex.length);
    macroIndex.push(mi);
  }

  // Every pattern of every rule and context, indexed by the keys that can start it (the
  // nlcst-search idea, built once per pack set). A check looks each token up once: rules' first
  // patterns run at once; seconds, exceptions, conditions and contexts only record where they
  // could start, and run when a candidate finding asks for them.
  const refs: PatternRef[] = [];
  const refsByKey = new Map<number, number[]>();
  const wildRefs: number[] = [];
  const listIds = new Map<string, number>();
  const listRefs: number[][] = [];
  const addRef = (role: Role, owner: number, pattern: Pattern) => {
    const lk = role + ':' + owner;
    let list = listIds.get(lk);
    if (list === undefined) {
      listIds.set(lk, (list = listRefs.length));
      listRefs.push([]);
    }
    const info = firstOfPattern(pattern, new Set());
    const ref: PatternRef = { id: refs.length, role, owner, list, pattern, fast: [], gate: gateOf(info) };
    refs.push(ref);
    listRefs[list]!.push(ref.id);
    if (ref.gate) wildRefs.push(ref.id);
    for (const k of info.keys) {
      const id = keyId(k);
      let l = refsByKey.get(id);
      if (!l) refsByKey.set(id, (l = []));
      l.push(ref.id);
    }
  };
  compiled.rules.forEach((r, i) => {
    for (const p of r.patterns) addRef('first', i, p);
    for (const p of r.second) addRef('second', i, p);
    for (const p of r.unless) addRef('unless', i, p);
    for (const p of r.needs ?? []) addRef('needs', i, p);
  });
  const contextIndex = new Map(compiled.contexts.map((c, i) => [c.id, i]));
  compiled.contexts.forEach((c, i) => {
    for (const p of c.patterns) addRef('context', i, p);
  });
  for (const r of compiled.rules) {
    for (const c of r.contexts) if (!contextIndex.has(c)) throw new Error(`${r.id}: unknown context "${c}"`);
  }
  const refSeen = new Float64Array(refs.length);
  const refOkStamp = new Uint32Array(refs.length);
  const refOk = new Uint8Array(refs.length);
  /** Per rule: the indexes of its contexts. */
  const ctxIds = compiled.rules.map((r) => r.contexts.map((c) => contextIndex.get(c)!));
  /** Pattern list id of (role, owner), or -1. */
  const listOf: Record<Role, Int32Array> = {
    first: new Int32Array(compiled.rules.length).fill(-1),
    second: new Int32Array(compiled.rules.length).fill(-1),
    unless: new Int32Array(compiled.rules.length).fill(-1),
    needs: new Int32Array(compiled.rules.length).fill(-1),
    context: new Int32Array(compiled.contexts.length).fill(-1),
  };
  for (const [k, id] of listIds) {
    const [role, owner] = k.split(':') as [Role, string];
    listOf[role][Number(owner)] = id;
  }
  // Words a pattern cannot match without: for each of its positions made only of words, stems
  // and macros whose every pattern must start with a known word, the keys of those words. A check
  // skips a pattern when one such position has none of its words in the sentence (a cheap test
  // before the real match; every match stays inside one sentence).
  const strictFirst = new Map<string, Set<number> | null>();
  /** Keys one of which every match of macro `name` starts with, or null when that is not known. */
  const strictKeys = (name: string, seen: Set<string>): Set<number> | null => {
    if (strictFirst.has(name)) return strictFirst.get(name)!;
    if (seen.has(name)) return null;
    const next = new Set(seen).add(name);
    let out: Set<number> | null = new Set<number>();
    for (const p of macros[name]!) {
      let closed = false;
      for (const el of p) {
        if (el.k === 'gap') break;
        for (const a of el.alts) {
          if (a.k === 'w' || a.k === 's') out.add(keyId((a.k === 'w' ? 'w:' : 's:') + a.v));
          else if (a.k === 'm') {
            const sub = strictKeys(a.v, next);
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
    strictFirst.set(name, out);
    return out;
  };
  // Each distinct set of required words gets a number; `keySets` lists, per key, the sets it is
  // in, so entering a sentence marks the sets its words satisfy and a test is one array read per
  // position, however many words a set has.
  const setIds = new Map<string, number>();
  const setKeys: number[][] = [];
  const setOf = (keys: Set<number>): number => {
    const sorted = [...keys].sort((a, b) => a - b);
    const name = sorted.join(',');
    let id = setIds.get(name);
    if (id === undefined) {
      setIds.set(name, (id = setKeys.length));
      setKeys.push(sorted);
    }
    return id;
  };
  const requiredOf = (p: Pattern): Int32Array => {
    const req: number[] = [];
    for (const el of p) {
      if (el.k !== 'e' || el.opt) continue;
      const keys = new Set<number>();
      let ok = true;
      for (const a of el.alts) {
        if (a.k === 'w' || a.k === 's') keys.add(keyId((a.k === 'w' ? 'w:' : 's:') + a.v));
        else if (a.k === 'm') {
          const sub = strictKeys(a.v, new Set());
          if (sub === null) ok = false;
          else for (const k of sub) keys.add(k);
        } else ok = false;
        if (!ok) break;
      }
      if (ok && keys.size > 0 && !req.includes(setOf(keys))) req.push(setOf(keys));
    }
    return Int32Array.from(req);
  };
  const refReq = refs.map((r) => requiredOf(r.pattern));
  const macroReq = macroIndex.map((mi) => mi.pats.map(requiredOf));
  // The same key ids by bare word, so a check looks tokens up without building "w:…" strings.
  const wordIds = new Map<string, number>();
  const stemIds = new Map<string, number>();
  for (const [k, id] of keyIds) (k.startsWith('w:') ? wordIds : stemIds).set(k.slice(2), id);
  /** Per required set: the sentence stamp (see `Scan.enter`) when one of its words last occurred. */
  const present = new Uint32Array(setKeys.length);
  const keySetLists: Array<Int32Array | undefined> = new Array<Int32Array | undefined>(keyIds.size).fill(undefined);
  {
    const acc = new Map<number, number[]>();
    setKeys.forEach((ks, set) => {
      for (const k of ks) {
        let l = acc.get(k);
        if (!l) acc.set(k, (l = []));
        l.push(set);
      }
    });
    for (const [k, l] of acc) keySetLists[k] = Int32Array.from(l);
  }
  // Dense tables (arrays indexed by key id) for the hot lookups: faster than a Map per token.
  const dense = (m: Map<number, number[]>): Array<number[] | undefined> => {
    const t = new Array<number[] | undefined>(keyIds.size).fill(undefined);
    for (const [k, l] of m) t[k] = l;
    return t;
  };
  const refsTable = dense(refsByKey);
  for (const mi of macroIndex) {
    if (mi.byKey.size < 8) continue;
    mi.slot = new Int16Array(keyIds.size).fill(-1);
    for (const [k, l] of mi.byKey) {
      mi.slot[k] = mi.lists.length;
      mi.lists.push(l);
    }
  }
  const memo: MacroMemo = { stamp: new Uint32Array(64 * macroIndex.length * 2), ends: new Array<number[] | undefined>(64 * macroIndex.length * 2).fill(undefined) };
  const pendingLists: number[][] = listRefs.map(() => []);
  const pendingStamp = new Uint32Array(listRefs.length);
  // (1) What a word means to the index, computed once per distinct word.
  const wordMemo = new Map<string, WordKeys>();
  const wordKeys = (w: string): WordKeys => {
    let k = wordMemo.get(w);
    if (!k) {
      const st = stem(w);
      k = { stem: st, w: wordIds.get(w) ?? -1, s: stemIds.get(st) ?? -1, sw: st !== w ? (stemIds.get(w) ?? -1) : -1 };
      if (wordMemo.size > 20_000) wordMemo.clear();
      wordMemo.set(w, k);
    }
    return k;
  };
  // The matcher's own copy of every pattern, in one object shape per kind (see `FastElem`).
  const fast = (p: Pattern): FastPattern =>
    p.map((el): FastElem => {
      if (el.k === 'gap') return { gap: true, max: el.max, opt: false, tagOnly: false, alts: [] };
      return {
        gap: false,
        max: 0,
        opt: el.opt === true,
        tagOnly: el.alts.every((a) => a.tag === true),
        alts: el.alts.map(
          (a): FastAtom => ({
            k: ATOM_KIND[a.k],
            v: a.v,
            tag: a.tag === true,
            caps: a.k === 'w' && a.caps === true,
            mid: a.k === 'm' ? (macroId.get(a.v) ?? -1) : -1,
            re: a.k === 'r' ? re(a.v) : null,
          }),
        ),
      };
    });
  for (const r of refs) r.fast = fast(r.pattern);
  for (const mi of macroIndex) mi.fast = mi.pats.map(fast);

  function analyse(text: string) {
    const src = text.length > MAX_CHECK_LENGTH ? text.slice(0, MAX_CHECK_LENGTH) : text;
    const norm = normalize(src);
    const tokens = expandEnglish(tokenize(norm, tokOpts));
    const n = tokens.length;
    const stems = new Array<string>(n);
    // Up to four index keys per token: its word, its surface form, its stem, its word as a stem.
    const keys = new Int32Array(n * 4).fill(-1);
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      if (t.num || t.emoji) {
        stems[i] = t.canon;
        keys[i * 4] = wordIds.get(t.canon) ?? -1;
        keys[i * 4 + 2] = stemIds.get(t.canon) ?? -1;
        continue;
      }
      const wk = wordKeys(t.canon);
      stems[i] = wk.stem;
      keys[i * 4] = wk.w;
      if (t.text !== t.canon) keys[i * 4 + 1] = wordIds.get(t.text) ?? -1;
      keys[i * 4 + 2] = wk.s;
      keys[i * 4 + 3] = wk.sw;
    }
    const stamp = ++stampCounter;
    // Sentence boundaries as token index ranges.
    const sentEnd = new Int32Array(n);
    for (let i = n - 1; i >= 0; i--) {
      const next = tokens[i + 1];
      sentEnd[i] = next && next.sentence === tokens[i]!.sentence ? sentEnd[i + 1]! : i + 1;
    }
    const sentStart = new Int32Array(n);
    for (let i = 0; i < n; i++) sentStart[i] = i > 0 && tokens[i - 1]!.sentence === tokens[i]!.sentence ? sentStart[i - 1]! : i;

    const slots = (n + 1) * macroIndex.length * 2;
    if (memo.stamp.length < slots) {
      const size = Math.max(slots, memo.stamp.length * 2);
      memo.stamp = new Uint32Array(size);
      // Filled, so the array stays dense (a sparse one turns into a slow dictionary).
      memo.ends = new Array<number[] | undefined>(size).fill(undefined);
    }
    const scan = new Scan(tokens, stems, keys, sentStart, sentEnd, keySetLists, macroIndex, macroReq, present, stamp, notNames, memo);
    const firsts: Match[] = [];
    // Per pattern list: (pattern id, token) pairs where a later search may start. The arrays
    // live as long as the engine; a list's stamp says whether it holds this check's pairs.
    const pending = pendingLists;
    const consider = (id: number, i: number, limit: number) => {
      const mark = stamp * 1_000_000 + i;
      if (refSeen[id] === mark) return;
      refSeen[id] = mark;
      // Its required words are a property of the sentence: test them once per sentence.
      const ss = scan.sstamp;
      if (refOkStamp[id] !== ss) {
        refOkStamp[id] = ss;
        refOk[id] = allPresent(refReq[id]!, present, ss) ? 1 : 0;
      }
      if (refOk[id] === 0) return;
      const ref = refs[id]!;
      if (ref.role === 'first') {
        const end = scan.longest(ref.fast, i, limit);
        if (end > i) firsts.push({ ref, start: i, end });
      } else {
        const l = pending[ref.list]!;
        if (pendingStamp[ref.list] !== stamp) {
          pendingStamp[ref.list] = stamp;
          l.length = 0;
        }
        l.push(id, i);
      }
    };
    for (let i = 0; i < n; i++) {
      const limit = sentEnd[i]!;
      if (sentStart[i] === i) scan.enter(i);
      for (let j = 0; j < 4; j++) {
        const k = keys[i * 4 + j]!;
        if (k < 0) continue;
        const l = refsTable[k];
        if (l) for (const id of l) consider(id, i, limit);
      }
      for (const id of wildRefs) if (passesGate(refs[id]!.gate!, tokens[i]!, tokens[i - 1], notNames)) consider(id, i, limit);
    }
    // Lazily searched lists run only where a finding needs them: in one sentence, and for
    // exceptions only until the first hit. Pairs are in token order, so a sentence's pairs are
    // found by binary search and the first hit is the earliest.
    const pairsOf = (list: number): number[] | null => (pendingStamp[list] === stamp ? pending[list]! : null);
    /** Index of the first pair starting at or after token `from`. */
    const firstPair = (l: number[], from: number): number => {
      let lo = 0;
      let hi = l.length / 2;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (l[mid * 2 + 1]! < from) lo = mid + 1;
        else hi = mid;
      }
      return lo * 2;
    };
    /** Matches of list `list` starting in the sentence that token `tok` belongs to; all or only the first. */
    const searchSentence = (list: number, tok: number, firstOnly: boolean): Match[] => {
      const out: Match[] = [];
      const l = pairsOf(list);
      if (!l) return out;
      const end = sentEnd[tok]!;
      const from = firstPair(l, sentStart[tok]!);
      if (from < l.length && l[from + 1]! < end) scan.enter(tok);
      for (let q = from; q < l.length && l[q + 1]! < end; q += 2) {
        const ref = refs[l[q]!]!;
        const i = l[q + 1]!;
        const e = scan.longest(ref.fast, i, end);
        if (e > i) {
          out.push({ ref, start: i, end: e });
          if (firstOnly) break;
        }
      }
      return out;
    };
    /** Whether list `list` matches anywhere in the draft (stops at the first hit). */
    const searchAny = (list: number): boolean => {
      const l = pairsOf(list);
      if (!l) return false;
      for (let q = 0; q < l.length; q += 2) {
        const i = l[q + 1]!;
        scan.enter(i);
        if (scan.longest(refs[l[q]!]!.fast, i, sentEnd[i]!) > i) return true;
      }
      return false;
    };
    return { src, norm, tokens, stems, firsts, searchSentence, searchAny, sentStart };
  }

  function run(text: string, options: CheckOptions = {}) {
    const { src, norm, tokens, stems, firsts: firstMatches, searchSentence, searchAny, sentStart } = analyse(text);
    const lang = options.lang ?? 'id';
    const only = options.only ? new Set(options.only) : null;
    const disabled = new Set(options.disabled ?? []);
    const active = (r: CompiledRule) => (!only || only.has(r.id)) && !disabled.has(r.id);

    const byList = new Map<number, Match[]>();
    for (const m of firstMatches) {
      let l = byList.get(m.ref.list);
      if (!l) byList.set(m.ref.list, (l = []));
      l.push(m);
    }
    const get = (role: Role, owner: number): Match[] => {
      const list = listOf[role][owner]!;
      if (list < 0) return NONE_MATCHES;
      return byList.get(list) ?? NONE_MATCHES;
    };
    /** Matches of a lazily searched list in the sentence of token `tok`, cached per check. */
    const sentenceCache = new Map<number, Match[]>();
    const inSentence = (list: number, tok: number, firstOnly: boolean): Match[] => {
      const key = list * (tokens.length + 1) + sentStart[tok]!;
      let m = sentenceCache.get(key);
      if (m === undefined || (!firstOnly && m.length === 1 && firstOnlyKeys.has(key))) {
        m = searchSentence(list, tok, firstOnly);
        sentenceCache.set(key, m);
        if (firstOnly) firstOnlyKeys.add(key);
        else firstOnlyKeys.delete(key);
      }
      return m;
    };
    const firstOnlyKeys = new Set<number>();
    const anyCache = new Map<number, boolean>();
    const inDraft = (list: number): boolean => {
      let v = anyCache.get(list);
      if (v === undefined) anyCache.set(list, (v = searchAny(list)));
      return v;
    };

    const silenced: Explanation['silenced'] = [];
    let titles: Float64Array | null = null;
    const titleShare = (sentence: number): number => (titles ??= headlineShares(tokens))[sentence] ?? 0;
    const findings: Finding[] = [];
    const sentOf = (m: Match) => tokens[m.start]!.sentence;

    /** Why a candidate finding is silenced, or null. `tok` is a token of its sentence. */
    const silencer = (r: CompiledRule, owner: number, sentence: number, startTok: number, tok: number): string | null => {
      const un = listOf.unless[owner]!;
      if (un >= 0 && inSentence(un, tok, true).length > 0) return 'unless';
      if (r.needs?.length) {
        const nd = listOf.needs[owner]!;
        if (nd < 0 || !(r.needsIn === 'draft' ? inDraft(nd) : inSentence(nd, tok, true).length > 0)) return 'needs';
      }
      const ids = ctxIds[owner]!;
      for (let q = 0; q < ids.length; q++) {
        const ci = ids[q]!;
        const ctx = compiled.contexts[ci]!;
        const list = listOf.context[ci]!;
        let hit = false;
        if (list >= 0) {
          if (ctx.scope === 'draft') hit = inDraft(list);
          else {
            const m = inSentence(list, tok, true);
            // The first match of a sentence is its earliest start: enough for "before" too.
            hit = m.length > 0 && (ctx.scope === 'sentence' || m[0]!.start <= startTok);
          }
        }
        if (hit || (ctx.titlecase !== undefined && titleShare(sentence) >= ctx.titlecase)) return r.contexts[q]!;
      }
      return null;
    };

    const emit = (r: CompiledRule, owner: number, a: number, b: number, sentence: number, anchor: number) => {
      const by = silencer(r, owner, sentence, anchor, a);
      // A hashtag is reported whole: "#GuruPilih03", not "Pilih03".
      while (a > 0 && tokens[a]!.tag && tokens[a - 1]!.tag === tokens[a]!.tag) a--;
      while (b < tokens.length && tokens[b - 1]!.tag && tokens[b]!.tag === tokens[b - 1]!.tag) b++;
      const start = tokens[a]!.start;
      const end = tokens[b - 1]!.end;
      if (by) {
        silenced.push({ ruleId: r.id, start, end, by });
        return;
      }
      const matched = src.slice(start, end);
      const f: Finding = {
        ruleId: r.id,
        category: r.category,
        severity: r.severity,
        confidence: r.confidence,
        start,
        end,
        text: matched,
        message: r.message[lang].replace('{match}', matched),
        guidelineId: r.guideline,
        source: 'text',
      };
      if (r.fix === 'remove') f.suggestions = [removal(src, start, end)];
      findings.push(f);
    };

    const runRule = (r: CompiledRule, owner: number) => {
      const firsts = longestOnly(get('first', owner));
      if (firsts.length === 0) return;
      if (r.kind === 'cooccurrence') {
        // Seconds are searched only in the sentences that have a first.
        const secondList = listOf.second[owner]!;
        if (secondList < 0) return;
        const bySentence = new Map<number, Match[]>();
        for (const f of firsts) {
          const k = sentOf(f);
          if (!bySentence.has(k)) bySentence.set(k, longestOnly(inSentence(secondList, f.start, false)));
        }
        const pairs: Array<[number, number, number, number, number]> = [];
        for (const f of firsts) {
          let best: Match | null = null;
          let bestDist = Infinity;
          for (const s of bySentence.get(sentOf(f)) ?? NONE_MATCHES) {
            if (s.start < f.end && f.start < s.end) continue; // the same words cannot be both
            const dist = s.start >= f.end ? s.start - f.end : f.start - s.end;
            if (r.window > 0 && dist > r.window) continue;
            if (dist < bestDist) {
              best = s;
              bestDist = dist;
            }
          }
          if (!best) continue;
          const [a, b] =
            r.report === 'first'
              ? [f.start, f.end]
              : r.report === 'second'
                ? [best.start, best.end]
                : [Math.min(f.start, best.start), Math.max(f.end, best.end)];
          // "Before" contexts (negation) count up to the later of the two parts: in "Aku ASN,
          // ora arep ngomong milih" the negation sits between them.
          pairs.push([a, b, sentOf(f), Math.max(f.start, best.start), bestDist]);
        }
        // "dukung Ganjar sampai menang" pairs twice around one name: report the words once.
        pairs.sort((x, y) => x[4] - y[4] || x[0] - y[0]);
        const taken: Array<[number, number]> = [];
        for (const [a, b, sent, anchor] of pairs) {
          if (taken.some(([x, y]) => a < y && x < b)) continue;
          taken.push([a, b]);
          emit(r, owner, a, b, sent, anchor);
        }
      } else {
        for (const f of firsts) emit(r, owner, f.start, f.end, sentOf(f), f.start);
      }
    };

    const rules = compiled.rules;
    // Every rule that is not switched off runs, so identity rules see the whole draft even when
    // `only` asks for one rule; `only` then filters what is reported.
    const enabled = (r: CompiledRule) => !disabled.has(r.id);
    rules.forEach((r, i) => {
      if (r.kind !== 'identity' && enabled(r)) runRule(r, i);
    });
    // Identity findings only count when the draft is already partisan.
    const present = new Set<Category>(
      findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning).map((f) => f.category),
    );
    rules.forEach((r, i) => {
      if (r.kind === 'identity' && enabled(r) && r.requires.some((c) => present.has(c))) runRule(r, i);
    });
    if (only) {
      const keep = (x: { ruleId: string }) => active(rules.find((r) => r.id === x.ruleId)!);
      findings.splice(0, findings.length, ...findings.filter(keep));
      silenced.splice(0, silenced.length, ...silenced.filter(keep));
    }

    let out = dedupe(findings);
    if (options.minSeverity) {
      const min = SEVERITY_RANK[options.minSeverity];
      out = out.filter((f) => SEVERITY_RANK[f.severity] >= min);
    }
    return { norm, tokens, stems, findings: out, silenced };
  }

  return {
    rules: compiled.rules,
    check: (text, options) => run(text, options).findings,
    explain(text, options) {
      const { norm, tokens, stems, findings, silenced } = run(text, options);
      return {
        normalized: norm.text,
        tokens: tokens.map((t, i) => ({ text: t.text, canon: t.canon, start: t.start, end: t.end, sentence: t.sentence, tag: t.tag, stem: stems[i]! })),
        findings,
        silenced,
      };
    },
  };
}

let stampCounter = 0;
let macroStamp = 0;
let sentenceStamp = 0;

/**
 * Matches patterns against one draft's tokens. A class, not closures, because a check creates
 * one per call and the hot path must not allocate functions. Ends are written into arrays the
 * caller owns (no per-step arrays); a macro's ends at a token are computed once and memoised
 * under a numeric key.
 */
/**
 * Macro results memoised per check in arrays that live as long as the engine (no per-check
 * allocation): slot = token × (2 × macros) + 2 × macro + hashtag-only, valid while its stamp is the
 * current check's.
 */
interface MacroMemo {
  stamp: Uint32Array;
  ends: Array<number[] | undefined>;
}

class Scan {
  /** Reused by `longest`: the ends of the pattern being tried. */
  private readonly scratch: number[] = [];
  /** Reused by `macro`, one array per nesting depth. */
  private readonly pool: number[][] = [];
  private depth = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly stems: string[],
    /** Four index key ids per token (-1: none), see `analyse`. */
    private readonly keys: Int32Array,
    private readonly sentStart: Int32Array,
    private readonly sentEnd: Int32Array,
    /** Per key id: the required-word sets it belongs to. */
    private readonly keySets: Array<Int32Array | undefined>,
    private readonly macros: MacroIndex[],
    private readonly macroReq: Int32Array[][],
    private readonly present: Uint32Array,
    private readonly stamp: number,
    readonly notNames: ReadonlySet<string>,
    private readonly memo: MacroMemo,
  ) {}

  /** Stamp of the sentence whose words `present` holds now. */
  sstamp = 0;
  /** First token of that sentence, or -1. */
  private cur = -1;

  /**
   * Marks the words of token `i`'s sentence in `present` under a new stamp, unless that sentence
   * is already the current one. Required-word tests then answer for this sentence only.
   */
  enter(i: number): void {
    const from = this.sentStart[i]!;
    if (from === this.cur) return;
    this.cur = from;
    const ss = (this.sstamp = ++sentenceStamp);
    const keys = this.keys;
    const present = this.present;
    for (let q = from * 4, end = this.sentEnd[i]! * 4; q < end; q++) {
      const k = keys[q]!;
      if (k < 0) continue;
      const sets = this.keySets[k];
      if (sets !== undefined) for (let j = 0; j < sets.length; j++) present[sets[j]!] = ss;
    }
  }

  /** The furthest token index where `p` can end when it starts at token `i`, or -1. */
  longest(p: FastPattern, i: number, limit: number): number {
    const ends = this.scratch;
    ends.length = 0;
    this.seqInto(p, 0, i, limit, ends);
    let end = -1;
    for (let q = 0; q < ends.length; q++) if (ends[q]! > end) end = ends[q]!;
    return end;
  }

  /** Whether a one-token atom (anything but a macro) matches token `i`. */
  private simple(a: FastAtom, t: Token, i: number): boolean {
    switch (a.k) {
      case AK.W:
        if (a.caps && !t.caps) return false;
        return t.canon === a.v || t.text === a.v;
      case AK.S:
        return this.stems[i] === a.v || t.canon === a.v;
      case AK.P:
        return t.canon.startsWith(a.v) || t.text.startsWith(a.v);
      case AK.R:
        return a.re!.test(t.canon) || a.re!.test(t.text);
      case AK.N:
        return isName(t, this.tokens[i - 1], this.notNames);
      default:
        return false;
    }
  }

  /** Every token index where macro atom `a` can end when it starts at token `i`. */
  private macro(a: FastAtom, i: number, limit: number): number[] {
    const id = a.mid;
    if (id < 0) return NONE;
    // The limit is the end of token i's sentence, so (macro, hashtag-only, i) is enough.
    const slot = i * this.macros.length * 2 + id * 2 + (a.tag ? 1 : 0);
    const memo = this.memo;
    if (memo.stamp[slot] === this.stamp) return memo.ends[slot]!;
    // Collect into a reusable array (one per nesting depth); most macros match nothing here,
    // and those results share one empty array instead of allocating.
    memo.stamp[slot] = this.stamp;
    memo.ends[slot] = NONE; // a macro that reaches itself at the same token matches nothing there
    const depth = this.depth++;
    const ends = (this.pool[depth] ??= []);
    ends.length = 0;
    const mi = this.macros[id]!;
    const req = this.macroReq[id]!;
    const t = this.tokens[i]!;
    const stamp = ++macroStamp;
    for (let j = 0; j < 4; j++) {
      const k = this.keys[i * 4 + j]!;
      if (k < 0) continue;
      let l: number[] | undefined;
      if (mi.slot !== null) {
        const at = mi.slot[k]!;
        l = at < 0 ? undefined : mi.lists[at];
      } else l = mi.byKey.get(k);
      if (l === undefined) continue;
      for (let q = 0; q < l.length; q++) {
        const idx = l[q]!;
        if (mi.stamp[idx] === stamp) continue;
        mi.stamp[idx] = stamp;
        if (this.patOk(mi, req, idx)) this.macroPattern(mi.fast[idx]!, i, limit, a.tag, t.tag, ends);
      }
    }
    for (let q = 0; q < mi.wild.length; q++) {
      const w = mi.wild[q]!;
      if (mi.stamp[w.idx] === stamp || !passesGate(w.gate, t, this.tokens[i - 1], this.notNames)) continue;
      mi.stamp[w.idx] = stamp;
      if (this.patOk(mi, req, w.idx)) this.macroPattern(mi.fast[w.idx]!, i, limit, a.tag, t.tag, ends);
    }
    this.depth--;
    const result = ends.length === 0 ? NONE : ends.slice();
    memo.ends[slot] = result;
    return result;
  }

  /** Whether macro pattern `idx` has its required words in the sentence (tested once per sentence). */
  private patOk(mi: MacroIndex, req: Int32Array[], idx: number): boolean {
    if (mi.okStamp[idx] !== this.sstamp) {
      mi.okStamp[idx] = this.sstamp;
      mi.ok[idx] = allPresent(req[idx]!, this.present, this.sstamp) ? 1 : 0;
    }
    return mi.ok[idx] === 1;
  }

  private macroPattern(p: FastPattern, i: number, limit: number, tagOnly: boolean, tag: number, ends: number[]) {
    const before = ends.length;
    this.seqInto(p, 0, i, limit, ends);
    // A hashtag-only macro use must stay inside one hashtag.
    if (tagOnly) {
      let w = before;
      for (let r = before; r < ends.length; r++) if (this.tokens[ends[r]! - 1]!.tag === tag) ends[w++] = ends[r]!;
      ends.length = w;
    }
  }

  /** Adds to `out` every token index where `p[k..]` can end when it starts at token `i`. */
  seqInto(p: FastPattern, k: number, i: number, limit: number, out: number[]): void {
    if (k === p.length) {
      addEnd(out, i);
      return;
    }
    const el = p[k]!;
    if (el.gap) {
      for (let g = 0; g <= el.max && i + g <= limit; g++) this.seqInto(p, k + 1, i + g, limit, out);
      return;
    }
    if (el.opt) this.seqInto(p, k + 1, i, limit, out);
    if (i >= limit) return;
    const t = this.tokens[i]!;
    // Hashtag atoms that follow a hashtag atom stay inside the same hashtag: `#pilih #/x+/`.
    if (el.tagOnly && k > 0 && i > 0 && p[k - 1]!.tagOnly && t.tag !== this.tokens[i - 1]!.tag) return;
    const last = k + 1 === p.length;
    const alts = el.alts;
    for (let q = 0; q < alts.length; q++) {
      const a = alts[q]!;
      if (a.tag && !t.tag) continue;
      if (a.k === AK.M) {
        const ends = this.macro(a, i, limit);
        for (let r = 0; r < ends.length; r++) {
          if (last) addEnd(out, ends[r]!);
          else this.seqInto(p, k + 1, ends[r]!, limit, out);
        }
      } else if (this.simple(a, t, i)) {
        if (last) addEnd(out, i + 1);
        else this.seqInto(p, k + 1, i + 1, limit, out);
      }
    }
  }
}

function addEnd(out: number[], e: number) {
  for (let q = 0; q < out.length; q++) if (out[q] === e) return;
  out.push(e);
}

/** Whether every required position has one of its words in the current sentence (see `requiredOf`). */
function allPresent(req: Int32Array, present: Uint32Array, stamp: number): boolean {
  for (let q = 0; q < req.length; q++) if (present[req[q]!] !== stamp) return false;
  return true;
}

const NONE: number[] = [];
const NONE_MATCHES: Match[] = [];

/** Short words a headline leaves in lower case; they do not count either way. */
const MINOR_WORDS = new Set(['yang', 'dan', 'dari', 'untuk', 'dengan', 'pada', 'atau', 'oleh', 'dalam', 'ini', 'itu', 'akan', 'juga', 'soal', 'usai', 'jadi', 'bagi', 'the', 'and', 'for', 'with', 'from', 'that', 'this',
  // Titles and places are capitalised in any sentence ("Wakil Sekretaris DPC", "Kepala Dinas").
  'wakil', 'sekretaris', 'kepala', 'ketua', 'bupati', 'gubernur', 'presiden', 'menteri', 'direktur', 'camat', 'lurah', 'dinas', 'kantor', 'kota', 'kabupaten', 'provinsi', 'desa', 'kecamatan', 'kelurahan', 'jalan', 'partai', 'calon', 'bapak', 'ibu', 'haji', 'kiai', 'kyai', 'gus', 'raja', 'sultan', 'badan', 'dewan', 'komisi', 'majelis', 'pulau', 'gunung', 'sungai', 'danau', 'taman', 'pasar', 'masjid', 'sekolah', 'rumah', 'sakit', 'umum', 'daerah', 'negeri', 'utara', 'selatan', 'timur', 'barat', 'tengah', 'raya', 'baru', 'lama']);

/**
 * Share of a sentence's ordinary words that start with a capital, or 0 when it has fewer than
 * four. Ordinary words are Indonesian root words and their derived forms, so names and places
 * (capitalised in any sentence) do not count; nor do the first word, hashtags, mentions, numbers
 * and all-capital acronyms.
 */
export function headlineShare(tokens: readonly Token[], sentence: number): number {
  return headlineShares(tokens)[sentence] ?? 0;
}

/** `headlineShare` of every sentence, in one pass. */
export function headlineShares(tokens: readonly Token[]): Float64Array {
  const last = tokens.length ? tokens[tokens.length - 1]!.sentence : -1;
  const words = new Int32Array(last + 1);
  const caps = new Int32Array(last + 1);
  let prevSentence = -1;
  for (const t of tokens) {
    const first = t.sentence !== prevSentence;
    prevSentence = t.sentence;
    if (first) continue;
    if (t.tag || t.mention || t.emoji || t.num || t.caps || t.text.length < 3 || MINOR_WORDS.has(t.text)) continue;
    if (!/^\p{L}+$/u.test(t.text) || !isRootWord(t.canon)) continue;
    words[t.sentence] = words[t.sentence]! + 1;
    if (t.cap) caps[t.sentence] = caps[t.sentence]! + 1;
  }
  const out = new Float64Array(last + 1);
  for (let s = 0; s <= last; s++) out[s] = words[s]! >= 4 ? caps[s]! / words[s]! : 0;
  return out;
}

/** Capitalised words that are not names of people. */
const NOT_NAMES = new Set(['indonesia', 'allah', 'tuhan', 'nkri', 'pemilu', 'pilkada', 'pilpres', 'pileg', 'presiden', 'bupati', 'gubernur', 'walikota', 'wali', 'kota', 'kabupaten', 'provinsi', 'desa', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember', 'kpu', 'bawaslu', 'asn', 'pns', 'pppk', 'the', 'and', 'tps', 'paslon', 'capres', 'cawapres', 'caleg', 'partai', 'nomor', 'dprd', 'dpr', 'dpd', 'ri']);

function isName(t: Token, prev: Token | undefined, extra?: ReadonlySet<string>): boolean {
  return t.cap && !t.caps && !t.tag && !t.mention && prev !== undefined && prev.sentence === t.sentence && t.text.length >= 3 && /^\p{L}+$/u.test(t.text) && !NOT_NAMES.has(t.canon) && !extra?.has(t.canon);
}

/** Among overlapping matches of one pattern set, keep the longest (then the earliest). */
function longestOnly(ms: Match[]): Match[] {
  if (ms.length < 2) return ms;
  const sorted = ms.slice().sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Tokens already covered by a kept match (a long draft can have hundreds of matches).
  const covered = new Set<number>();
  const kept: Match[] = [];
  for (const m of sorted) {
    let free = true;
    for (let i = m.start; i < m.end && free; i++) if (covered.has(i)) free = false;
    if (!free) continue;
    for (let i = m.start; i < m.end; i++) covered.add(i);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Same span and category from two rules: keep the stronger one. Sorted by position. */
function dedupe(fs: Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  for (const f of fs) {
    const key = `${f.start}:${f.end}:${f.category}`;
    const cur = best.get(key);
    if (!cur || SEVERITY_RANK[f.severity] > SEVERITY_RANK[cur.severity] || (f.severity === cur.severity && f.confidence > cur.confidence)) best.set(key, f);
  }
  return [...best.values()].sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}

/**
 * A removal that also takes the separator after the words ("Kepala Dinas, " or "Kepala Dinas "),
 * or the space before them at the end of a line, so no double space or stray comma is left.
 */
function removal(src: string, start: number, end: number) {
  let s = start;
  let e = end;
  if (src.startsWith(', ', e)) e += 2;
  else if (src[e] === ' ') e++;
  else if (src[s - 1] === ' ') s--;
  return { kind: 'remove' as const, start: s, end: e };
}
