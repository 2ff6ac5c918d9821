/**
 * The neutrality engine: compiled rule packs in, `check(text) → Finding[]` out.
 * Pure TypeScript, no DOM, no network: the content script, extension pages, the CLI and the
 * tests all run this same code.
 *
 * Where things are:
 * - reading text: `normalize.ts` (characters), `tokenize.ts` (words, hashtags, hand signs),
 *   `english.ts` (contractions), `reading.ts` (the word lists from `rules/language.yml`);
 * - matching rules: `pattern.ts` (the pattern language), `pattern-index.ts` (what can start
 *   each pattern), `matcher.ts` (running patterns), `analysis.ts` (one draft read and matched);
 * - targets and stance: `targets.ts` (people, pairs, parties, numbers, hashtags from the entity
 *   lists and target cues), `stance.ts` (evaluation signals toward a target);
 * - judging: `judge.ts` (one check), `rule-kinds.ts` (phrase, co-occurrence, identity),
 *   `clauses.ts`, `exceptions.ts` (what silences a finding and what it covers), `headline.ts`;
 * - output: `finding.ts` (the closed `Finding` type), `finding-build.ts`.
 */
import type { Finding, Severity } from './finding';
import { judge, type EngineParts } from './judge';
import { isRootWord } from './stem';
import { TargetIndex } from './targets';
import { loadModel } from './scorer/model';
import { targetCovered } from './scorer/apply';
import { PatternIndex } from './pattern-index';
import { readingOf } from './reading';
import type { CompiledRule, CompiledRules } from './rules';
import type { Token } from './tokenize';
import { snapshotFits } from './index-snapshot';
import { StoredVocab } from './stored-vocab';
import { cheerWordsOf, withReplyContext, type CheerWords, type ReplyContext } from './reply-context';

export { MAX_CHECK_LENGTH } from './analysis';
export { headlineShare } from './headline';

export interface CheckOptions {
  /** Language of `message` in findings. Default Indonesian. */
  lang?: 'id' | 'en';
  /** Run only these rule ids (rule example tests use it). */
  only?: readonly string[];
  /** Rule ids switched off by the user or by policy. */
  disabled?: readonly string[];
  /** Drop findings below this severity (e.g. hide `info` hints). Default: keep all. */
  minSeverity?: Severity;
  /**
   * The day the draft is written (YYYY-MM-DD), for the election calendar: packs outside their
   * window do not run, and their people are political figures, not current candidates.
   * Default: today (local time).
   */
  date?: string;
  /**
   * What the user wrote in Settings about themself: their own job title and agency, named in a
   * partisan draft, are job-title findings even when no list knows them.
   */
  profile?: { jobTitle?: string; agency?: string };
  /**
   * The post this draft answers, when it is a reply or a comment: a short cheer under a campaign
   * post is campaign engagement (`reply-context.ts`).
   */
  context?: ReplyContext;
}

export interface Engine {
  check(text: string, options?: CheckOptions): Finding[];
  /** What the learned scorer sees of a draft (training and the model card use it). */
  features?(text: string, options?: CheckOptions): string[];
  /** Everything the engine knows about how it read the text; the presenter view shows it. */
  explain(text: string, options?: CheckOptions): Explanation;
  readonly rules: readonly CompiledRule[];
}

/** Each engine's parts, for writing what its indexes worked out (`snapshot-write.ts`, which the content script does not carry). */
const engineParts = new WeakMap<Engine, EngineParts>();

export function partsOf(e: Engine): EngineParts | undefined {
  return engineParts.get(e);
}

export interface Explanation {
  normalized: string;
  tokens: Array<Pick<Token, 'text' | 'canon' | 'start' | 'end' | 'sentence' | 'tag'> & { stem: string }>;
  findings: Finding[];
  /** Matches that an exception silenced, with the exception's name and the span it covered. */
  silenced: Array<{ ruleId: string; start: number; end: number; by: string; cover?: { start: number; end: number } }>;
  /**
   * Political targets found (UTF-16 spans), with their kind, entity id, and the cue that found it;
   * `covered` when an exception said its words name no side (a namesake, a room number): the
   * scorer does not take it up.
   */
  targets: Array<{ start: number; end: number; kind: string; id?: string; weak: boolean; candidate: boolean; cue?: string; covered?: true }>;
  /** Evaluation signals found (praise, attack, win …), with the cue that found each. */
  signals: Array<{ start: number; end: number; cls: string; cue: string }>;
  /** The learned scorer's probability that the draft takes a side, when a model is loaded. */
  score?: number;
}

