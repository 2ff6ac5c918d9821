/**
 * Training the learned scorer: logistic regression on hashed features, full-batch Adam with L2,
 * a fixed number of steps and no randomness, so the same data gives the same model byte for
 * byte. Weights are stored as int8 with one scale (see `scorer/model.ts`), in `levels` steps.
 */
import { foldOf } from './datasets';
import type { Observation } from './observe';
import { hashFeature, loadModel, score, type LoadedModel, type ScorerModel } from '../engine/scorer/model';

export interface Example {
  features: string[];
  /** 1: takes a side (flag), 0: does not (ok). */
  y: 0 | 1;
  /** Where the example comes from (a source of the labelled sets, or our corpus). */
  source: string;
  /** Leave-one-source-out fold (sources of one election form one fold). */
  fold: string;
  weight?: number;
}

export interface TrainOptions {
  bits: number;
  steps: number;
  l2: number;
  rate: number;
  /**
   * Weight of a post the rules already flag. The scorer decides only where the rules found
   * nothing (and on weak stance findings), so the posts the rules miss weigh most.
   */
  ruledWeight: number;
  /** A slot used by fewer training posts than this keeps weight 0: noise, and bytes in the model. */
  minCount: number;
  /**
   * The largest weight is stored as ±levels (≤ 127: an int8), every other as the nearest of the
   * integers between; one below half a step becomes 0. The content script carries the non-zero
   * weights Huffman-coded, so fewer levels are fewer bits per weight and fewer weights: from 127
   * to 12, the model there is 5.4 KB → 2.9 KB gzip, out of fold as good (MODEL-CARD.md).
   */
  levels: number;
  /**
   * A weight within this many steps of 0 is stored as 0 (0.5: plain rounding). In every fold
   * model as in the shipped one, so the thresholds are chosen on models as sparse as it.
   */
  deadZone: number;
}

export const DEFAULT_TRAIN: TrainOptions = { bits: 15, steps: 400, l2: 3e-4, rate: 0.05, ruledWeight: 0.3, minCount: 13, levels: 12, deadZone: 1 };

/** Training examples of observed posts (see `observe.ts`), weighted as `opts` says. */
export function examplesOf(learn: readonly Observation[], opts: TrainOptions = DEFAULT_TRAIN): Example[] {
  return learn.map((o) => ({
    features: o.features,
    y: o.post.expect === 'flag' ? 1 : 0,
    source: o.post.source,
    fold: foldOf(o.post.source),
    weight: o.findings.some((f) => f.severity !== 'info') ? opts.ruledWeight : 1,
  }));
}

/** Slots of each example's features, computed once. */
function slots(examples: readonly Example[], mask: number): Int32Array[] {
  return examples.map((e) => Int32Array.from(new Set(e.features.map((f) => hashFeature(f) & mask))));
}

export function train(examples: readonly Example[], thresholds: ScorerModel['thresholds'], opts: TrainOptions = DEFAULT_TRAIN, confidence?: number): ScorerModel {
  const dim = 1 << opts.bits;
  const mask = dim - 1;
  examples = examples.filter((e) => (e.weight ?? 1) > 0);
  const xs = slots(examples, mask);
  // Each class weighs the same in total, whatever the mix of the data.
  const pos = examples.filter((e) => e.y === 1).reduce((s, e) => s + (e.weight ?? 1), 0);
  const neg = examples.filter((e) => e.y === 0).reduce((s, e) => s + (e.weight ?? 1), 0);
  const ws = examples.map((e) => ((e.weight ?? 1) * (e.y === 1 ? 0.5 / pos : 0.5 / neg)) * examples.length);
  const uses = new Int32Array(dim);
  for (const x of xs) for (let k = 0; k < x.length; k++) uses[x[k]!] = uses[x[k]!]! + 1;
  const w = new Float64Array(dim);
  let b = 0;
  const m = new Float64Array(dim + 1);
  const v = new Float64Array(dim + 1);
  const g = new Float64Array(dim + 1);
  const beta1 = 0.9;
  const beta2 = 0.999;
  for (let step = 1; step <= opts.steps; step++) {
    g.fill(0);
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i]!;
      let z = b;
      for (let k = 0; k < x.length; k++) z += w[x[k]!]!;
      const d = (1 / (1 + Math.exp(-z)) - examples[i]!.y) * ws[i]!;
      for (let k = 0; k < x.length; k++) g[x[k]!] = g[x[k]!]! + d;
      g[dim] = g[dim]! + d;
    }
    const n = xs.length;
    for (let j = 0; j <= dim; j++) {
      const wj = j < dim ? w[j]! : b;
      const grad = g[j]! / n + (j < dim ? opts.l2 * wj : 0);
      if ((grad === 0 && m[j] === 0) || (j < dim && uses[j]! < opts.minCount)) continue;
      m[j] = beta1 * m[j]! + (1 - beta1) * grad;
      v[j] = beta2 * v[j]! + (1 - beta2) * grad * grad;
      const mh = m[j]! / (1 - beta1 ** step);
      const vh = v[j]! / (1 - beta2 ** step);
      const upd = (opts.rate * mh) / (Math.sqrt(vh) + 1e-8);
      if (j < dim) w[j] = wj - upd;
      else b = wj - upd;
    }
  }
  return { ...quantise(w, b, opts, thresholds), ...(confidence !== undefined ? { confidence } : {}) };
}

function quantise(w: Float64Array, bias: number, { bits, levels, deadZone }: TrainOptions, thresholds: ScorerModel['thresholds']): ScorerModel {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / levels : 1;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.abs(w[i]! / scale) < deadZone ? 0 : Math.max(-levels, Math.min(levels, Math.round(w[i]! / scale)));
  return { version: 1, bits, bias: round(bias, 6), scale: round(scale, 9), weights: Buffer.from(q.buffer).toString('base64'), thresholds };
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/** Scores of every example from a model trained without its fold (leave one source out). */
export function outOfFold(examples: readonly Example[], opts: TrainOptions = DEFAULT_TRAIN): number[] {
  const folds = [...new Set(examples.map((e) => e.fold))].sort();
  const out = new Array<number>(examples.length).fill(0);
  for (const fold of folds) {
    const model = loadModel(train(examples.filter((e) => e.fold !== fold), { add: 1, keep: 0 }, opts));
    examples.forEach((e, i) => {
      if (e.fold === fold) out[i] = scoreOf(model, e.features);
    });
  }
  return out;
}

export function scoreOf(model: LoadedModel, features: readonly string[]): number {
  return score(model, features).p;
}

