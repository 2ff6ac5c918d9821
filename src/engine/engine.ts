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
 * - judging: `judge.ts` (one check), `rule-kinds.ts` (phrase, co-occurrence, identity),
 *   `exceptions.ts` (what silences a finding), `headline.ts` (news shared as-is);
 * - output: `finding.ts` (the closed `Finding` type), `finding-build.ts`.
 */
import type { Finding, Severity } from './finding';
import { judge } from './judge';
import { PatternIndex } from './pattern-index';
import { readingOf } from './reading';
import type { CompiledRule, CompiledRules } from './rules';
import type { Token } from './tokenize';

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

export function createEngine(compiled: CompiledRules): Engine {
  const index = new PatternIndex(compiled);
  const reading = readingOf(compiled);
  return {
    rules: compiled.rules,
    check: (text, options) => judge(compiled, index, reading, text, options).findings,
    explain(text, options) {
      const { analysis, findings, silenced } = judge(compiled, index, reading, text, options);
      return {
        normalized: analysis.norm.text,
        tokens: analysis.tokens.map((t, i) => ({ text: t.text, canon: t.canon, start: t.start, end: t.end, sentence: t.sentence, tag: t.tag, stem: analysis.stems[i]! })),
        findings,
        silenced,
      };
    },
  };
}
