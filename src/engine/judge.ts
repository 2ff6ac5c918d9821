/**
 * One check, start to end: read the draft, find its targets and evaluation signals, run every
 * rule of the packs in their window on the check's date, drop what exceptions silence, then the
 * identity rules (a job title counts only in a draft that is already partisan).
 */
import { Analysis } from './analysis';
import { CheckRun } from './check-run';
import { clauseIds } from './clauses';
import type { CheckOptions, Explanation } from './engine';
import { Exceptions } from './exceptions';
import { SEVERITY_RANK, type Category, type Finding } from './finding';
import { dedupe, ruleFinding } from './finding-build';
import { localDate, validityOn } from './merge';
import type { PatternIndex } from './pattern-index';
import type { Reading } from './reading';
import { candidatesOf, type Candidate } from './rule-kinds';
import type { CompiledRule, CompiledRules } from './rules';
import { signalsOf, stanceCandidates, withYearCheers, type Signal } from './stance';
import { addressedInPush } from './addressee';
import { bareNames } from './bare-names';
import { unlistedCamps } from './unlisted-camps';
import { markCaselessNames, markLeadNames, markPlaceNames, markTagNames } from './names';
import { sentenceInEnglish } from './english';
import { isRootWord } from './stem';
import type { Target, TargetIndex } from './targets';
import type { Token } from './tokenize';
import { profileSpans } from './profile';
import { inTags, rivalNameTags, sideTable } from './rival-tags';
import { sortedSmall } from './sort-small';
import { applyScorer, outcomeCanChange } from './scorer/apply';
import { featuresOf, type FeatureInput } from './scorer/features';
import type { LoadedModel } from './scorer/model';

export interface Judgement {
  analysis: Analysis;
  findings: Finding[];
  silenced: Explanation['silenced'];
  targets: Target[];
  /** Character spans exceptions said name no side (`no_target` contexts, and `covers_unfound` where no rule found anything): the scorer takes up no target inside. */
  covered: ReadonlyArray<{ start: number; end: number }>;
  signals: Signal[];
  /** The learned scorer's probability that the draft takes a side (when a model is loaded). */
  score?: number;
  /** What the scorer saw (when asked: training reads it). */
  features?: string[];
}

export interface EngineParts {
  compiled: CompiledRules;
  index: PatternIndex;
  reading: Reading;
  targets: TargetIndex;
  model: LoadedModel | null;
  learnedRule: CompiledRule | undefined;
}

export interface JudgeOptions extends CheckOptions {
  /** Return the scorer's features (training). */
  features?: boolean;
  /** The caller reads only the findings: the score is computed only where it can change them. */
  findingsOnly?: boolean;
}

const NO_CATEGORIES: ReadonlySet<Category> = new Set();

/** Tokens that open the draft as mentions ("@ganjarpranowo @mohmahfudmd siap pak …"). */
function leadingMentions(tokens: readonly Token[], openers: ReadonlySet<string>): number {
  // A copied reply header comes first: "Replying to @x", "Membalas @x".
  let n = 0;
  while (n < 3 && n < tokens.length && !tokens[n]!.mention && openers.has(tokens[n]!.canon)) n++;
  if (n > 0 && !tokens[n]?.mention) return 0;
  while (n < tokens.length && tokens[n]!.mention) n++;
  return n;
}

/** Rule ids of packs outside their window on `date` (YYYY-MM-DD): an election's rules end with it. */
function outOfWindow(compiled: CompiledRules, date: string): Set<string> {
  // Every check asks; the answer changes with the day.
  if (lastWindow?.compiled === compiled && lastWindow.date === date) return lastWindow.ids;
  const ids = rulesOutOfWindow(compiled, date);
  lastWindow = { compiled, date, ids };
  return ids;
}
let lastWindow: { compiled: CompiledRules; date: string; ids: Set<string> } | undefined;

function rulesOutOfWindow(compiled: CompiledRules, date: string): Set<string> {
  const packs = new Set(compiled.packs.filter((p) => validityOn(p, date) !== 'valid').map((p) => p.id));
  return new Set(packs.size ? compiled.rules.filter((r) => packs.has(r.pack)).map((r) => r.id) : []);
}

/** Indexes of the stance and the identity rules, per rule set (every check asks). */
function ruleOrder(compiled: CompiledRules): { stance: number[]; identity: number[] } {
  let o = orders.get(compiled);
  if (o === undefined) {
    const of = (kind: CompiledRule['kind']) => compiled.rules.flatMap((r, i) => (r.kind === kind ? [i] : []));
    orders.set(compiled, (o = { stance: of('stance'), identity: of('identity') }));
  }
  return o;
}
const orders = new WeakMap<CompiledRules, { stance: number[]; identity: number[] }>();

/**
 * Character spans around the targets that a `covers_unfound` context covers (a namesake, a
 * colleague given a chore, a room's number), so the scorer does not take them up; asked only
 * when it may add a finding (no rule found one), as a rule's finding has its own exceptions.
 */
