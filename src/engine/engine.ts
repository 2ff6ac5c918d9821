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
  /** Key id of a word (`w:`) or stem (`s:`) atom, else -1: tokens are matched by number. */
  id: number;
  re: RegExp | null;
}
interface FastElem {
  gap: boolean;
  max: number;
  opt: boolean;
  /** Every alternative is hashtag-only. */
  tagOnly: boolean;
  /**
   * Key ids of the plain words and stems among the alternatives (not hashtag-only, not
   * all-caps), tested together: any of a token's keys in the set is a match. Null when the
   * position has fewer than four such words; they stay in `alts` then.
   */
  words: Set<number> | null;
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
  return wordPasses(g, t) || (g.name && isName(t, prev, notNames));
}

/** The gate's tests on the word itself: its regexes and prefixes. */
function wordPasses(g: WildGate, t: Token): boolean {
  for (const r of g.res) if (r.test(t.canon) || r.test(t.text)) return true;
  for (const p of g.prefixes) if (t.canon.startsWith(p) || t.text.startsWith(p)) return true;
  return false;
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
  /** The canonical word these keys are for (a token's canon nearly always follows from its text). */
  canon: string;
  stem: string;
  w: number;
  /** Key of the surface text when it differs from the canonical word, else -1. */
  tw: number;
  s: number;
  sw: number;
  /**
   * Per wild rule pattern (the first 31): bit set in `gk` once the word's gate tests are known,
   * and in `gv` when they pass.
   */
  gk: number;
  gv: number;
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

  // Every word and stem a pattern names gets a number (the words that can start a pattern first);
  // a token's words are looked up once per check, and the indexes and the matcher work on those
  // numbers.
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
  /** Per pattern: its list, or -1 for a rule's first patterns (run at once, not listed). */
  const refLazyList = Int32Array.from(refs, (r) => (r.role === 'first' ? -1 : r.list));
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
  const setsByHash = new Map<number, number[]>();
  const setKeys: number[][] = [];
  const setMembers: Array<Set<number>> = [];
  const setOf = (keys: Set<number>): number => {
    let h = keys.size;
    for (const k of keys) h = (h + Math.imul(k + 1, 0x9e3779b1)) | 0;
    let same = setsByHash.get(h);
    if (!same) setsByHash.set(h, (same = []));
    for (const id of same) {
      const other = setMembers[id]!;
      if (other.size !== keys.size) continue;
      let eq = true;
      for (const k of keys) if (!other.has(k)) eq = false;
      if (eq) return id;
    }
    const id = setKeys.length;
    same.push(id);
    setKeys.push([...keys]);
    setMembers.push(keys);
    return id;
  };
  /** Per position (by its atoms), the required set's number, or -1 when it has none. */
  const positionSet = new Map<string, number>();
  const requiredOf = (p: Pattern): Int32Array => {
    const req: number[] = [];
    // A pattern is only tried at a token that can start it, so a required first position is
    // already satisfied there: only later positions are worth testing.
    for (let e = p[0]?.k === 'e' && !p[0].opt ? 1 : 0; e < p.length; e++) {
      const el = p[e]!;
      if (el.k !== 'e' || el.opt) continue;
      const sig = el.alts.map((a) => a.k + ':' + a.v).join('|');
      let set = positionSet.get(sig);
      if (set === undefined) {
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
        set = ok && keys.size > 0 ? setOf(keys) : -1;
        positionSet.set(sig, set);
      }
      if (set >= 0 && !req.includes(set)) req.push(set);
    }
    return Int32Array.from(req);
  };
  const refReq = refs.map((r) => requiredOf(r.pattern));
  const macroReq = macroIndex.map((mi) => mi.pats.map(requiredOf));
  // The same key ids by bare word, so a check looks tokens up without building "w:…" strings.
  // Every word and stem any pattern names gets a key id too, so the matcher compares numbers.
  const allAtoms = (p: Pattern) => {
    for (const el of p) if (el.k === 'e') for (const a of el.alts) if (a.k === 'w' || a.k === 's') keyId((a.k === 'w' ? 'w:' : 's:') + a.v);
  };
  for (const r of refs) allAtoms(r.pattern);
  for (const mi of macroIndex) mi.pats.forEach(allAtoms);
  const wordIds = new Map<string, number>();
  const stemIds = new Map<string, number>();
  for (const [k, id] of keyIds) (k.startsWith('w:') ? wordIds : stemIds).set(k.slice(2), id);
  /**
   * Which required sets each sentence of a check satisfies: one row of bits per sentence
   * (`setWords` 32-bit words a row), reused from check to check.
   */
  const setWords = (setKeys.length + 31) >>> 5;
  let bits = new Uint32Array(64 * setWords);
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
  /** How much of each list's array holds this check's pairs (the arrays never shrink). */
  const pendingLen = new Int32Array(listRefs.length);
  // (1) What a word means to the index, computed once per distinct word.
  // Keyed by the surface text: one lookup per token gives everything.
  const wordMemo = new Map<string, WordKeys>();
  const wordKeys = (text: string, w: string): WordKeys => {
    let k = wordMemo.get(text);
    if (k === undefined || k.canon !== w) {
      const st = stem(w);
      k = { canon: w, stem: st, w: wordIds.get(w) ?? -1, tw: text !== w ? (wordIds.get(text) ?? -1) : -1, s: stemIds.get(st) ?? -1, sw: st !== w ? (stemIds.get(w) ?? -1) : -1, gk: 0, gv: 0 };
      if (wordMemo.size > 20_000) wordMemo.clear();
      wordMemo.set(text, k);
    }
    return k;
  };
  // The matcher's own copy of every pattern, in one object shape per kind (see `FastElem`).
  const fast = (p: Pattern): FastPattern =>
    p.map((el): FastElem => {
      if (el.k === 'gap') return { gap: true, max: el.max, opt: false, tagOnly: false, words: null, alts: [] };
      let alts = el.alts.map(
        (a): FastAtom => ({
          k: ATOM_KIND[a.k],
          v: a.v,
          tag: a.tag === true,
          caps: a.k === 'w' && a.caps === true,
          mid: a.k === 'm' ? (macroId.get(a.v) ?? -1) : -1,
          id: a.k === 'w' || a.k === 's' ? keyIds.get((a.k === 'w' ? 'w:' : 's:') + a.v)! : -1,
          re: a.k === 'r' ? re(a.v) : null,
        }),
      );
      const plain = (a: FastAtom) => (a.k === AK.W || a.k === AK.S) && !a.tag && !a.caps;
      let words: Set<number> | null = null;
      if (alts.filter(plain).length >= 4) {
        words = new Set(alts.filter(plain).map((a) => a.id));
        alts = alts.filter((a) => !plain(a));
      }
      return { gap: false, max: 0, opt: el.opt === true, tagOnly: el.alts.every((a) => a.tag === true), words, alts };
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
    const wks = new Array<WordKeys>(n);
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      // Numbers and hand signs are their own stems (the stemmer leaves them alone).
      const wk = (wks[i] = wordKeys(t.text, t.canon));
      stems[i] = wk.stem;
      keys[i * 4] = wk.w;
      keys[i * 4 + 1] = wk.tw;
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
    // Sentence numbers from 0, and the required sets each sentence has words of.
    const sentNo = new Int32Array(n);
    let nSent = 0;
    for (let i = 0; i < n; i++) sentNo[i] = sentStart[i] === i ? nSent++ : sentNo[i - 1]!;
    if (bits.length < nSent * setWords) bits = new Uint32Array(Math.max(nSent * setWords, bits.length * 2));
    else bits.fill(0, 0, nSent * setWords);
    for (let i = 0; i < n; i++) {
      const row = sentNo[i]! * setWords;
      for (let j = i * 4; j < i * 4 + 4; j++) {
        const k = keys[j]!;
        if (k < 0) continue;
        const sets = keySetLists[k];
        if (sets === undefined) continue;
        for (let q = 0; q < sets.length; q++) {
          const set = sets[q]!;
          const w = row + (set >>> 5);
          bits[w] = bits[w]! | (1 << (set & 31));
        }
      }
    }
    const sentBase = sentenceStamp + 1;
    sentenceStamp += nSent + 1;
    const scan = new Scan(tokens, keys, sentNo, sentBase, setWords, macroIndex, macroReq, bits, stamp, notNames, memo);
    const firsts: Match[] = [];
    // Per pattern list: (pattern id, token) pairs where a later search may start. The arrays
    // live as long as the engine; a list's stamp says whether it holds this check's pairs.
    const pending = pendingLists;
    /** Whether pattern `id` has its required words in the current sentence (tested once per sentence). */
    const reqOk = (id: number): boolean => {
      const rq = refReq[id]!;
      if (rq.length === 0) return true;
      const ss = scan.sstamp;
      if (refOkStamp[id] !== ss) {
        refOkStamp[id] = ss;
        refOk[id] = allPresent(rq, bits, scan.row) ? 1 : 0;
      }
      return refOk[id] === 1;
    };
    const consider = (id: number, i: number, limit: number) => {
      const mark = stamp * 1_000_000 + i;
      if (refSeen[id] === mark) return;
      refSeen[id] = mark;
      const list = refLazyList[id]!;
      if (list < 0) {
        if (!reqOk(id)) return;
        const ref = refs[id]!;
        const end = scan.longest(ref.fast, i, limit);
        if (end > i) firsts.push({ ref, start: i, end });
      } else {
        // Searched later, and only if a finding asks; its required words are tested then.
        let len = 0;
        if (pendingStamp[list] === stamp) len = pendingLen[list]!;
        else pendingStamp[list] = stamp;
        const l = pending[list]!;
        l[len] = id;
        l[len + 1] = i;
        pendingLen[list] = len + 2;
      }
    };
    for (let i = 0; i < n; i++) {
      const limit = sentEnd[i]!;
      if (sentStart[i] === i) scan.enter(i);
      for (let j = 0; j < 4; j++) {
        const k = keys[i * 4 + j]!;
        if (k < 0) continue;
        const l = refsTable[k];
        if (l !== undefined) for (let q = 0; q < l.length; q++) consider(l[q]!, i, limit);
      }
      // Patterns that can start with any word of some shape: the word tests are remembered per
      // word (a regex per token per pattern adds up), the name test depends on the token.
      if (wildRefs.length > 0) {
        const t = tokens[i]!;
        const wk = wks[i]!;
        for (let w = 0; w < wildRefs.length; w++) {
          const id = wildRefs[w]!;
          const g = refs[id]!.gate!;
          if (g.tagOnly && !t.tag) continue;
          let ok: boolean;
          if (w < 31) {
            const bit = 1 << w;
            if ((wk.gk & bit) === 0) {
              wk.gk |= bit;
              if (wordPasses(g, t)) wk.gv |= bit;
            }
            ok = (wk.gv & bit) !== 0;
          } else ok = wordPasses(g, t);
          if (ok || (g.name && isName(t, tokens[i - 1], notNames))) consider(id, i, limit);
        }
      }
    }
    // Lazily searched lists run only where a finding needs them: in one sentence, and for
    // exceptions only until the first hit. Pairs are in token order, so a sentence's pairs are
    // found by binary search and the first hit is the earliest.
    const pairsOf = (list: number): number[] | null => (pendingStamp[list] === stamp ? pending[list]! : null);
    /** Index of the first pair starting at or after token `from`. */
    const firstPair = (l: number[], len: number, from: number): number => {
      let lo = 0;
      let hi = len / 2;
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
      const len = pendingLen[list]!;
      const end = sentEnd[tok]!;
      const from = firstPair(l, len, sentStart[tok]!);
      if (from < len && l[from + 1]! < end) scan.enter(tok);
      for (let q = from; q < len && l[q + 1]! < end; q += 2) {
        const ref = refs[l[q]!]!;
        const i = l[q + 1]!;
        if (!reqOk(ref.id)) continue;
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
      const len = pendingLen[list]!;
      for (let q = 0; q < len; q += 2) {
        const i = l[q + 1]!;
        scan.enter(i);
        if (reqOk(l[q]!) && scan.longest(refs[l[q]!]!.fast, i, sentEnd[i]!) > i) return true;
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
    // All matches of a list in a sentence, and (when only those were asked for) its first one:
    // a caller asking for the first only reads `length` and the first match's start.
    const allCache = new Map<number, Match[]>();
    const firstCache = new Map<number, Match[]>();
    const inSentence = (list: number, tok: number, firstOnly: boolean): Match[] => {
      const key = list * (tokens.length + 1) + sentStart[tok]!;
      let m = allCache.get(key);
      if (m !== undefined) return m;
      if (firstOnly) {
        m = firstCache.get(key);
        if (m === undefined) firstCache.set(key, (m = searchSentence(list, tok, true)));
      } else allCache.set(key, (m = searchSentence(list, tok, false)));
      return m;
    };
    const anyCache = new Map<number, boolean>();
    const inDraft = (list: number): boolean => {
      let v = anyCache.get(list);
      if (v === undefined) anyCache.set(list, (v = searchAny(list)));
      return v;
    };

    const silenced: Explanation['silenced'] = [];
    // Headline shares, computed for a sentence when a finding there first asks (NaN: not yet).
    let titles: Float64Array | null = null;
    const titleShare = (tok: number): number => {
      titles ??= new Float64Array(tokens.length).fill(NaN);
      const from = sentStart[tok]!;
      let v = titles[from]!;
      if (v !== v) {
        let to = from;
        while (to < tokens.length && tokens[to]!.sentence === tokens[from]!.sentence) to++;
        titles[from] = v = headlineShareIn(tokens, from, to);
      }
      return v;
    };
    const findings: Finding[] = [];
    const sentOf = (m: Match) => tokens[m.start]!.sentence;

    /** Why a candidate finding is silenced, or null. `tok` is a token of its sentence. */
    const silencer = (r: CompiledRule, owner: number, startTok: number, tok: number): string | null => {
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
        if (hit || (ctx.titlecase !== undefined && titleShare(tok) >= ctx.titlecase)) return r.contexts[q]!;
      }
      return null;
    };

    const emit = (r: CompiledRule, owner: number, a: number, b: number, anchor: number) => {
      const by = silencer(r, owner, anchor, a);
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
        // [start, end, anchor, distance] in tokens
        const pairs: Array<[number, number, number, number]> = [];
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
          pairs.push([a, b, Math.max(f.start, best.start), bestDist]);
        }
        // "dukung Ganjar sampai menang" pairs twice around one name: report the words once.
        pairs.sort((x, y) => x[3] - y[3] || x[0] - y[0]);
        const taken: Array<[number, number]> = [];
        for (const [a, b, anchor] of pairs) {
          if (taken.some(([x, y]) => a < y && x < b)) continue;
          taken.push([a, b]);
          emit(r, owner, a, b, anchor);
        }
      } else {
        for (const f of firsts) emit(r, owner, f.start, f.end, f.start);
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
    /** Four index key ids per token (-1: none), see `analyse`. */
    private readonly keys: Int32Array,
    /** Per token: its sentence's number in this check. */
    private readonly sentNo: Int32Array,
    /** Stamp of sentence 0 (sentence k has `sentBase + k`). */
    private readonly sentBase: number,
    private readonly setWords: number,
    private readonly macros: MacroIndex[],
    private readonly macroReq: Int32Array[][],
    /** Per sentence, the required-word sets it has words of (see `analyse`). */
    private readonly bits: Uint32Array,
    private readonly stamp: number,
    readonly notNames: ReadonlySet<string>,
    private readonly memo: MacroMemo,
  ) {}

  /** Stamp of the current sentence (unique across checks). */
  sstamp = 0;
  /** Offset of the current sentence's row in `bits`. */
  row = 0;

  /** Makes token `i`'s sentence the current one: required-word tests answer for it. */
  enter(i: number): void {
    const k = this.sentNo[i]!;
    this.sstamp = this.sentBase + k;
    this.row = k * this.setWords;
  }

  /** The furthest token index where `p` can end when it starts at token `i`, or -1. */
  longest(p: FastPattern, i: number, limit: number): number {
    const ends = this.scratch;
    if (ends.length !== 0) ends.length = 0;
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
        return this.keys[i * 4] === a.id || this.keys[i * 4 + 1] === a.id;
      case AK.S:
        return this.keys[i * 4 + 2] === a.id || this.keys[i * 4 + 3] === a.id;
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
    if (ends.length !== 0) ends.length = 0;
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
    const rq = req[idx]!;
    if (rq.length === 0) return true;
    if (mi.okStamp[idx] !== this.sstamp) {
      mi.okStamp[idx] = this.sstamp;
      mi.ok[idx] = allPresent(rq, this.bits, this.row) ? 1 : 0;
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
    const words = el.words;
    if (words !== null) {
      const b = i * 4;
      const ks = this.keys;
      if (words.has(ks[b]!) || words.has(ks[b + 1]!) || words.has(ks[b + 2]!) || words.has(ks[b + 3]!)) {
        if (last) addEnd(out, i + 1);
        else this.seqInto(p, k + 1, i + 1, limit, out);
      }
    }
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

/** Whether every required position has one of its words in the sentence at `row` (see `requiredOf`). */
function allPresent(req: Int32Array, bits: Uint32Array, row: number): boolean {
  for (let q = 0; q < req.length; q++) {
    const s = req[q]!;
    if ((bits[row + (s >>> 5)]! & (1 << (s & 31))) === 0) return false;
  }
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
  let from = 0;
  while (from < tokens.length && tokens[from]!.sentence !== sentence) from++;
  let to = from;
  while (to < tokens.length && tokens[to]!.sentence === sentence) to++;
  return headlineShareIn(tokens, from, to);
}

/** `headlineShare` of the sentence made of tokens `from` to `to` (exclusive). */
function headlineShareIn(tokens: readonly Token[], from: number, to: number): number {
  let words = 0;
  let caps = 0;
  // The first word is capitalised in any sentence.
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i]!;
    if (t.tag || t.mention || t.emoji || t.num || t.caps || t.text.length < 3 || MINOR_WORDS.has(t.text)) continue;
    if (!isLetters(t.text) || !isRootWord(t.canon)) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 4 ? caps / words : 0;
}

/** Only letters (the text is lower case; other scripts through the slower Unicode test). */
function isLetters(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) continue;
    return /^\p{L}+$/u.test(w);
  }
  return w.length > 0;
}

/** Capitalised words that are not names of people. */
const NOT_NAMES = new Set(['indonesia', 'allah', 'tuhan', 'nkri', 'pemilu', 'pilkada', 'pilpres', 'pileg', 'presiden', 'bupati', 'gubernur', 'walikota', 'wali', 'kota', 'kabupaten', 'provinsi', 'desa', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember', 'kpu', 'bawaslu', 'asn', 'pns', 'pppk', 'the', 'and', 'tps', 'paslon', 'capres', 'cawapres', 'caleg', 'partai', 'nomor', 'dprd', 'dpr', 'dpd', 'ri']);

function isName(t: Token, prev: Token | undefined, extra?: ReadonlySet<string>): boolean {
  return t.cap && !t.caps && !t.tag && !t.mention && prev !== undefined && prev.sentence === t.sentence && t.text.length >= 3 && isLetters(t.text) && !NOT_NAMES.has(t.canon) && !extra?.has(t.canon);
}

/** Among overlapping matches of one pattern set, keep the longest (then the earliest). */
function longestOnly(ms: Match[]): Match[] {
  if (ms.length < 2) return ms;
  // Usually nothing overlaps (the matches come in order of their start): nothing to choose.
  let overlap = false;
  for (let q = 1; q < ms.length && !overlap; q++) if (ms[q]!.start < ms[q - 1]!.end || ms[q]!.start < ms[q - 1]!.start) overlap = true;
  if (!overlap) return ms;
  const sorted = ms.slice().sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
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
  return kept.length > 1 ? kept.sort((a, b) => a.start - b.start) : kept;
}
let coveredAt = new Uint32Array(256);
let coveredStamp = 0;

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
