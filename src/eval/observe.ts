/**
 * What the engine without its model makes of a labelled post: the scorer's features, the rule
 * findings and the targets. Training and the leave-one-source-out figures replay the scorer's
 * decision (`decide` in scorer/apply.ts) on these, with scores from models that never saw the
 * post's source.
 */
import type { Engine } from '../engine/engine';
import type { Finding } from '../engine/finding';
import { decide, noticeOnly, reporting, strongest } from '../engine/scorer/apply';
import type { LoadedModel } from '../engine/scorer/model';
import type { Target } from '../engine/targets';
import type { Sourced } from './datasets';

export interface Observation {
  post: Sourced;
  features: string[];
  findings: Finding[];
  /** Targets as the scorer sees them (token spans do not matter here; kinds and weakness do). */
  targets: Target[];
  /** Whether one of them is no exception's (`covered`): the scorer adds a finding only there. Absent: all are. */
  addable?: boolean;
}

export function observe(engine: Engine, post: Sourced): Observation {
  const x = engine.explain(post.text);
  const targets = x.targets.map((t) => ({ start: 0, end: 0, kind: t.kind as Target['kind'], weak: t.weak, candidate: t.candidate, via: 'name' as const }));
  // As the engine does: a finding is added only at a target no exception said names no side.
  const open = targets.filter((_, i) => !x.targets[i]!.covered);
  return { post, features: engine.features!(post.text), findings: x.findings, targets, addable: strongest(open) !== undefined };
}

/** Whether the draft ends up flagged, given the model's score for it. */
export function flaggedWith(o: Observation, p: number, t: LoadedModel['thresholds']): boolean {
  const d = decide(o.findings, o.targets, p, t, reporting(o.features), noticeOnly(o.features));
  if (d.add && o.addable !== false) return true;
  return o.findings.some((f) => f.severity !== 'info' && !(d.drop && f.severity === 'warning' && f.ruleId.startsWith('sikap.')));
}

export interface Tally {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export function tally(rows: Array<{ pos: boolean; flagged: boolean }>): Tally {
  const t = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const r of rows) {
    if (r.pos) r.flagged ? t.tp++ : t.fn++;
    else r.flagged ? t.fp++ : t.tn++;
  }
  return t;
}

export const recallOf = (t: Tally) => (t.tp + t.fn ? t.tp / (t.tp + t.fn) : NaN);
export const fprOf = (t: Tally) => (t.fp + t.tn ? t.fp / (t.fp + t.tn) : NaN);
