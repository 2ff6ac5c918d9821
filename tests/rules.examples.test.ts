/**
 * Every rule's own examples, run as tests: adding a rule adds its tests. A `flag` example must
 * produce exactly the marked span(s) from that rule; an `allow` example must produce nothing.
 */
import { describe, expect, test } from 'vitest';
import { parseMarked } from '../src/engine/marked';
import { compiled, engine } from './helpers';

describe.each(compiled.rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  test.each(rule.examples.flag)('flags: %s', (marked) => {
    const { text, spans } = parseMarked(marked);
    const got = engine.check(text, { only: [id] }).map((f) => [f.start, f.end]);
    expect(got, `spans of ${id} in "${text}"`).toEqual(spans);
  });
  test.each(rule.examples.allow)('allows: %s', (text) => {
    expect(engine.check(text, { only: [id] })).toEqual([]);
  });
  if (rule.fix === 'remove') {
    test.each(rule.examples.flag)('fix removes the finding: %s', (marked) => {
      const { text } = parseMarked(marked);
      let fixed = text;
      const fs = engine.check(text, { only: [id] });
      for (const f of [...fs].reverse()) {
        const s = f.suggestions?.[0];
        if (s) fixed = fixed.slice(0, s.start) + (s.kind === 'replace' ? s.text : '') + fixed.slice(s.end);
      }
      expect(engine.check(fixed, { only: [id] })).toEqual([]);
    });
  }
});
