/**
 * Choosing the scorer's two thresholds (add a finding, keep a stance finding) from scores the
 * model gave posts it had not learned from. Used twice: once on every out-of-fold score for the
 * shipped model, and once per fold, on the other folds' scores only, so that the
 * leave-one-source-out figures judge a fold with thresholds that never saw it.
 */
import type { ScorerModel } from '../engine/scorer/model';
import { onlyWeakTargets } from '../engine/scorer/apply';
import { flaggedWith, type Observation } from './observe';

/** The most the scorer may add to the share of harmless posts flagged, in each group below. */
export const FPR_ALLOWANCE = 0.005;
const MIN_PARTISAN = 10;

/**
 * Groups whose false-positive rate the scorer may raise by at most `FPR_ALLOWANCE`: all posts,
 * our own drafts (written and blind), and the real posts of the development set (the kinds of
 * sources Netra is measured on).
 */
const GROUPS: Array<(o: Observation) => boolean> = [
  () => true,
  (o) => o.post.source === 'corpus' || o.post.source.startsWith('blind'),
  (o) => !!o.post.id && o.post.id.startsWith('r'),
];

// Finer near 1, where the shipped threshold sits: one harmless post scored 0.9903 instead of
// 0.9897 must not switch the scorer off (a step of 0.01 left only 0.99 or 1).
const ADD_GRID = [...Array.from({ length: 50 }, (_, i) => Number((0.5 + i * 0.01).toFixed(2))), ...Array.from({ length: 10 }, (_, i) => Number((0.99 + i * 0.001).toFixed(3))), 1];
/**
 * Out of fold, dropping stance findings below a floor cost partisan drafts (11 of the blind
 * drafts) and spared almost no harmless post, so the floor stays 0: the scorer only adds.
 */
const KEEP = 0;

/**
 * The thresholds with the most recall (averaged over sources with 10 or more partisan posts)
 * such that, in every group, the scorer adds at most `FPR_ALLOWANCE` to the share of harmless
 * posts the rules alone flag. Two add thresholds are chosen together: `add` for drafts that name
 * a strong target, `addWeak` (never below `add`) for drafts whose every target is weak. `use`
 * picks the posts to choose on (default: all).
 */
export function chooseThresholds(obs: readonly Observation[], scores: readonly number[], use: (i: number) => boolean = () => true): ScorerModel['thresholds'] {
  const idx = obs.map((_, i) => i).filter(use);
  const sources = [...new Set(idx.map((i) => obs[i]!.post.source))];
  const sourceOf = new Map(sources.map((s, k) => [s, k]));
  const pos = idx.map((i) => obs[i]!.post.expect === 'flag');
  const src = idx.map((i) => sourceOf.get(obs[i]!.post.source)!);
  const inGroup = GROUPS.map((g) => idx.map((i) => g(obs[i]!)));
  const rulesOnly = idx.map((i) => obs[i]!.findings.some((f) => f.severity !== 'info'));
  // Whether the scorer may add a finding at all (the decision at a score of 1 with the
  // threshold at 0), and whether the weak threshold is the one it must reach.
  const addable = idx.map((i, j) => !rulesOnly[j] && flaggedWith(obs[i]!, 1, { add: 0, keep: KEEP }));
  const weak = idx.map((i) => onlyWeakTargets(obs[i]!.targets));
  const score = idx.map((i) => scores[i]!);
  const negatives = GROUPS.map((_, k) => idx.reduce((n, _i, j) => n + (inGroup[k]![j] && !pos[j] ? 1 : 0), 0));
  const partisan = new Array<number>(sources.length).fill(0);
  pos.forEach((p, j) => {
    if (p) partisan[src[j]!] = partisan[src[j]!]! + 1;
  });
  const counted = partisan.map((n) => n >= MIN_PARTISAN);
  const ruleTp = new Array<number>(sources.length).fill(0);
  pos.forEach((p, j) => {
    if (p && rulesOnly[j]) ruleTp[src[j]!] = ruleTp[src[j]!]! + 1;
  });
  // Only the posts the scorer can change are looped over for each pair of thresholds.
  const open = idx.map((_, j) => j).filter((j) => addable[j]);
  let best = { add: 1, addWeak: 1, recall: -1 };
  for (const add of ADD_GRID) {
    for (const addWeak of ADD_GRID) {
      if (addWeak < add) continue;
      const fp = GROUPS.map(() => 0);
      const tp = new Array<number>(sources.length).fill(0);
      for (const j of open) {
        if (score[j]! < (weak[j] ? addWeak : add)) continue;
        if (pos[j]) tp[src[j]!] = tp[src[j]!]! + 1;
        else for (let k = 0; k < GROUPS.length; k++) if (inGroup[k]![j]) fp[k] = fp[k]! + 1;
      }
      if (GROUPS.some((_, k) => negatives[k]! > 0 && fp[k]! / negatives[k]! > FPR_ALLOWANCE + 1e-12)) continue;
      let sum = 0;
      let n = 0;
      for (let s = 0; s < sources.length; s++) {
        if (!counted[s]) continue;
        sum += (tp[s]! + ruleTp[s]!) / partisan[s]!;
        n++;
      }
      const recall = n ? sum / n : 0;
      if (recall > best.recall + 1e-9) best = { add, addWeak, recall };
    }
  }
  return best.addWeak > best.add ? { add: best.add, keep: KEEP, addWeak: best.addWeak } : { add: best.add, keep: KEEP };
}
