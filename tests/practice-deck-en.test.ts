/**
 * The English practice deck against the engine. A "tidak boleh" English draft Netra does not
 * flag (or a "boleh" one it flags) would contradict the answer key in front of the room; the
 * practice room shows those in their Indonesian original instead (src/practice/shown-draft.ts).
 * The ones the engine's English reading still misses are listed here, to be cleared by the
 * judgement work (issue 11). Any other disagreement fails: an English draft that agrees must
 * keep agreeing.
 */
import { expect, test } from 'vitest';
import { loadGuidelines, loadScenarios } from '../src/build/load-rules';
import { isFlagged } from '../src/engine/finding';
import { engine } from './helpers';

/** Scenarios whose English draft the engine reads differently from the deck (30 of 68 when written). */
const KNOWN_EN_DISAGREEMENTS = new Set([
  's02', 's10', 's13', 's14', 's15', 's19', 's25', 's26', 's27', 's32', 's37', 's39', 's40', 's42', 's43',
  's47', 's51', 's52', 's54', 's55', 's57', 's59', 's60', 's62', 's63', 's65', 's69', 's70', 's73', 's74',
]);

test('every English draft Netra can read in text agrees with the deck, except the known list', () => {
  const library = loadGuidelines();
  const disagree: string[] = [];
  let checked = 0;
  for (const s of loadScenarios()) {
    const kind = library.guidelines[s.guideline]?.detectable;
    if (kind === 'image' || kind === 'not-in-a-post' || !s.draft.en) continue;
    checked++;
    if (isFlagged(engine.check(s.draft.en)) !== (s.verdict === 'tidak-boleh')) disagree.push(s.id);
  }
  expect(checked).toBeGreaterThan(40);
  expect(disagree.filter((id) => !KNOWN_EN_DISAGREEMENTS.has(id))).toEqual([]);
  const fixed = [...KNOWN_EN_DISAGREEMENTS].filter((id) => !disagree.includes(id));
  if (fixed.length) console.info(`English drafts that now agree; drop them from KNOWN_EN_DISAGREEMENTS: ${fixed.join(', ')}`);
});
