/**
 * The practice room's scenario deck must agree with the engine: a trainer shows the verdict
 * and the same draft in the composer, so "tidak boleh" drafts that can be seen in text are
 * flagged and "boleh" drafts are not.
 */
import { describe, expect, test } from 'vitest';
import { loadGuidelines, loadScenarios } from '../src/build/load-rules';
import { isFlagged } from '../src/engine/finding';
import { engine } from './helpers';

const deck = loadScenarios();
const library = loadGuidelines();

test('at least 40 scenarios covering every guideline, in both languages', () => {
  expect(deck.length).toBeGreaterThanOrEqual(40);
  const covered = new Set(deck.map((s) => s.guideline));
  for (const g of Object.keys(library.guidelines)) expect(covered.has(g), g).toBe(true);
});

describe.each(deck.map((s) => [s.id, s] as const))('%s', (_id, s) => {
  const textual = library.guidelines[s.guideline]?.detectable !== 'image' && library.guidelines[s.guideline]?.detectable !== 'not-in-a-post';
  test.runIf(textual)(`the engine agrees with the verdict "${s.verdict}" (Indonesian draft)`, () => {
    const findings = engine.check(s.draft.id);
    expect(isFlagged(findings), `${s.draft.id}\n→ ${findings.map((f) => f.ruleId).join(', ')}`).toBe(s.verdict === 'tidak-boleh');
  });
});
