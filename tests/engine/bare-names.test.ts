import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/build/load-rules';
import { createEngine } from '../../src/engine/engine';

const engine = createEngine(loadRules());
const DATE = '2026-12-06';
const targetsOf = (text: string) => engine.explain(text, { date: DATE }).targets.map((t) => text.slice(t.start, t.end));

describe('a person named bare in an English sentence', () => {
  it('is a target in an English sentence', () => {
    expect(targetsOf('Quote-posting this: Thomas Manurung is a puppet of the mining bosses.')).toContain('Thomas Manurung');
    expect(targetsOf('Reposting the scandal story. Hope Rusdi loses badly in 2029, he deserves it.')).toContain('Rusdi');
  });
  it('is no target in an Indonesian sentence, after a capitalised word or a place preposition', () => {
    expect(targetsOf('Harga cabai di Pasar Kranggan naik lagi minggu ini.')).not.toContain('Kranggan');
    expect(targetsOf('Bali United won again tonight, what a team.')).not.toContain('United');
    expect(targetsOf('We finally got the clean water project in Wonosekar done.')).not.toContain('Wonosekar');
  });
  it('takes a side only in a draft about an election', () => {
    expect(engine.check('Hope Rusdi loses badly in 2029, he deserves it.', { date: DATE }).length).toBeGreaterThan(0);
    // The learned scorer weighs such a draft on its own; the rules take no side in it.
    expect(engine.check('Hope Rusdi loses badly at chess tonight, he deserves it.', { date: DATE }).filter((f) => f.ruleId !== 'sikap.model')).toEqual([]);
  });
});

describe('a sentence that opens with two names', () => {
  it('opens with a person when the first word is known to no list', () => {
    expect(engine.explain('Yudhistira Harjono bought this election, plain and simple.', { date: DATE }).targets.map((t) => 'Yudhistira Harjono bought this election, plain and simple.'.slice(t.start, t.end))).toContain('Yudhistira Harjono');
  });
});
