/**
 * What the learned scorer adds to a check. Rules stay for the explicit forms; the scorer finds a
 * side taken in words no list holds: a draft with a political target and no finding, not shaped
 * as reporting, scored at or above the model's `add` threshold, gets a warning that names the
 * target and the words that weighed most.
 * A model may also drop warning-level stance findings (`kind: stance`) scored below `keep`;
 * training sets `keep` to 0 (it drops none: out of fold that cost partisan drafts). Serious
 * findings and every other rule are never dropped by the model.
 */
import type { Finding } from '../finding';
import { fillMatch } from '../finding-build';
import type { CompiledRule } from '../rules';
import type { Target } from '../targets';
import type { Token } from '../tokenize';
import { featureHashes, featuresOf, type FeatureInput } from './features';
import { HASH_BITS, hashFeature, probabilityOfHashes, score, type LoadedModel } from './model';

export interface ScorerOutcome {
  p: number;
  /** A finding the scorer adds, or null. */
  added: Finding | null;
  /** Stance findings the scorer drops. */
  dropped: Finding[];
}

/** Stance findings (warnings of `kind: stance` rules) the model may drop. */
export const droppable = (f: Finding) => f.severity === 'warning' && f.ruleId.startsWith('sikap.');

/**
 * The scorer's decision, in one place for the engine and for the training script's
 * leave-one-source-out figures: which findings stay, and whether a finding is added.
 */
export function decide(findings: readonly Finding[], targets: readonly Target[], p: number, t: LoadedModel['thresholds'], reportingShape: boolean, notice = false): { drop: boolean; add: boolean } {
  const drop = p < t.keep;
  const kept = findings.filter((f) => f.severity !== 'info' && !(drop && droppable(f)));
  const weakOnly = onlyWeakTargets(targets);
  const add = findings.every((f) => f.severity === 'info') && strongest(targets) !== undefined && p >= (weakOnly ? (t.addWeak ?? t.add) : t.add) && !reportingShape && !(notice && weakOnly);
  return { drop: drop && kept.length < findings.filter((f) => f.severity !== 'info').length, add: add && kept.length === 0 };
}

/**
 * A draft shaped as reporting: a headline cut off with "…", a headline-cased first sentence, or a
 * rule silenced because the words were someone else's (a report, a third person's support). News
 * does not carry stance findings (issue 11, item 4); the scorer does not overrule that. Nor does
 * it overrule a call silenced as being about a contest or a school election, one the writer
 * denies or warns everyone against ("jangan sampai kita ikut menyebarkan …"), a relative's, an
 * example a rules lesson gives, a wish of health to someone who is no candidate, a result
 * told as done (an inauguration congratulated, a count reported), or a draft that asks (`f:asks`:
 * it opens with "Apakah …", or it is one question a rule's words were read as). Nor does it add
 * to a draft that names an election no public office is chosen in (`f:community`: an OSIS, an
 * RT, a church council), which the rules' own exception covers for a whole draft.
 */
const REPORTING = ['f:community', 'f:asks', 'f:trailing', 'f:headline3', 'x:reported', 'x:someone-else', 'x:third-party', 'x:community-election', 'x:contest-vote', 'x:negated', 'x:warning-to-all', 'x:relative', 'x:example-of-breach', 'x:well-wishes', 'x:outcome', 'x:name-mention', 'x:unless', 'x:explaining-rules'];
const REPORTING_NAMES = new Set(REPORTING);
const REPORTING_HASHES = REPORTING.map((f) => hashFeature(f) & HASH_BITS);
export const reporting = (features: readonly string[]) => features.some((f) => REPORTING_NAMES.has(f));
const reportingHashes = (hashes: ReadonlySet<number>) => REPORTING_HASHES.some((h) => hashes.has(h));

/**
 * An everyday notice with no word of politics (`f:notice`: a job opening, a sale, a recipe, a
 * friend in hospital): a person named there only with an honorific is no political target, so
 * the scorer adds nothing unless a known figure, party or number is named. A word of politics
 * or of a candidacy anywhere in the draft lifts this.
 */
