/**
 * Measures the engine's judgement on labelled drafts: our own corpus (`tests/corpus/`) and the
 * real posts in `../shared/data/real-posts/` (read from there, never copied).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckOptions, Engine } from '../engine/engine';
import { isFlagged, type Category, type Finding } from '../engine/finding';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS_DIR = join(ROOT, 'tests/corpus');
export const REAL_POSTS = resolve(ROOT, '../shared/data/real-posts/posts.jsonl');

export interface LabelledPost {
  id: string;
  text: string;
  expect: 'flag' | 'ok' | 'unsure';
  category?: Category | null;
  lang?: string;
  tags?: string[];
  source?: string;
}

export function readJsonl(file: string): LabelledPost[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledPost);
}

export function loadCorpus(dir = CORPUS_DIR): LabelledPost[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl(join(dir, f)));
}

export interface Score {
  n: number;
  positives: number;
  negatives: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  fpr: number;
}

export interface Evaluation {
  overall: Score;
  byCategory: Record<string, Score>;
  byGroup: Record<string, Score>;
  misses: Array<{ post: LabelledPost; findings: Finding[]; kind: 'false-negative' | 'false-positive' }>;
}

const empty = (): Omit<Score, 'precision' | 'recall' | 'fpr'> => ({ n: 0, positives: 0, negatives: 0, tp: 0, fp: 0, fn: 0, tn: 0 });
const finish = (s: ReturnType<typeof empty>): Score => ({
  ...s,
  precision: s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1,
  recall: s.positives ? s.tp / s.positives : 1,
  fpr: s.negatives ? s.fp / s.negatives : 0,
});

/**
 * Score `posts` (rows labelled `unsure` are left out). Per-category scores count a positive as
 * found when the draft is flagged at all; false positives count against every category found.
 */
export function evaluate(engine: Engine, posts: LabelledPost[], groupOf: (p: LabelledPost) => string = (p) => p.lang ?? 'all', options: CheckOptions = {}): Evaluation {
  const overall = empty();
  const byCat: Record<string, ReturnType<typeof empty>> = {};
  const byGroup: Record<string, ReturnType<typeof empty>> = {};
  const misses: Evaluation['misses'] = [];
  const bump = (s: ReturnType<typeof empty>, pos: boolean, flagged: boolean) => {
    s.n++;
    if (pos) {
      s.positives++;
      if (flagged) s.tp++;
      else s.fn++;
    } else {
      s.negatives++;
      if (flagged) s.fp++;
      else s.tn++;
    }
  };
  for (const p of posts) {
    if (p.expect === 'unsure') continue;
    const findings = engine.check(p.text, options);
    const flagged = isFlagged(findings);
    const pos = p.expect === 'flag';
    bump(overall, pos, flagged);
    bump((byGroup[groupOf(p)] ??= empty()), pos, flagged);
    if (pos && p.category) bump((byCat[p.category] ??= empty()), true, flagged);
    if (!pos && flagged) {
      for (const c of new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.category))) bump((byCat[c] ??= empty()), false, true);
    }
    if (pos !== flagged) misses.push({ post: p, findings, kind: pos ? 'false-negative' : 'false-positive' });
  }
  const map = (o: Record<string, ReturnType<typeof empty>>) => Object.fromEntries(Object.entries(o).sort().map(([k, v]) => [k, finish(v)]));
  return { overall: finish(overall), byCategory: map(byCat), byGroup: map(byGroup), misses };
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5) + '%';
export function formatScores(title: string, e: Evaluation): string {
  const row = (name: string, s: Score) =>
    `  ${name.padEnd(22)} n=${String(s.n).padStart(4)}  precision ${pct(s.precision)}  recall ${pct(s.recall)}  false-positive rate ${pct(s.fpr)}  (tp ${s.tp}, fn ${s.fn}, fp ${s.fp}, tn ${s.tn})`;
  const lines = [title, row('overall', e.overall)];
  if (Object.keys(e.byCategory).length) lines.push(' by category:', ...Object.entries(e.byCategory).map(([k, s]) => row(k, s)));
  if (Object.keys(e.byGroup).length > 1) lines.push(' by group:', ...Object.entries(e.byGroup).map(([k, s]) => row(k, s)));
  return lines.join('\n');
}

export function formatMisses(e: Evaluation, limit = Infinity): string {
  const lines: string[] = [];
  for (const m of e.misses.slice(0, limit)) {
    const what = m.kind === 'false-negative' ? 'MISSED ' : 'FALSE+ ';
    const found = m.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}「${f.text}」`).join(', ');
    lines.push(`  ${what}${m.post.id} [${m.post.category ?? m.post.source ?? ''}] ${m.post.text.replace(/\s+/g, ' ').slice(0, 220)}${found ? `\n          ↳ ${found}` : ''}`);
  }
  if (e.misses.length > limit) lines.push(`  … ${e.misses.length - limit} more`);
  return lines.join('\n');
}
