/**
 * Every rule's own examples, run as tests: adding a rule adds its tests. A `flag` example must
 * produce exactly the marked span(s) from that rule; an `allow` example must produce nothing.
 * A rule of a pack with an election window is tried on a day inside it; a rule that reads the
 * user's profile is tried with the profile its note names.
 */
import { describe, expect, test } from 'vitest';
import { parseMarked } from '../src/engine/marked';
import { compiled, engine } from './helpers';

/** The profile `from_profile` rules' examples are written for (see their notes). */
const EXAMPLE_PROFILE = { jobTitle: 'Pranata Komputer', agency: 'Dinas Kominfo Sukamaju' };

describe.each(compiled.rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  const pack = compiled.packs.find((p) => p.id === rule.pack);
  const opts = { only: [id], ...(pack?.validFrom ? { date: pack.validFrom } : {}), ...(rule.fromProfile ? { profile: EXAMPLE_PROFILE } : {}) };
  test.each(rule.examples.flag)('flags: %s', (marked) => {
    const { text, spans } = parseMarked(marked);
    const got = engine.check(text, opts).map((f) => [f.start, f.end]);
    expect(got, `spans of ${id} in "${text}"`).toEqual(spans);
  });
  test.each(rule.examples.allow)('allows: %s', (text) => {
    expect(engine.check(text, opts)).toEqual([]);
  });
  if (rule.fix === 'remove') {
    test.each(rule.examples.flag)('fix removes the finding: %s', (marked) => {
      const { text } = parseMarked(marked);
      let fixed = text;
      const fs = engine.check(text, opts);
      for (const f of [...fs].reverse()) {
        const s = f.suggestions?.[0];
        if (s) fixed = fixed.slice(0, s.start) + (s.kind === 'replace' ? s.text : '') + fixed.slice(s.end);
      }
      expect(engine.check(fixed, opts)).toEqual([]);
    });
  }
});
