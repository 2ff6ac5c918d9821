/**
 * The figures part of rules/model/MODEL-CARD.md, written by `npm run train` between the
 * `figures` markers; the rest of the card is written by hand.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadModel, score, type ScorerModel } from '../engine/scorer/model';
import { foldOf } from './datasets';
import { flaggedWith, fprOf, recallOf, tally, type Observation, type Tally } from './observe';
import type { TrainOptions } from './train-model';

const START = '<!-- figures:start (written by npm run train) -->';
const END = '<!-- figures:end -->';

const pct = (x: number) => (Number.isNaN(x) ? '—' : (x * 100).toFixed(1) + '%');
const cell = (t: Tally) => `${pct(recallOf(t))} | ${pct(fprOf(t))}`;

export interface CardInput {
  dir: string;
  learn: Observation[];
  holdout: Observation[];
  /** Out-of-fold scores of `learn`. */
  oof: number[];
  model: ScorerModel;
  options: TrainOptions;
}

export function figures(x: CardInput): string {
  const t = x.model.thresholds;
  const rulesOnly = (o: Observation) => o.findings.some((f) => f.severity !== 'info');
  const sources = [...new Set(x.learn.map((o) => o.post.source))].sort();
  const lines = [
    `Out-of-fold (leave one source out; sources of one election are one fold) recall and false-positive rate, rules alone and with the scorer at add ≥ ${t.add}, keep ≥ ${t.keep}. A source with fewer than 10 partisan posts reports only its false-positive rate.`,
    '',
    '| source | fold | partisan | harmless | rules: recall | rules: FPR | with scorer: recall | with scorer: FPR |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  const all = { rules: [] as Array<{ pos: boolean; flagged: boolean }>, scorer: [] as Array<{ pos: boolean; flagged: boolean }> };
  for (const s of sources) {
    const idx = x.learn.map((o, i) => (o.post.source === s ? i : -1)).filter((i) => i >= 0);
    const r = idx.map((i) => ({ pos: x.learn[i]!.post.expect === 'flag', flagged: rulesOnly(x.learn[i]!) }));
    const m = idx.map((i) => ({ pos: x.learn[i]!.post.expect === 'flag', flagged: flaggedWith(x.learn[i]!, x.oof[i]!, t) }));
    all.rules.push(...r);
    all.scorer.push(...m);
    const tr = tally(r);
    const tm = tally(m);
    const few = tr.tp + tr.fn < 10;
    lines.push(`| ${s} | ${foldOf(s)} | ${tr.tp + tr.fn} | ${tr.fp + tr.tn} | ${few ? '—' : pct(recallOf(tr))} | ${pct(fprOf(tr))} | ${few ? '—' : pct(recallOf(tm))} | ${pct(fprOf(tm))} |`);
  }
  lines.push(`| **all** | | | | ${cell(tally(all.rules)).replace(' | ', ' | ')} | ${cell(tally(all.scorer))} |`);
  const final = loadModel(x.model);
  const h = x.holdout.map((o) => ({ pos: o.post.expect === 'flag', rules: rulesOnly(o), scorer: flaggedWith(o, score(final, o.features).p, t) }));
  if (h.length) {
    lines.push('', `Blind drafts, holdout split (${h.length} drafts, never learned from; the final model): rules alone ${cell(tally(h.map((r) => ({ pos: r.pos, flagged: r.rules }))))}, with the scorer ${cell(tally(h.map((r) => ({ pos: r.pos, flagged: r.scorer }))))} (recall | false-positive rate).`);
  }
  const bytes = Buffer.from(x.model.weights, 'base64');
  const nonzero = bytes.reduce((n, b) => n + (b !== 0 ? 1 : 0), 0);
  const json = JSON.stringify(x.model);
  lines.push('', `Model: 2^${x.model.bits} weight slots (${nonzero} non-zero), ${(json.length / 1024).toFixed(1)} KB as JSON, ${(gzipSync(json, { level: 9 }).length / 1024).toFixed(1)} KB gzip. Training: ${x.options.steps} full-batch Adam steps, rate ${x.options.rate}, L2 ${x.options.l2}, classes weighted equally; ${x.learn.length} posts.`);
  return lines.join('\n');
}

export function writeModelCard(x: CardInput) {
  const file = join(x.dir, 'MODEL-CARD.md');
  const body = `${START}\n${figures(x)}\n${END}`;
  const old = existsSync(file) ? readFileSync(file, 'utf8') : `# Model card: the learned scorer\n\n${START}\n${END}\n`;
  const a = old.indexOf(START);
  const b = old.indexOf(END);
  writeFileSync(file, a >= 0 && b > a ? old.slice(0, a) + body + old.slice(b + END.length) : old + '\n' + body + '\n');
}
