/**
 * The leave-one-source-out table adds the development set's sources and the training set's as
 * subtotals, and "all" stays the sum of every row (the figures `npm run eval` prints and the
 * model card carries).
 */
import { expect, test } from 'vitest';
import { losoMarkdown, losoText, type SourceRow } from '../src/eval/loso';

const t = (tp: number, fn: number, fp: number, tn: number) => ({ tp, fn, fp, tn });
const row = (source: string, set: string, rules: ReturnType<typeof t>): SourceRow => ({ source, set, fold: source, partisan: rules.tp + rules.fn, harmless: rules.fp + rules.tn, rules, outOfFold: rules, inSample: rules });

const rows = [row('dev-a', 'real', t(9, 1, 0, 10)), row('dev-b', 'real', t(8, 2, 1, 9)), row('train-a', 'train', t(5, 5, 2, 8)), row('ours', 'corpus', t(10, 0, 0, 10))];

test('text: one subtotal per labelled set that has rows, then all', () => {
  const lines = losoText(rows).split('\n');
  const dev = lines.find((l) => l.trim().startsWith('development-set sources'))!;
  expect(dev).toMatch(/\s20\s+20\s+85\.0%\s+5\.0%/);
  const train = lines.find((l) => l.trim().startsWith('training-set sources'))!;
  expect(train).toMatch(/\s10\s+10\s+50\.0%\s+20\.0%/);
  const all = lines.at(-1)!;
  expect(all.trim().startsWith('all')).toBe(true);
  expect(all).toMatch(/\s40\s+40\s+80\.0%\s+7\.5%/);
});

test('markdown: subtotals in italics before the bold total; none for a set without rows', () => {
  const md = losoMarkdown(rows.filter((r) => r.set !== 'train'));
  expect(md).toContain('| *development-set sources* | | 20 | 20 | 85.0% | 5.0% |');
  expect(md).not.toContain('training-set sources');
  expect(md.split('\n').at(-1)).toMatch(/^\| \*\*all\*\* \| \| 30 \| 30 \|/);
});
