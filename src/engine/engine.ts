/**
 * The neutrality engine: compiled rule packs in, `check(text) → Finding[]` out.
 * Pure TypeScript, no DOM, no network: the content script, extension pages, the CLI and the
 * tests all run this same code.
 */
import { SEVERITY_RANK, type Category, type Finding, type Severity } from './finding';
import { normalize } from './normalize';
import type { Atom, Pattern } from './pattern';
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
interface PatternRef {
  role: Role;
  owner: number; // rule index, or context index
  pattern: Pattern;
  /** Scratch: the last (check, token) this pattern was tried at. */
  seen?: number;
  /** For patterns that can start with a non-literal token: what that token must look like. */
  gate?: WildGate;
}
interface WildGate {
  res: RegExp[];
  prefixes: string[];
  name: boolean;
}

function passesGate(g: WildGate, t: Token, prev: Token | undefined, notNames: ReadonlySet<string>): boolean {
  for (const r of g.res) if (r.test(t.canon) || r.test(t.text)) return true;
  for (const p of g.prefixes) if (t.canon.startsWith(p) || t.text.startsWith(p)) return true;
  return g.name && isName(t, prev, notNames);
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

  // Index every pattern by the words that can start it, so a check only tries the patterns
  // whose first token is present (the nlcst-search idea, built once per pack set).
  const byKey = new Map<string, PatternRef[]>();
  const wild: PatternRef[] = [];
  const addRef = (ref: PatternRef) => {
    const keys = new Set<string>();
    const gate: WildGate = { res: [], prefixes: [], name: false };
    const visit = (p: Pattern, seen: Set<string>) => {
      for (const el of p) {
        if (el.k === 'gap') break;
        for (const a of el.alts) {
          if (a.k === 'w') keys.add('w:' + a.v);
          else if (a.k === 's') keys.add('s:' + a.v);
          else if (a.k === 'r') gate.res.push(re(a.v));
          else if (a.k === 'p') gate.prefixes.push(a.v);
          else if (a.k === 'n') gate.name = true;
          else if (a.k === 'm') {
            if (seen.has(a.v)) continue;
            const alts = macros[a.v];
            if (!alts) throw new Error(`unknown macro @${a.v}`);
            const next = new Set(seen).add(a.v);
            for (const mp of alts) visit(mp, next);
          }
        }
        if (!el.opt) break;
      }
    };
    visit(ref.pattern, new Set());
    // Patterns that can start with a regex, prefix or name get a cheap first-token test.
    if (gate.res.length || gate.prefixes.length || gate.name) ref.gate = gate;
    if (ref.gate) wild.push(ref);
    for (const k of keys) {
      let list = byKey.get(k);
      if (!list) byKey.set(k, (list = []));
      list.push(ref);
    }
  };

  compiled.rules.forEach((r, i) => {
    for (const p of r.patterns) addRef({ role: 'first', owner: i, pattern: p });
    for (const p of r.second) addRef({ role: 'second', owner: i, pattern: p });
    for (const p of r.unless) addRef({ role: 'unless', owner: i, pattern: p });
    for (const p of r.needs ?? []) addRef({ role: 'needs', owner: i, pattern: p });
  });
  const contextIndex = new Map(compiled.contexts.map((c, i) => [c.id, i]));
  compiled.contexts.forEach((c, i) => {
    for (const p of c.patterns) addRef({ role: 'context', owner: i, pattern: p });
  });
  for (const r of compiled.rules) {
    for (const c of r.contexts) if (!contextIndex.has(c)) throw new Error(`${r.id}: unknown context "${c}"`);
  }

  function analyse(text: string) {
    const src = text.length > MAX_CHECK_LENGTH ? text.slice(0, MAX_CHECK_LENGTH) : text;
    const norm = normalize(src);
    const tokens = expandEnglish(tokenize(norm, tokOpts));
    const stems = tokens.map((t) => (t.num || t.emoji ? t.canon : stem(t.canon)));
    // Sentence boundaries as token index ranges.
    const sentEnd = new Int32Array(tokens.length);
    for (let i = tokens.length - 1; i >= 0; i--) {
      const next = tokens[i + 1];
      sentEnd[i] = next && next.sentence === tokens[i]!.sentence ? sentEnd[i + 1]! : i + 1;
    }

    const scan = new Scan(tokens, stems, macros, re, notNames);
    const matches: Match[] = [];
    const stamp = ++stampCounter;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const limit = sentEnd[i]!;
      tryRefs(scan, wild, i, limit, stamp, matches, true);
      tryRefs(scan, byKey.get('w:' + t.canon), i, limit, stamp, matches, false);
      if (t.text !== t.canon) tryRefs(scan, byKey.get('w:' + t.text), i, limit, stamp, matches, false);
      tryRefs(scan, byKey.get('s:' + stems[i]), i, limit, stamp, matches, false);
    }
    return { src, norm, tokens, stems, matches };
  }

  function run(text: string, options: CheckOptions = {}) {
    const { src, norm, tokens, stems, matches } = analyse(text);
    const lang = options.lang ?? 'id';
    const only = options.only ? new Set(options.only) : null;
    const disabled = new Set(options.disabled ?? []);
    const active = (r: CompiledRule) => (!only || only.has(r.id)) && !disabled.has(r.id);

    const byOwner = new Map<string, Match[]>();
    for (const m of matches) {
      const key = m.ref.role + ':' + m.ref.owner;
      let l = byOwner.get(key);
      if (!l) byOwner.set(key, (l = []));
      l.push(m);
    }
    const get = (role: Role, owner: number) => byOwner.get(role + ':' + owner) ?? [];

    const silenced: Explanation['silenced'] = [];
    const titles = new Map<number, number>();
    const titleShare = (sentence: number): number => {
      let v = titles.get(sentence);
      if (v === undefined) titles.set(sentence, (v = headlineShare(tokens, sentence)));
      return v;
    };
    const findings: Finding[] = [];
    const sentOf = (m: Match) => tokens[m.start]!.sentence;

    const silencer = (r: CompiledRule, owner: number, sentence: number, startTok: number): string | null => {
      if (get('unless', owner).some((u) => sentOf(u) === sentence)) return 'unless';
      if (r.needs?.length && !get('needs', owner).some((u) => r.needsIn === 'draft' || sentOf(u) === sentence)) return 'needs';
      for (const c of r.contexts) {
        const ci = contextIndex.get(c)!;
        const ctx = compiled.contexts[ci]!;
        const hit = get('context', ci).some(
          (u) => ctx.scope === 'draft' || (sentOf(u) === sentence && (ctx.scope === 'sentence' || u.start <= startTok)),
        );
        if (hit || (ctx.titlecase !== undefined && titleShare(sentence) >= ctx.titlecase)) return c;
      }
      return null;
    };

    const emit = (r: CompiledRule, owner: number, a: number, b: number, sentence: number, anchor: number) => {
      const by = silencer(r, owner, sentence, anchor);
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
      if (r.kind === 'cooccurrence') {
        const seconds = longestOnly(get('second', owner));
        const pairs: Array<[number, number, number, number, number]> = [];
        for (const f of firsts) {
          let best: Match | null = null;
          let bestDist = Infinity;
          for (const s of seconds) {
            if (sentOf(s) !== sentOf(f)) continue;
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

/** Try each pattern once per start token; `seen` stamps keep a pattern from running twice. */
function tryRefs(scan: Scan, refs: PatternRef[] | undefined, i: number, limit: number, stamp: number, out: Match[], reset: boolean) {
  if (!refs) return;
  const mark = stamp * 1_000_000 + i;
  for (const ref of refs) {
    if (!reset && ref.seen === mark) continue;
    if (reset && !passesGate(ref.gate!, scan.token(i), scan.token(i - 1), scan.notNames)) continue;
    ref.seen = mark;
    const ends = scan.seq(ref.pattern, 0, i, limit);
    if (ends.length === 0) continue;
    let end = ends[0]!;
    for (const e of ends) if (e > end) end = e;
    if (end > i) out.push({ ref, start: i, end });
  }
}

/**
 * Matches patterns against one draft's tokens. A class, not closures, because a check creates
 * one per call and the hot path must not allocate functions.
 */
class Scan {
  private readonly memo = new Map<string, number[]>();
  constructor(
    private readonly tokens: Token[],
    private readonly stems: string[],
    private readonly macros: Record<string, Pattern[]>,
    private readonly re: (src: string) => RegExp,
    readonly notNames: ReadonlySet<string>,
  ) {}

  token(i: number): Token {
    return this.tokens[i]!;
  }

  atom(a: Atom, i: number, limit: number): number[] {
    const t = this.tokens[i];
    if (!t || i >= limit) return NONE;
    if (a.tag && !t.tag) return NONE;
    switch (a.k) {
      case 'w':
        if (a.caps && !t.caps) return NONE;
        return t.canon === a.v || t.text === a.v ? [i + 1] : NONE;
      case 's':
        return this.stems[i] === a.v || t.canon === a.v ? [i + 1] : NONE;
      case 'p':
        return t.canon.startsWith(a.v) || t.text.startsWith(a.v) ? [i + 1] : NONE;
      case 'r': {
        const r = this.re(a.v);
        return r.test(t.canon) || r.test(t.text) ? [i + 1] : NONE;
      }
      case 'n':
        return isName(t, this.tokens[i - 1], this.notNames) ? [i + 1] : NONE;
      case 'm': {
        const key = a.v + ':' + i + (a.tag ? '#' : '');
        const hit = this.memo.get(key);
        if (hit) return hit;
        const ends: number[] = [];
        for (const p of this.macros[a.v] ?? NO_PATTERNS) {
          for (const e of this.seq(p, 0, i, limit)) {
            // A hashtag-only macro use must stay inside one hashtag.
            if (a.tag && this.tokens[e - 1]!.tag !== t.tag) continue;
            if (!ends.includes(e)) ends.push(e);
          }
        }
        this.memo.set(key, ends);
        return ends;
      }
    }
  }

  /** Every token index where `p[k..]` can end when it starts at token `i`. */
  seq(p: Pattern, k: number, i: number, limit: number): number[] {
    if (k === p.length) return [i];
    const el = p[k]!;
    let out: number[] = NONE;
    if (el.k === 'gap') {
      for (let g = 0; g <= el.max && i + g <= limit; g++) out = union(out, this.seq(p, k + 1, i + g, limit));
      return out;
    }
    if (el.opt) out = union(out, this.seq(p, k + 1, i, limit));
    // Hashtag atoms that follow a hashtag atom stay inside the same hashtag: `#pilih #/x+/`.
    if (k > 0 && i > 0 && isTagElem(el) && isTagElem(p[k - 1]!)) {
      const t = this.tokens[i];
      if (!t || t.tag !== this.tokens[i - 1]!.tag) return out;
    }
    for (const a of el.alts) {
      const ends = this.atom(a, i, limit);
      for (const e of ends) out = union(out, this.seq(p, k + 1, e, limit));
    }
    return out;
  }
}

const NONE: number[] = [];
/** An element every alternative of which is hashtag-only. */
function isTagElem(el: Pattern[number]): boolean {
  return el.k === 'e' && el.alts.every((a) => a.tag === true);
}
const NO_PATTERNS: Pattern[] = [];
function union(a: number[], b: number[]): number[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out = a.slice();
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

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
  let words = 0;
  let caps = 0;
  let first = true;
  for (const t of tokens) {
    if (t.sentence !== sentence) {
      if (words > 0 || !first) break;
      continue;
    }
    if (first) {
      first = false;
      continue;
    }
    if (t.tag || t.mention || t.emoji || t.num || t.caps || t.text.length < 3 || MINOR_WORDS.has(t.text)) continue;
    if (!/^\p{L}+$/u.test(t.text) || !isRootWord(t.canon)) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 4 ? caps / words : 0;
}

/** Capitalised words that are not names of people. */
const NOT_NAMES = new Set(['indonesia', 'allah', 'tuhan', 'nkri', 'pemilu', 'pilkada', 'pilpres', 'pileg', 'presiden', 'bupati', 'gubernur', 'walikota', 'wali', 'kota', 'kabupaten', 'provinsi', 'desa', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember', 'kpu', 'bawaslu', 'asn', 'pns', 'pppk', 'the', 'and', 'tps', 'paslon', 'capres', 'cawapres', 'caleg', 'partai', 'nomor', 'dprd', 'dpr', 'dpd', 'ri']);

function isName(t: Token, prev: Token | undefined, extra?: ReadonlySet<string>): boolean {
  return t.cap && !t.caps && !t.tag && !t.mention && prev !== undefined && prev.sentence === t.sentence && t.text.length >= 3 && /^\p{L}+$/u.test(t.text) && !NOT_NAMES.has(t.canon) && !extra?.has(t.canon);
}

/** Among overlapping matches of one pattern set, keep the longest (then the earliest). */
function longestOnly(ms: Match[]): Match[] {
  const sorted = [...ms].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Match[] = [];
  for (const m of sorted) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
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
