/**
 * Judgement on the real posts in ../shared/data/real-posts (read from there, never copied).
 * Runs with `npm run check:shared`, which .ci/run calls when ../shared is beside the clone;
 * `npm run eval` prints the details.
 */
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { evaluate, formatMisses, readJsonl, REAL_POSTS } from '../../src/eval/evaluate';
import { engine } from '../helpers';

describe('real posts (../shared/data/real-posts)', () => {
  test('the labelled set is present beside the repository', () => {
    expect(existsSync(REAL_POSTS), `expected ${REAL_POSTS}`).toBe(true);
  });
  test('recall ≥ 0.90 and false-positive rate ≤ 2%, unsure rows left out', () => {
    const e = evaluate(engine, readJsonl(REAL_POSTS));
    const report = formatMisses(e, 40);
    expect(e.overall.recall, report).toBeGreaterThanOrEqual(0.9);
    expect(e.overall.fpr, report).toBeLessThanOrEqual(0.02);
  });
});