function targetsNamingNoOne(targets: readonly Target[], tokens: readonly Token[], exceptions: Exceptions, warnings: readonly Finding[]): Array<{ start: number; end: number }> {
  if (warnings.length) return [];
  const out: Array<{ start: number; end: number }> = [];
  for (const t of targets) {
    const c = exceptions.noTargetCover(t.start, t.end);
    if (c && c[1] > c[0]) out.push({ start: tokens[c[0]]!.start, end: tokens[c[1] - 1]!.end });
  }
  return out;
}

/** Two ascending lists of distinct numbers as one ascending list. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out.push(a[i++]!);
    else if (i >= a.length || b[j]! < a[i]!) out.push(b[j++]!);
    else {
      out.push(a[i++]!);
      j++;
    }
  }
  return out;
}

export function judge(parts: EngineParts, text: string, options: JudgeOptions = {}): Judgement {
  const { compiled, index, reading } = parts;
  const date = options.date ?? localDate();
  const knownWord = (t: Token) => reading.vocab.has(t.canon) || reading.canon.has(t.text) || isRootWord(t.canon);
  const order = ruleOrder(compiled);
  const analysis = new Analysis(
    index,
    reading,
    text,
    (tokens, from, to, words) => {
      const names = parts.targets.names(tokens, text, date, knownWord, from, to, words, reading.grammarWords);
      // A word the rules know ("deserves", "another") is no surname: "bu dewi deserves another term".
      markCaselessNames(tokens, parts.targets.honorifics, reading.notNames, reading.grammarWords, knownWord, reading.callVerbs, reading.nameOpeners, { particles: reading.particleHonorifics, followers: reading.particleFollowers });
      // A listed person's given name is a name in a tag though the rules know it (#FauziUntukKota),
      // and so is a common given name that is also a word (#DadanDeui, #EndangUntukRakyat).
      markTagNames(tokens, reading.notNames, knownWord, (t) => reading.givenNames.has(t.canon) || (!isRootWord(t.canon) && parts.targets.inPersonName(t.canon)));
      markLeadNames(tokens, reading.notNames, parts.targets.honorifics, knownWord, (i) => sentenceInEnglish(tokens, i, reading));
      markPlaceNames(tokens, text, reading.placeOpeners);
      return names;
    },
    order.stance,
  );
  const run = new CheckRun(index, analysis, reading);
  const { src, tokens } = analysis;
  const lang = options.lang ?? 'id';
  const outside = outOfWindow(compiled, date);
  const disabled = options.disabled?.length ? new Set([...options.disabled, ...outside]) : outside;
  const clauses = clauseIds(src, tokens, reading);
  const found = [...analysis.names.targets, ...parts.targets.fromCues(run)];
  // A listed person's name word is in the hashtag vocabulary, yet unknown as a bare name's word.
  const everyday = (t: Token) => isRootWord(t.canon) || reading.canon.has(t.text) || (reading.vocab.has(t.canon) && !parts.targets.inPersonName(t.canon));
  const targets = sortedSmall([...found, ...bareNames(tokens, reading, everyday, found), ...unlistedCamps(tokens, parts.targets.campSuffixes, everyday, found)], (a, b) => a.start - b.start || b.end - a.end);
  const signals = withYearCheers(signalsOf(run), targets, tokens, analysis.sentEnd);
  const addressee = addressedInPush(tokens, signals, targets, reading, parts.targets.honorifics);
  if (addressee) targets.push(addressee);
  const exceptions = new Exceptions(
    run,
    compiled.contexts,
    clauses,
    reading,
    signals.filter((s) => s.cls === 'politik'),
    targets.filter((t) => t.kind === 'party'),
  );
  const findings: Finding[] = [];
  const silenced: Explanation['silenced'] = [];

  const rivalTags = rivalNameTags(targets, tokens, sideTable(compiled.entities));
  const emit = (r: CompiledRule, owner: number, c: Candidate) => {
    const why = exceptions.silence(r, owner, c) ?? (inTags(tokens, c.a, c.b, rivalTags) ? { by: 'several-sides', cover: [c.a, c.b] as [number, number] } : null);
    let { a, b } = c;
    // A hashtag is reported whole: "#GuruPilih03", not "Pilih03".
    while (a > 0 && tokens[a]!.tag && tokens[a - 1]!.tag === tokens[a]!.tag) a--;
    while (b < tokens.length && tokens[b - 1]!.tag && tokens[b]!.tag === tokens[b - 1]!.tag) b++;
    const start = tokens[a]!.start;
    const end = tokens[b - 1]!.end;
    if (!why) return void findings.push(ruleFinding(r, src, start, end, lang));
    const cover = why.cover && why.cover[1] > why.cover[0] ? { start: tokens[why.cover[0]]!.start, end: tokens[why.cover[1] - 1]!.end } : undefined;
    silenced.push({ ruleId: r.id, start, end, by: why.by, ...(cover ? { cover } : {}) });
  };
  // A candidacy ("jangan ragu maju", "nyalon lagi") is as much about an election as its words.
  // A number's own words ("no 10") say no more than the number: a jersey's is as likely.
  const ownWords = (s: { start: number; end: number }) => targets.some((t) => t.kind === 'number' && t.start <= s.start && s.end <= t.end);
  const political = targets.some((t) => !t.weak) || signals.some((s) => (s.cls === 'politik' && !ownWords(s)) || s.cls === 'candidacy');
  const stanceContext = {
    targets,
    signals,
    clauses,
    political,
    pronoun: (i: number) => reading.pronouns.has(tokens[i]!.canon) || reading.roleAnaphors.has(tokens[i]!.canon),
    possessed: (i: number) => {
      const c = tokens[i]!.canon;
      return c.length > 5 && c.endsWith('nya') && reading.possessedAttributes.has(c.slice(0, -3));
    },
    sentenceOf: (i: number) => tokens[i]!.sentence,
    tagsOnly: tokens.length > 0 && tokens.every((t) => t.tag || /^\d+$/.test(t.canon)),
    addressed: leadingMentions(tokens, reading.replyOpeners),
    secondPerson: (i: number) => reading.secondPerson.has(tokens[i]!.canon),
    asked: (i: number) => run.sentenceText(i).includes('?'),
  };
  const runRule = (r: CompiledRule, owner: number) => {
    const cands = r.kind === 'stance' ? stanceCandidates(r, stanceContext) : candidatesOf(run, r, owner);
    for (const c of cands) emit(r, owner, c);
  };

  const rules = compiled.rules;
  // Every rule that is not switched off runs, so identity rules see the whole draft even when
  // `only` asks for one rule; `only` then filters what is reported.
  // Usually nothing is switched off: no rule's id need be looked up.
  const enabled = disabled.size === 0 ? () => true : (r: CompiledRule) => !disabled.has(r.id);
  // Only rules that can have a candidate run: those with a first match, and stance rules (they
  // pair targets with signals); any other rule would find nothing. In rule order, as findings are.
  for (const i of mergeAscending(run.rulesWithFirsts(), order.stance)) {
    const r = rules[i]!;
    if (r.kind !== 'identity' && r.kind !== 'learned' && enabled(r)) runRule(r, i);
  }
  let score: number | undefined;
  let features: string[] | undefined;
  const learned = parts.learnedRule && enabled(parts.learnedRule) ? parts.learnedRule : undefined;
  const warnings = findings.filter((f) => f.severity !== 'info');
  // What exceptions said names no side (rival tickets' tags among them): the scorer takes no
  // target up from there.
  const covered = [...silenced.flatMap((x) => (x.cover && (exceptions.namesNoTarget(x.by) || x.by === 'several-sides') ? [x.cover] : [])), ...targetsNamingNoOne(targets, tokens, exceptions, warnings)];
  const scored = parts.model && (!options.findingsOnly || outcomeCanChange(parts.model, learned, warnings, targets)) ? parts.model : null;
  if (scored || options.features) {
    const input: FeatureInput = {
      src,
      tokens,
      stems: analysis.stems,
      targets,
      signals,
      clauses,
      findings: warnings,
      silencedBy: silenced.map((x) => x.by),
      covered,
      headline: tokens.length ? run.titleShare(0) : 0,
      firstPerson: reading.firstPerson,
      questionWords: reading.questionWords,
      askingOpeners: reading.askingOpeners,
      noticeWords: reading.noticeWords,
      communityElection: exceptions.aboutDraftContextOnly('community-election'),
    };
    if (options.features) features = featuresOf(input);
    if (scored) {
      const outcome = applyScorer(scored, learned, input, lang);
      score = outcome.p;
      for (const f of outcome.dropped) {
        findings.splice(findings.indexOf(f), 1);
        silenced.push({ ruleId: f.ruleId, start: f.start, end: f.end, by: 'model' });
      }
      if (outcome.added) findings.push(outcome.added);
    }
  }
  // Identity findings only count when the draft is already partisan.
  const present = findings.length === 0 ? NO_CATEGORIES : new Set<Category>(findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning).map((f) => f.category));
  for (const i of order.identity) {
    const r = rules[i]!;
    if (!enabled(r) || !r.requires.some((c) => present.has(c))) continue;
    if (!r.fromProfile) runRule(r, i);
    else for (const [start, end] of profileSpans(src, options.profile)) findings.push(ruleFinding(r, src, start, end, lang));
  }
  let out = findings;
  let quiet = silenced;
  if (options.only) {
    const only = new Set(options.only);
    const keep = (x: { ruleId: string }) => only.has(x.ruleId) && !disabled.has(x.ruleId);
    out = out.filter(keep);
    quiet = quiet.filter(keep);
  }
  out = dedupe(out);
  if (options.minSeverity) {
    const min = SEVERITY_RANK[options.minSeverity];
    out = out.filter((f) => SEVERITY_RANK[f.severity] >= min);
  }
  return { analysis, findings: out, silenced: quiet, targets, covered, signals, ...(score !== undefined ? { score } : {}), ...(features ? { features } : {}) };
}
