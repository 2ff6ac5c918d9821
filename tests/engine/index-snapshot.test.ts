/**
 * The extension ships its rules with what the target index learnt at build time
 * (`withIndex`); packs merged at run time are indexed from scratch. Both paths must read every
 * draft the same way: the rules' and cues' own examples, checked in full (every rule), give the
 * same findings and the same targets either way.
 */
import { describe, expect, test } from 'vitest';
import { withIndex } from '../../src/build/index-snapshot';
import { shippedRules } from '../../src/build/load-rules';
import { createEngine } from '../../src/engine/engine';
import { parseMarked } from '../../src/engine/marked';
import { mergeRules } from '../../src/engine/merge';
import { TargetIndex } from '../../src/engine/targets';
import { compiled } from '../helpers';

const shipped = withIndex(shippedRules(compiled));
const precompiled = createEngine(shipped);
const runtime = createEngine(compiled);

const refuse = (w: string): boolean => {
  throw new Error(`asked about "${w}"`);
};

describe('the index learnt at build time', () => {
  test('is what the shipped rules carry, and small', () => {
    expect(shipped.index?.targets.ordinary.length).toBeGreaterThan(0);
    expect(JSON.stringify(shipped.index).length).toBeLessThan(4000);
  });

  test('is used for the rules it was made from: the stemmer is not asked', () => {
    expect(() => new TargetIndex(shipped, refuse, shipped.index!.targets)).not.toThrow();
  });

  test('is ignored for other rules (a pack merged in): the index asks again', () => {
    const extra = { ...compiled, entities: { people: [{ id: 'x', names: ['Sukamaju Baru'], weak: [], handles: [], role: 'figure' as const, pack: 'x', source: '', verified: false }], pairs: [], parties: [], hashtags: [], slogans: [], teams: [] } };
    const merged = mergeRules(compiled, extra);
    expect(() => new TargetIndex(merged, refuse, shipped.index!.targets)).toThrow(/asked about/);
    expect(() => new TargetIndex({ ...merged, index: shipped.index }, refuse, shipped.index!.targets)).toThrow(/asked about/);
  });

  const examples = [
    ...compiled.rules.flatMap((r) => {
      const pack = compiled.packs.find((p) => p.id === r.pack);
      const date = pack?.validFrom;
      return [...r.examples.flag.map((m) => parseMarked(m).text), ...r.examples.allow].map((text) => ({ id: r.id, text, date }));
    }),
    ...(compiled.cues ?? []).flatMap((q) => [...q.examples.flag.map((m) => parseMarked(m).text), ...q.examples.allow].map((text) => ({ id: q.id, text, date: undefined }))),
  ];

  test(`gives the same findings and targets as one built at run time (${examples.length} examples)`, () => {
    expect(examples.length).toBeGreaterThan(500);
    for (const { id, text, date } of examples) {
      const opts = date ? { date } : {};
      const a = precompiled.explain(text, opts);
      const b = runtime.explain(text, opts);
      expect(a.findings, `${id}: ${text}`).toEqual(b.findings);
      expect(a.targets, `${id}: ${text}`).toEqual(b.targets);
    }
  });
});
