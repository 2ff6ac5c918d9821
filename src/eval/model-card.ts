/**
 * The figures part of rules/model/MODEL-CARD.md, written by `npm run train` between the
 * `figures` markers; the rest of the card is written by hand.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadModel, score, type ScorerModel } from '../engine/scorer/model';
import { cell, losoMarkdown, losoRows, type OutOfFold } from './loso';
import { flaggedWith, tally, type Observation } from './observe';
import type { TrainOptions } from './train-model';

const START = '<!-- figures:start (written by npm run train) -->';
const END = '<!-- figures:end -->';

export interface CardInput {
  dir: string;
  learn: Observation[];
  holdout: Observation[];
  /** Out-of-fold scores of `learn`, and the thresholds chosen without each fold. */
  oof: OutOfFold;
  model: ScorerModel;
  options: TrainOptions;
}

export function figures(x: CardInput): string {
  const t = x.model.thresholds;
  const lines = [
    `Recall | false-positive rate per source: rules alone; rules with the scorer trained without the source's fold (out of fold: sources of one election are one fold); rules with the shipped scorer (in sample). Thresholds: a finding is added at ≥ ${t.add}${t.addWeak !== undefined ? ` (≥ ${t.addWeak} when every target the draft names is weak)` : ''}, a stance finding is kept at ≥ ${t.keep}. A source with fewer than 10 partisan posts reports only its false-positive rate.`,
    '',
    losoMarkdown(losoRows(x.learn, x.oof, x.model)),
  ];
  const final = loadModel(x.model);
  const rulesOnly = (o: Observation) => o.findings.some((f) => f.severity !== 'info');
  const h = x.holdout.map((o) => ({ pos: o.post.expect === 'flag', rules: rulesOnly(o), scorer: flaggedWith(o, score(final, o.features).p, t) }));
  if (h.length) {
    lines.push('', `Blind drafts, holdout split (${h.length} drafts, never trained on; the shipped model): rules alone ${cell(tally(h.map((r) => ({ pos: r.pos, flagged: r.rules }))), false)}, with the scorer ${cell(tally(h.map((r) => ({ pos: r.pos, flagged: r.scorer }))), false)} (recall | false-positive rate).`);
  }
  const bytes = Buffer.from(x.model.weights, 'base64');
  const nonzero = bytes.reduce((n, b) => n + (b !== 0 ? 1 : 0), 0);
  const json = JSON.stringify(x.model);
  lines.push('', `Model: 2^${x.model.bits} weight slots (${nonzero} non-zero), ${(json.length / 1024).toFixed(1)} KB as JSON, ${(gzipSync(json, { level: 9 }).length / 1024).toFixed(1)} KB gzip. Weights in ${x.options.levels} steps either side of 0; one within ${x.options.deadZone} step${x.options.deadZone === 1 ? '' : 's'} of 0 is 0, in the fold models as in this one (when the dead zone of 1 was chosen, on 2026-12-06: 3,059 non-zero weights instead of 4,951, and on the blind holdouts 16 more partisan drafts flagged and 1 more harmless one than plain rounding; 1.5 lost 30). Training: ${x.options.steps} full-batch Adam steps, rate ${x.options.rate}, L2 ${x.options.l2}, classes weighted equally, posts the rules already flag weighted ${x.options.ruledWeight}, slots used by fewer than ${x.options.minCount} posts left at 0; ${x.learn.length} posts. A learned finding reports confidence ${x.model.confidence ?? '(its score)'}: the share of its out-of-fold additions that were partisan.`);
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
