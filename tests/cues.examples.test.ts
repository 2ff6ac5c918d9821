/**
 * Every cue's own examples, run as tests (like the rules' examples): a `flag` example must show
 * the cue's words exactly at the marked span(s) — an evaluation signal or a target, read alone —
 * and an `allow` example must show none.
 */
import { describe, expect, test } from 'vitest';
import { createEngine } from '../src/engine/engine';
import { parseMarked } from '../src/engine/marked';
import { compiled } from './helpers';

const spansOf = (engine: ReturnType<typeof createEngine>, text: string, kind: 'signal' | 'target') => {
  const x = engine.explain(text);
  const found = kind === 'signal' ? x.signals : x.targets.filter((t) => t.cue);
  return found.map((s) => [s.start, s.end]);
};

describe.each((compiled.cues ?? []).map((q) => [q.id, q] as const))('%s', (_id, cue) => {
  // The cue alone: no rules, no other cue, so what is found is this cue's own reading.
  const engine = createEngine({ ...compiled, rules: [], cues: [cue], model: undefined });
  test.each(cue.examples.flag)('finds: %s', (marked) => {
    const { text, spans } = parseMarked(marked);
    expect(spansOf(engine, text, cue.kind)).toEqual(spans);
  });
  test.each(cue.examples.allow)('finds nothing in: %s', (text) => {
    expect(spansOf(engine, text, cue.kind)).toEqual([]);
  });
});
