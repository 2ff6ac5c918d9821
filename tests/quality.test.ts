/**
 * Judgement, measured: the quality bars of the rule packs on our own corpus. The bars on the
 * real posts in ../shared are in tests/shared (`npm run check:shared`); `npm run eval` prints
 * the details.
 */
import { describe, expect, test } from 'vitest';
import { evaluate, formatMisses, loadCorpus } from '../src/eval/evaluate';
import { engine } from './helpers';

describe('our corpus (tests/corpus)', () => {
  const corpus = loadCorpus();
  test('has the size and mix it promises', () => {
    const flag = corpus.filter((p) => p.expect === 'flag');
    const ok = corpus.filter((p) => p.expect === 'ok');
    expect(corpus.length).toBeGreaterThanOrEqual(500);
    expect(flag.length).toBeGreaterThanOrEqual(200);
    expect(ok.length).toBeGreaterThanOrEqual(300);
    expect(corpus.filter((p) => p.id.startsWith('h')).length).toBeGreaterThanOrEqual(100);
    for (const c of ['partisan-support', 'job-title', 'state-resources', 'coercion', 'party-membership', 'campaign-engagement']) {
      expect(flag.filter((p) => p.category === c).length, c).toBeGreaterThanOrEqual(10);
    }
    for (const l of ['jv', 'su', 'en']) expect(corpus.filter((p) => p.lang === l).length, l).toBeGreaterThanOrEqual(20);
  });
  test('recall ≥ 0.95 and false-positive rate ≤ 2%', () => {
    const e = evaluate(engine, corpus);
    const report = formatMisses(e, 40);
    expect(e.overall.recall, report).toBeGreaterThanOrEqual(0.95);
    expect(e.overall.fpr, report).toBeLessThanOrEqual(0.02);
  });
});
