/**
 * The stance layer: a draft takes a side when the writer evaluates a political target — praises,
 * defends, attacks, predicts or wishes a win or a loss, cheers. Signals are the evaluation words
 * (`kind: signal` cues, built from language knowledge: `rules/packs/penilaian/`); targets come
 * from `targets.ts`. A `stance` rule pairs the signal classes it lists with the target kinds it
 * lists, in one clause (or one sentence), the nearest first. A signal in a clause with no target
 * but a pronoun ("dia", "beliau"), or right after a clause that is nothing but a name ("Ganjar
 * Mahfud, pelopor …"), is about the target named just before.
 */
import type { CheckRun } from './check-run';
import { longestOnly, type Candidate } from './rule-kinds';
import type { CompiledRule, StanceSpec } from './rules';
import type { Target } from './targets';
import { sortedSmall } from './sort-small';

export interface Signal {
  start: number;
  end: number;
  cls: string;
  /** The cue that found it (`pack.file`). */
  cue: string;
}

const FAVOUR = new Set(['praise', 'win', 'wish', 'support']);
const AGAINST = new Set(['attack', 'loss', 'fear', 'mock']);

/**
 * Every signal cue's matches, in token order: a signal inside a longer one is part of it ("wins"
 * inside "if Anies wins, … makin parah" is a fear, not a cheer), and overlapping signals of one
 * class are one ("the only candidate" + "actually understands").
 */
export function signalsOf(run: CheckRun): Signal[] {
  const raw: Signal[] = [];
  const cues = run.index.compiledCues;
  for (let q = 0; q < cues.length; q++) {
    const cue = cues[q]!;
    if (cue.kind !== 'signal') continue;
    for (const m of longestOnly(run.get('cue', q))) raw.push({ start: m.start, end: m.end, cls: cue.cls, cue: cue.id });
  }
  const kept = raw.filter(notOverruled(raw));
  sortedSmall(kept, (a, b) => a.start - b.start || b.end - a.end);
  const out: Signal[] = [];
  // The last signal kept of each class (a handful of classes), which a later overlapping one of
  // its class extends.
  const lastOf: Signal[] = [];
  for (const x of kept) {
    let c = 0;
    while (c < lastOf.length && lastOf[c]!.cls !== x.cls) c++;
    const last = lastOf[c];
    if (last && x.start < last.end) last.end = Math.max(last.end, x.end);
    else {
      // Made by this call, so kept signals are extended in place rather than copied.
      out.push(x);
      lastOf[c] = x;
    }
  }
  return out;
}

/**
 * Whether a raw signal stands: a 'politik' signal always; another unless it lies inside a longer
 * signal, or a judgement that starts earlier and overlaps decides the reading: "tidak layak"
 * (attack) over "layak jadi presiden" (praise), "belum siap" over the "jadi wapres" right after it
 * — the negation scopes over what follows it. Either way the other signal starts at or before this
 * one and reaches it, so only those are compared (by start, with the furthest end so far: a long
 * draft has hundreds of signals).
 */
function notOverruled(raw: readonly Signal[]): (x: Signal) => boolean {
  const inside = (x: Signal, y: Signal) => x !== y && y.start <= x.start && x.end <= y.end && y.end - y.start > x.end - x.start;
  const negatedBy = (x: Signal, y: Signal) => FAVOUR.has(x.cls) && AGAINST.has(y.cls) && y.start < x.start && x.start <= y.end;
  const byStart = sortedSmall(raw.filter((y) => y.cls !== 'politik'), (a, b) => a.start - b.start);
  // A plain array: a few numbers, where a typed array's own buffer would cost more.
  const reach: number[] = [];
  for (let q = 0; q < byStart.length; q++) reach.push(Math.max(q > 0 ? reach[q - 1]! : -1, byStart[q]!.end));
  return (x) => {
    if (x.cls === 'politik') return true;
    // The signals that start at or before x, the latest first, while one of them can reach it.
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid]!.start <= x.start) lo = mid + 1;
      else hi = mid;
    }
    for (let q = lo - 1; q >= 0 && reach[q]! >= x.start; q--) {
      const y = byStart[q]!;
      if (inside(x, y) || negatedBy(x, y)) return false;
    }
    return true;
  };
}

/** The next elections' years: a name right before one, closing its sentence, is a cheer. */
const NEXT_ELECTION = /^20(29|34)$/;

/**
 * "Prabowo 2029!", "Kang Dedi Mulyadi 2029": a name and the next election's year, and nothing
 * after them in the sentence, is a candidacy cheered. With words after it the year is as often a
 * programme's deadline ("Prabowo 2029 swasembada"); the cue `penilaian.pencalonan` reads those.
 * Returns `signals` with the cheers added, in order.
 */
