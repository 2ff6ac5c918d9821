/**
 * Leave-one-source-out figures: each source of the labelled sets scored by rules (fixed) and a
 * scorer trained without that source's fold (sources of one election are one fold), next to the
 * in-sample figures of the shipped model. Judge progress by the former.
 */
import { loadModel, score, type ScorerModel } from '../engine/scorer/model';
import { foldOf } from './datasets';
import { flaggedWith, fprOf, recallOf, tally, type Observation, type Tally } from './observe';
import { chooseThresholds } from './thresholds';
import { DEFAULT_TRAIN, examplesOf, outOfFold, type TrainOptions } from './train-model';

export interface OutOfFold {
  /** Each post's score from a model trained without its fold. */
  scores: number[];
  /** Each post's thresholds, chosen on the other folds' out-of-fold scores only. */
  thresholds: Array<ScorerModel['thresholds']>;
}

/**
 * Leave one source out, learned parts only: each fold scored by a model trained without it, and
 * judged with thresholds chosen without it.
 */
export function outOfFoldJudged(learn: readonly Observation[], opts: TrainOptions = DEFAULT_TRAIN): OutOfFold {
  const scores = outOfFold(examplesOf(learn, opts), opts);
  const folds = learn.map((o) => foldOf(o.post.source));
  const byFold = new Map<string, ScorerModel['thresholds']>();
  for (const fold of [...new Set(folds)].sort()) byFold.set(fold, chooseThresholds(learn, scores, (i) => folds[i] !== fold));
  return { scores, thresholds: folds.map((f) => byFold.get(f)!) };
}

export interface SourceRow {
  source: string;
  /** The labelled set the source belongs to (`Sourced.set`). */
  set?: string;
  fold: string;
  partisan: number;
  harmless: number;
  rules: Tally;
  /** Rules and the scorer trained without this source's fold. */
  outOfFold: Tally;
  /** Rules and the shipped scorer (trained on everything that may be learned from). */
  inSample: Tally;
}

/** Fewer partisan posts than this: only the false-positive rate is reported. */
export const MIN_PARTISAN = 10;

export function losoRows(learn: Observation[], oof: OutOfFold, model: ScorerModel): SourceRow[] {
  const t = model.thresholds;
  const shipped = loadModel(model);
  const sources = [...new Set(learn.map((o) => o.post.source))].sort();
  return sources.map((source) => {
    const idx = learn.map((o, i) => (o.post.source === source ? i : -1)).filter((i) => i >= 0);
    const rows = (flag: (i: number) => boolean) => tally(idx.map((i) => ({ pos: learn[i]!.post.expect === 'flag', flagged: flag(i) })));
    const rules = rows((i) => learn[i]!.findings.some((f) => f.severity !== 'info'));
    return {
      source,
      set: learn[idx[0]!]!.post.set,
      fold: foldOf(source),
      partisan: rules.tp + rules.fn,
      harmless: rules.fp + rules.tn,
      rules,
      outOfFold: rows((i) => flaggedWith(learn[i]!, oof.scores[i]!, oof.thresholds[i]!)),
      inSample: rows((i) => flaggedWith(learn[i]!, score(shipped, learn[i]!.features).p, t)),
    };
  });
}

export function sum(rows: SourceRow[], pick: (r: SourceRow) => Tally): Tally {
  return rows.reduce((a, r) => {
    const t = pick(r);
    return { tp: a.tp + t.tp, fn: a.fn + t.fn, fp: a.fp + t.fp, tn: a.tn + t.tn };
  }, { tp: 0, fn: 0, fp: 0, tn: 0 });
}

const pct = (x: number) => (Number.isNaN(x) ? '—' : (x * 100).toFixed(1) + '%');
/** "recall | FPR", recall left out for a source with too few partisan posts. */
export function cell(t: Tally, few: boolean): string {
  return `${few ? '—' : pct(recallOf(t))} | ${pct(fprOf(t))}`;
}

export function losoMarkdown(rows: SourceRow[]): string {
  const lines = ['| source | fold | partisan | harmless | rules alone: recall | FPR | out of fold: recall | FPR | in sample: recall | FPR |', '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|'];
  for (const r of rows) {
    const few = r.partisan < MIN_PARTISAN;
    lines.push(`| ${r.source} | ${r.fold} | ${r.partisan} | ${r.harmless} | ${cell(r.rules, few)} | ${cell(r.outOfFold, few)} | ${cell(r.inSample, few)} |`);
  }
  for (const [label, rs] of subtotalRows(rows)) {
    lines.push(`| *${label}* | | ${rs.reduce((s, r) => s + r.partisan, 0)} | ${rs.reduce((s, r) => s + r.harmless, 0)} | ${cell(sum(rs, (r) => r.rules), false)} | ${cell(sum(rs, (r) => r.outOfFold), false)} | ${cell(sum(rs, (r) => r.inSample), false)} |`);
  }
  lines.push(`| **all** | | ${rows.reduce((s, r) => s + r.partisan, 0)} | ${rows.reduce((s, r) => s + r.harmless, 0)} | ${cell(sum(rows, (r) => r.rules), false)} | ${cell(sum(rows, (r) => r.outOfFold), false)} | ${cell(sum(rows, (r) => r.inSample), false)} |`);
  return lines.join('\n');
}

/**
 * Subtotals per labelled set: the development set's sources are the kind of posts Netra is
 * measured on outside the repository; the training set's come from other elections and sources.
 */
const SUBTOTALS: Array<[string, string]> = [
  ['real', 'development-set sources'],
  ['train', 'training-set sources'],
];

function subtotalRows(rows: SourceRow[]): Array<[string, SourceRow[]]> {
  return SUBTOTALS.map(([set, label]): [string, SourceRow[]] => [label, rows.filter((r) => r.set === set)]).filter(([, rs]) => rs.length > 0);
}

export function losoText(rows: SourceRow[]): string {
  const head = `  ${'source'.padEnd(30)} ${'partisan'.padStart(8)} ${'harmless'.padStart(8)}   ${'rules alone'.padEnd(17)} ${'out of fold'.padEnd(17)} in sample`;
  const fmt = (t: Tally, few: boolean) => `${few ? '    —' : pct(recallOf(t)).padStart(6)} ${pct(fprOf(t)).padStart(6)}`.padEnd(17);
  const lines = [head, `  ${''.padEnd(30)} ${''.padStart(8)} ${''.padStart(8)}   ${'recall    FPR'.padEnd(17)} ${'recall    FPR'.padEnd(17)} recall    FPR`];
  for (const r of rows) {
    const few = r.partisan < MIN_PARTISAN;
    lines.push(`  ${r.source.padEnd(30)} ${String(r.partisan).padStart(8)} ${String(r.harmless).padStart(8)}   ${fmt(r.rules, few)} ${fmt(r.outOfFold, few)} ${fmt(r.inSample, few)}`);
  }
  const total = (label: string, rs: SourceRow[]) =>
    `  ${label.padEnd(30)} ${String(rs.reduce((s, r) => s + r.partisan, 0)).padStart(8)} ${String(rs.reduce((s, r) => s + r.harmless, 0)).padStart(8)}   ${fmt(sum(rs, (r) => r.rules), false)} ${fmt(sum(rs, (r) => r.outOfFold), false)} ${fmt(sum(rs, (r) => r.inSample), false)}`;
  for (const [label, rs] of subtotalRows(rows)) lines.push(total(label, rs));
  lines.push(total('all', rows));
  return lines.join('\n');
}