const FINDINGS_ONLY = { findingsOnly: true } as const;

/** What `readingOf` reads of the rules, with the vocabulary from a snapshot (`stored-vocab.ts`). */
function storedReading(compiled: CompiledRules, vocab: StoredVocab): Parameters<typeof readingOf>[0] {
  let list: string[] | undefined;
  return {
    canon: compiled.canon,
    // Listed only for the words digits and masks may spell (`leet.ts`), when a draft has one.
    get vocab() {
      return (list ??= vocab.list());
    },
    notNames: compiled.notNames,
    language: compiled.language,
  };
}

/**
 * `stored`: what an engine for these same rules worked out (`engineSnapshot`, `snapshot-write.ts`), loaded instead
 * of worked out again; ignored unless made for exactly these rules (`snapshotFits`).
 */
export function createEngine(compiled: CompiledRules, stored?: unknown): Engine {
  const use = snapshotFits(compiled, stored) ? stored : undefined;
  const index = new PatternIndex(compiled, use?.pattern);
  // A stored snapshot brings the vocabulary with it: the page works `compiled.vocab` out from
  // every pattern, which a stored index otherwise never reads at start-up.
  const vocab = use ? new StoredVocab(use, (w) => index.wordId(w)) : undefined;
  const parts: EngineParts = {
    compiled,
    index,
    reading: vocab ? readingOf(storedReading(compiled, vocab), vocab) : readingOf(compiled),
    targets: new TargetIndex(compiled, isRootWord, compiled.index?.targets, use?.targets),
    model: compiled.model ? loadModel(compiled.model) : null,
    learnedRule: compiled.rules.find((r) => r.kind === 'learned'),
  };
  // Built on the first reply checked in context: most drafts are not replies.
  let cheerWords: CheerWords | undefined;
  const engine: Engine = {
    rules: compiled.rules,
    check(text, options) {
      // A check reports findings, not the score: the scorer runs only where it can change them.
      const result = judge(parts, text, options ? { ...options, findingsOnly: true } : FINDINGS_ONLY);
      if (!options?.context || options.minSeverity === 'serious') return result.findings;
      const post = { lang: options.lang, date: options.date, disabled: options.disabled };
      cheerWords ??= cheerWordsOf(compiled.language);
      const toks = result.analysis.tokens;
      const signals = () => result.signals.map((s) => ({ start: toks[s.start]!.start, end: toks[s.end - 1]!.end, cls: s.cls }));
      return withReplyContext(text, result.findings, options, cheerWords, (t) => judge(parts, t, { ...post, findingsOnly: true }).findings, signals);
    },
    features: (text, options) => judge(parts, text, { ...options, features: true }).features ?? [],
    explain(text, options) {
      const { analysis, findings, silenced, targets, covered, signals, score } = judge(parts, text, options);
      const toks = analysis.tokens;
      const span = (a: number, b: number) => ({ start: toks[a]!.start, end: toks[b - 1]!.end });
      return {
        normalized: analysis.norm.text,
        tokens: toks.map((t, i) => ({ text: t.text, canon: t.canon, start: t.start, end: t.end, sentence: t.sentence, tag: t.tag, stem: analysis.stems[i]! })),
        findings,
        silenced,
        targets: targets.map((t) => ({ ...span(t.start, t.end), kind: t.kind, ...(t.id ? { id: t.id } : {}), weak: t.weak, candidate: t.candidate, ...(t.cue ? { cue: t.cue } : {}), ...(targetCovered(toks, covered, t) ? { covered: true as const } : {}) })),
        signals: signals.map((x) => ({ ...span(x.start, x.end), cls: x.cls, cue: x.cue })),
        ...(score !== undefined ? { score } : {}),
      };
    },
  };
  engineParts.set(engine, parts);
  return engine;
}