export function withYearCheers(signals: Signal[], targets: readonly Target[], tokens: readonly { canon: string }[], sentEnd: Int32Array): Signal[] {
  let added: Signal[] | null = null;
  for (const t of targets) {
    const y = t.end;
    if (y >= tokens.length || sentEnd[y] !== y + 1 || sentEnd[t.start] !== y + 1 || !NEXT_ELECTION.test(tokens[y]!.canon)) continue;
    (added ??= []).push({ start: y, end: y + 1, cls: 'candidacy', cue: 'penilaian.pencalonan' });
  }
  if (!added) return signals;
  return [...signals, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

export interface StanceContext {
  targets: readonly Target[];
  signals: readonly Signal[];
  clauses: Int32Array;
  /** Per token, whether it points back to someone named before ("dia", "beliau"). */
  pronoun: (tok: number) => boolean;
  /** Token `tok` is an attribute said with "-nya" ("programnya", "kerjanya"): it is the named one's. */
  possessed: (tok: number) => boolean;
  /** The draft is about politics: weak targets (shared first names, bare numbers) count. */
  political: boolean;
  sentenceOf: (tok: number) => number;
  /** The draft is nothing but hashtags (and a year or a number): "#GanjarMahfud", "#PrabowoGibran 2024". */
  tagsOnly: boolean;
  /** How many tokens open the draft as mentions (after a reply header): the accounts a reply addresses. */
  addressed: number;
  /** Token `tok` names whom the writer speaks to ("ibu", "you"). */
  secondPerson: (tok: number) => boolean;
  /** The sentence of token `tok` is a question. */
  asked: (tok: number) => boolean;
}

export interface StanceCandidate extends Candidate {
  target: Target;
  signal?: Signal;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const gapBetween = (a: { start: number; end: number }, b: { start: number; end: number }) => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);

export function stanceCandidates(r: CompiledRule, ctx: StanceContext): StanceCandidate[] {
  // Most drafts name no target: every stance rule is done before it starts.
  if (ctx.targets.length === 0) return [];
  const spec = r.stance!;
  const { kinds, classes } = setsOf(spec);
  // Most stance rules of a draft find none of their signal classes: nothing to pair.
  if (classes.size > 0 && !ctx.signals.some((s) => classes.has(s.cls))) return [];
  // A weak target (a shared first name, a name misspelt by a letter, a bare number) counts in a
  // draft about politics, or when it is a person evaluated in its own clause, or a number cheered.
  // A fear put as someone's win ("Kalo Pak Burhan menang, siap-siap proyek dibagi …") makes its
  // winner a candidate: the construction names the race.
  const cheering = classes.has('win') || classes.has('loyal') || classes.has('support');
  const feared = (t: Target) => classes.has('fear') && ctx.signals.some((s) => s.cls === 'fear' && s.start <= t.start && t.end <= s.end);
  const targets = ctx.targets.filter((t) => kinds.has(t.kind) && (!t.weak || ctx.political || (classes.size > 0 && (t.kind === 'person' || (t.kind === 'number' && cheering))) || feared(t)));
  if (targets.length === 0) return [];
  // A rule of targets alone (campaign hashtags): a weak one (#PrabowoGibran, names only) tags
  // news as often as it cheers, so it counts beside an evaluation somewhere in the draft, or
  // when the draft is nothing but tags.
  const evaluated = ctx.tagsOnly || ctx.signals.some((s) => s.cls !== 'politik');
  if (classes.size === 0) return targets.filter((t) => !t.weak || evaluated).map((t) => ({ a: t.start, b: t.end, anchor: t.start, parts: [[t.start, t.end]], target: t, candidate: t.candidate }));
  // A target's own words are not its evaluation, except in a candidate known by context, whose
  // span reaches across the words between name and office: "Bu Khofifah [harus maju] capres".
  // A candidate described by their race or past is words of description only ("yg nyalon bupati").
  const swallows = (t: Target, s: Signal) => overlaps(s, t) && t.end - t.start >= s.end - s.start && (t.kind !== 'candidate' || t.described === true || s.cls === 'politik');
  const swallowed = anyOverlapping(targets, swallows);
  const signals = ctx.signals.filter((s) => classes.has(s.cls) && !swallowed(s));
  const out: StanceCandidate[] = [];
  const usedSignals = new Set<Signal>();
  const usedTargets = new Set<Target>();
  const together = (t: Target, s: Signal) => {
    if (overlaps(t, s)) return true;
    if (ctx.sentenceOf(t.start) !== ctx.sentenceOf(s.start)) return false;
    if (spec.scope === 'clause' && !sameClause(ctx.clauses, t, s)) return false;
    if (spec.signalFirst && s.end > t.start) return false;
    return spec.gap < 0 || gapBetween(t, s) <= spec.gap;
  };
  for (const t of targets) {
    let best: Signal | null = null;
    // Each signal lies inside one sentence, and they come in token order: only those from the
    // target's sentence up to the first one past both the target and its sentence can go with it.
    const st = ctx.sentenceOf(t.start);
    for (let q = firstInSentence(ctx, signals, st); q < signals.length; q++) {
      const s = signals[q]!;
      if (s.start >= t.end && ctx.sentenceOf(s.start) !== st) break;
      if (usedSignals.has(s) || !together(t, s)) continue;
      if (!best || gapBetween(t, s) < gapBetween(t, best)) best = s;
    }
    if (!best) continue;
    usedSignals.add(best);
    usedTargets.add(t);
    out.push(pairOf(t, best));
  }
  // A signal about someone named just before: "Pak Ganjar datang ke desa kami. Beliau sangat
  // merakyat." — or a clause that is nothing but the signal: "Bu Khofifah datang, lanjutkan!"
  for (const s of spec.signalFirst ? [] : signals) {
    if (usedSignals.has(s)) continue;
    // A reply opened by a figure's handle speaks to them in its first sentence: "@ganjarpranowo
    // siap pak, kami tetap di barisan".
    const addressee = addresseeOf(ctx, s, targets);
    if (addressee && !usedTargets.has(addressee)) {
      usedTargets.add(addressee);
      usedSignals.add(s);
      out.push(pairOf(addressee, s));
      continue;
    }
    const named = appositionOf(ctx, s, targets);
    const chant = CHANTS.has(s.cls) && chantSentence(ctx, s);
    // An evaluation that opens with an attribute of someone's ("…, tapi programnya paling masuk
    // akal") judges whoever its sentence named before it.
    const p = named ? s.start : pronounBefore(ctx, s) >= 0 ? pronounBefore(ctx, s) : bareClause(ctx, s) || chant || ctx.possessed(s.start) ? s.start : -1;
    // A bare cheer reaches back a sentence only when it is the whole sentence and the sentence
    // before ends with the name: "… itulah Mas Pram. Negarawan." A chant for a next term or a
    // win reaches anyone the sentence before names: "Pak Anas meresmikan jembatan. Lanjut dua
    // periode!" — no one chants a second term for a bridge.
    const reaches = (x: Target) =>
      p !== s.start
        ? ctx.sentenceOf(p) - ctx.sentenceOf(x.start) <= 1
        : ctx.sentenceOf(p) === ctx.sentenceOf(x.start) || (x.end === s.start && wholeSentence(ctx, s)) || (chant && ctx.sentenceOf(p) - ctx.sentenceOf(x.start) === 1);
    const t = p < 0 ? undefined : named ?? lastTarget(targets, (x) => x.end <= p && reaches(x));
    if (!t) {
      const topic = topicAsked(ctx, s, targets);
      // The question's own words may have paired with the name ("jadi wapres"): the answer still judges it.
      if (topic) {
        usedTargets.add(topic);
        usedSignals.add(s);
        out.push(pairOf(topic, s));
      }
      continue;
    }
    // A name a question paired with its own words is still the one the answer judges.
    if (usedTargets.has(t) && !ctx.asked(t.start)) continue;
    usedTargets.add(t);
    usedSignals.add(s);
    if (named) {
      out.push(pairOf(t, s));
      continue;
    }
    // A bare clause's target is a part of the finding too, so what explains the target explains
    // the cheer: "Pilih menu nomor 2 …, mantap" (a menu's number).
    const parts: Array<[number, number]> = p === s.start ? [[t.start, t.end], [s.start, s.end]] : [[p, p + 1], [s.start, s.end]];
    out.push({ a: Math.min(p, s.start), b: Math.max(p + 1, s.end), anchor: s.start, parts, target: t, signal: s, candidate: t.candidate });
  }
  return out;
}

/**
 * Whether some target overlapping a signal passes `test`, for targets in order of their start:
 * only those starting before the signal ends, back to where none reaches its start, are asked (a
 * long draft has hundreds of each).
 */
function anyOverlapping(targets: readonly Target[], test: (t: Target, s: Signal) => boolean): (s: Signal) => boolean {
  const reach: number[] = [];
  for (let q = 0; q < targets.length; q++) reach.push(Math.max(q > 0 ? reach[q - 1]! : -1, targets[q]!.end));
  return (s) => {
    let lo = 0;
    let hi = targets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (targets[mid]!.start < s.end) lo = mid + 1;
      else hi = mid;
    }
    for (let q = lo - 1; q >= 0 && reach[q]! > s.start; q--) if (test(targets[q]!, s)) return true;
    return false;
  };
}

/** The first of `signals` (in token order) whose start is in sentence `k` or later. */
function firstInSentence(ctx: StanceContext, signals: readonly Signal[], k: number): number {
  let lo = 0;
  let hi = signals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.sentenceOf(signals[mid]!.start) < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last of `targets` that passes `test`, without copying the list per signal. */
function lastTarget(targets: readonly Target[], test: (t: Target) => boolean): Target | undefined {
  for (let q = targets.length - 1; q >= 0; q--) if (test(targets[q]!)) return targets[q];
  return undefined;
}

/** A stance rule's target kinds and signal classes as sets, made once per rule (every check asks). */
function setsOf(spec: StanceSpec): { kinds: ReadonlySet<string>; classes: ReadonlySet<string> } {
  let sets = specSets.get(spec);
  if (sets === undefined) specSets.set(spec, (sets = { kinds: new Set(spec.targets), classes: new Set(spec.signals) }));
  return sets;
}
const specSets = new WeakMap<StanceSpec, { kinds: ReadonlySet<string>; classes: ReadonlySet<string> }>();

/**
 * The account a reply speaks to, when the signal is about it: in the reply's first sentence
 * ("@ganjarpranowo siap pak, …"), in the first sentence after a header that stands alone
 * ("Replying to @aniesbaswedan ⏎ Abah kalau bicara selalu pakai data"), or in a clause that says
 * "you" ("… kalau ibu maju lagi, saya pasti coblos ibu lagi").
 */
function addresseeOf(ctx: StanceContext, s: Signal, targets: readonly Target[]): Target | undefined {
  if (ctx.addressed === 0) return undefined;
  const t = targets.find((x) => x.end <= ctx.addressed);
  if (!t) return undefined;
  const k = ctx.sentenceOf(s.start);
  const header = ctx.sentenceOf(t.start);
  if (k === header) return t;
  const alone = ctx.addressed < ctx.clauses.length && ctx.sentenceOf(ctx.addressed) !== header;
  if (alone && k === header + 1) return t;
  const clause = ctx.clauses[s.start]!;
  for (let i = s.start - 1; i >= ctx.addressed && ctx.clauses[i] === clause; i--) if (ctx.secondPerson(i)) return t;
  for (let i = s.end; i < ctx.clauses.length && ctx.clauses[i] === clause; i++) if (ctx.secondPerson(i)) return t;
  return undefined;
}

/** Target and signal in one clause: a clause boundary between them (or inside a long name) splits them. */
function sameClause(clauses: Int32Array, t: Target, s: Signal): boolean {
  const ct = t.start < s.start ? clauses[t.end - 1]! : clauses[t.start]!;
  const cs = t.start < s.start ? clauses[s.start]! : clauses[s.end - 1]!;
  return ct === cs;
}

function pairOf(t: Target, s: Signal): StanceCandidate {
  return { a: Math.min(t.start, s.start), b: Math.max(t.end, s.end), anchor: Math.max(t.start, s.start), parts: [[t.start, t.end], [s.start, s.end]], target: t, signal: s, candidate: t.candidate };
}

/** The signal is its sentence, all of it ("Negarawan."). */
function wholeSentence(ctx: StanceContext, s: Signal): boolean {
  const k = ctx.sentenceOf(s.start);
  return (s.start === 0 || ctx.sentenceOf(s.start - 1) !== k) && (s.end >= ctx.clauses.length || ctx.sentenceOf(s.end) !== k);
}

/** Signal classes a sentence of their own chants for someone: a next term, a win. */
const CHANTS = new Set(['candidacy', 'win']);

/** The signal's sentence holds at most two words besides it: "Lanjut dua periode!", "2029 lanjut, Pak!". */
function chantSentence(ctx: StanceContext, s: Signal): boolean {
  const k = ctx.sentenceOf(s.start);
  let n = 0;
  for (let i = s.start - 1; i >= 0 && ctx.sentenceOf(i) === k; i--) if (++n > 2) return false;
  for (let i = s.end; i < ctx.clauses.length && ctx.sentenceOf(i) === k; i++) if (++n > 2) return false;
  return true;
}

/** The signal's clause holds nothing else but an address ("lanjutkan, Pak!", "mantap!"). */
function bareClause(ctx: StanceContext, s: Signal): boolean {
  const clause = ctx.clauses[s.start]!;
  if (s.start === 0 || ctx.clauses[s.start - 1] === clause) return false;
  // The clause's tokens are one run from the signal's start: count those after the signal.
  let n = 0;
  for (let i = s.end; i < ctx.clauses.length && ctx.clauses[i] === clause; i++) n++;
  return n <= 1;
}

/**
 * The target a signal's clause stands in apposition to: the clause before it, in the same
 * sentence, is nothing but that target ("Ganjar Mahfud, pelopor pembangunan …", "Mahfud MD, tokoh
 * yang tegas, …"), an honorific before it allowed; for an attack, ends with it.
 */
function appositionOf(ctx: StanceContext, s: Signal, targets: readonly Target[]): Target | undefined {
  const k = ctx.clauses[s.start]!;
  let start = s.start;
  while (start > 0 && ctx.clauses[start - 1] === k) start--;
  if (start === 0 || ctx.sentenceOf(start - 1) !== ctx.sentenceOf(s.start)) return undefined;
  const prev = ctx.clauses[start - 1]!;
  let from = start - 1;
  while (from > 0 && ctx.clauses[from - 1] === prev) from--;
  let end = s.end;
  while (end < ctx.clauses.length && ctx.clauses[end] === k) end++;
  // Only in a draft about politics ("Pak Hadi, guru teladan kami" is a colleague), only when the
  // signal opens its clause (the clause is the description), and names nobody of its own.
  if (!ctx.political || s.start > start + 1 || ctx.targets.some((t) => t.start >= start && t.start < end)) return undefined;
  // Or, for an attack, the target only ends the clause before: "Ulah percaya ka cagub eta, tukang
  // bohong ti baheula" (a jeer set after a comma; praise there is as often about something else).
  return targets.find((t) => t.end === start && (t.start <= from + 1 || (AGAINST.has(s.cls) && t.kind !== 'number')) && t.start >= from);
}

/**
 * A short question that puts a figure's run or win up for judgement, answered by the sentence
 * after it: "Anies mau jadi presiden? … ngaca dulu lah", "Ganjar nyapres lagi? Ogah.", "Prabowo
 * menang? Siap-siap …". The answer names nobody of its own; the question holds one target and
 * its election (a run, an office, a win), so the judgement is of that candidacy.
 */
function topicAsked(ctx: StanceContext, s: Signal, targets: readonly Target[]): Target | undefined {
  if (!FAVOUR.has(s.cls) && !AGAINST.has(s.cls)) return undefined;
  const k = ctx.sentenceOf(s.start);
  if (ctx.targets.some((t) => ctx.sentenceOf(t.start) === k)) return undefined;
  let from = s.start;
  while (from > 0 && ctx.sentenceOf(from - 1) === k) from--;
  if (from === 0 || !ctx.asked(from - 1)) return undefined;
  let q = from - 1;
  while (q > 0 && ctx.sentenceOf(q - 1) === k - 1) q--;
  if (from - q > 8) return undefined;
  // One target, however many names it holds ("Mas Pram" inside "Mas Pram nyalon lagi").
  const within = targets.filter((t) => t.start >= q && t.end <= from);
  const asked = within.filter((t) => !within.some((u) => u !== t && u.start <= t.start && t.end <= u.end && u.end - u.start > t.end - t.start));
  const inQuestion = (x: { start: number }) => x.start >= q && x.start < from;
  const electoral = ctx.signals.some((x) => inQuestion(x) && (x.cls === 'politik' || x.cls === 'win' || x.cls === 'candidacy'));
  return asked.length === 1 && (electoral || asked[0]!.candidate) ? asked[0] : undefined;
}

/**
 * A pronoun in the signal's clause, before the signal, inside it ("jangan kasih dia duduk lagi")
 * or right after it, or -1.
 */
function pronounBefore(ctx: StanceContext, s: Signal): number {
  const clause = ctx.clauses[s.start]!;
  for (let i = s.start - 1; i >= 0 && ctx.clauses[i] === clause; i--) if (ctx.pronoun(i)) return i;
  for (let i = s.start + 1; i < s.end - 1; i++) if (ctx.pronoun(i)) return i;
  for (let i = s.end; i < ctx.clauses.length && ctx.clauses[i] === clause && i < s.end + 3; i++) if (ctx.pronoun(i)) return i;
  return -1;
}