const NOTICE = 'f:notice';
const POLITICS = ['s:politik', 's:candidacy'];
const NOTICE_HASH = hashFeature(NOTICE) & HASH_BITS;
const POLITICS_HASHES = POLITICS.map((f) => hashFeature(f) & HASH_BITS);
export const noticeOnly = (features: readonly string[]) => features.includes(NOTICE) && !POLITICS.some((f) => features.includes(f));
const noticeOnlyHashes = (hashes: ReadonlySet<number>) => hashes.has(NOTICE_HASH) && !POLITICS_HASHES.some((h) => hashes.has(h));
const strong = (t: Target) => !t.weak && t.kind !== 'slogan';
/** Every target the draft names is weak (a person named only with an honorific): `addWeak` applies. */
export const onlyWeakTargets = (targets: readonly Target[]) => !targets.some(strong);

export function applyScorer(model: LoadedModel, rule: CompiledRule | undefined, input: FeatureInput, lang: 'id' | 'en'): ScorerOutcome {
  const hashes = featureHashes(input);
  const p = probabilityOfHashes(model, hashes);
  const d = decide(input.findings, input.targets, p, model.thresholds, reportingHashes(hashes), noticeOnlyHashes(hashes));
  const dropped = d.drop ? input.findings.filter(droppable) : [];
  let added: Finding | null = null;
  // A target whose words an exception covered (a virtue of candidates in general, a namesake) is
  // not taken up again by the scorer: the exception said why it is not a side taken.
  const target = strongest(input.targets.filter((t) => !targetCovered(input.tokens, input.covered, t)));
  if (rule && d.add && target) {
    const [a, b] = span(input.tokens, input.stems, target, score(model, featuresOf(input)).contributions);
    const start = input.tokens[a]!.start;
    const end = input.tokens[b - 1]!.end;
    const text = input.src.slice(start, end);
    added = { ruleId: rule.id, category: rule.category, severity: rule.severity, confidence: model.confidence ?? Math.round(p * 100) / 100, start, end, text, message: fillMatch(rule.message[lang], text), guidelineId: rule.guideline, source: 'text' };
  }
  return { p, added, dropped };
}

/**
 * Whether the scorer can change a check's findings: it drops stance warnings only below `keep`
 * (training sets 0: it drops none) and adds a finding only to a draft with a target and no rule
 * finding of warning or above (`findings` are those). When it cannot, a check that does not
 * report the score need not compute it (`engine.check`; `explain` always does).
 */
export function outcomeCanChange(model: LoadedModel, rule: CompiledRule | undefined, findings: readonly Finding[], targets: readonly Target[]): boolean {
  return model.thresholds.keep > 0 || (rule !== undefined && findings.length === 0 && strongest(targets) !== undefined);
}

/** Whether target `t` lies inside a span exceptions said names no side (`covered`, character spans). */
export function targetCovered(tokens: readonly Token[], covered: ReadonlyArray<{ start: number; end: number }> | undefined, t: Pick<Target, 'start' | 'end'>): boolean {
  if (!covered?.length) return false;
  const start = tokens[t.start]!.start;
  const end = tokens[t.end - 1]!.end;
  return covered.some((c) => c.start <= start && end <= c.end);
}

/** The target the finding names: a strong one first, then the earliest. */
export function strongest(targets: readonly Target[]): Target | undefined {
  return targets.find(strong) ?? targets.find((t) => t.kind !== 'slogan');
}

/**
 * The words that drove the score: the target, and the nearest run of up to three tokens whose
 * word features weigh most toward a side, in the target's sentence.
 */
function span(tokens: readonly Token[], stems: readonly string[], t: Target, contributions: ReadonlyMap<string, number>): [number, number] {
  const weight = (i: number) => {
    const u = (tokens[i]!.tag ? '#' : '') + (stems[i] || tokens[i]!.canon);
    return contributions.get('u:' + u) ?? 0;
  };
  let best = -1;
  let bestW = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i >= t.start && i < t.end) continue;
    if (tokens[i]!.sentence !== tokens[t.start]!.sentence) continue;
    const w = weight(i);
    if (w > bestW) {
      best = i;
      bestW = w;
    }
  }
  if (best < 0) return [t.start, t.end];
  let a = best;
  let b = best + 1;
  while (a > 0 && b - a < 3 && weight(a - 1) > 0 && tokens[a - 1]!.sentence === tokens[best]!.sentence && (a - 1 < t.start || a - 1 >= t.end)) a--;
  while (b < tokens.length && b - a < 3 && weight(b) > 0 && tokens[b]!.sentence === tokens[best]!.sentence && (b < t.start || b >= t.end)) b++;
  // Name the target too when it is near; far away, the evaluative words alone.
  if (Math.min(Math.abs(a - t.end), Math.abs(t.start - b)) <= 8) return [Math.min(a, t.start), Math.max(b, t.end)];
  return [a, b];
}
