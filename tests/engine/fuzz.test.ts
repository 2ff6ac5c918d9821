/**
 * Property-based fuzzing of the engine (fast-check): on random and hostile text — every plane,
 * lone surrogates, combining marks, right-to-left text, invisible characters, long tokens, runs
 * of dots — the engine never throws, and every finding's span lies inside the text and is the
 * text it names. A quick run here; `npm run fuzz` runs 100,000 inputs and prints timings.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { engine } from '../helpers';
import { hostileText, violations } from '../fuzz/arbitraries';

test('hostile drafts: no exception, every span inside the text and equal to what it names', () => {
  fc.assert(
    fc.property(hostileText(600, 16), fc.constantFrom('id' as const, 'en' as const), (text, lang) => {
      expect(violations(engine, text, lang)).toEqual([]);
    }),
    { numRuns: 400 },
  );
});

test('the phrases the fuzzer splices in do make rules fire, so spans are exercised', () => {
  const found = fc.sample(hostileText(200, 12), { numRuns: 200, seed: 1 }).filter((t) => engine.check(t).length > 0).length;
  expect(found).toBeGreaterThan(50);
});
