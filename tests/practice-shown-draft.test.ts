/**
 * The practice box never contradicts the answer key: in the English UI a scenario whose English
 * wording Netra reads differently from the deck is shown in its Indonesian original, with the
 * translation beside it (src/practice/shown-draft.ts).
 */
import { describe, expect, test } from 'vitest';
import { loadGuidelines, loadScenarios } from '../src/build/load-rules';
import { isFlagged } from '../src/engine/finding';
import { shownDraft } from '../src/practice/shown-draft';
import type { Scenario } from '../src/practice/types';
import { engine } from './helpers';

const scenario = (verdict: Scenario['verdict'], id: string, en: string): Scenario => ({
  id: 't1', guideline: 'kampanye-media-sosial', verdict, platform: 'x', level: 'mudah', draft: { id, en }, why: { id: 'alasan', en: 'reason' },
});

describe('the wording in the practice box', () => {
  const flagsOnly = (...held: string[]) => (text: string) => held.includes(text);

  test('the Indonesian UI always shows the original', () => {
    expect(shownDraft(scenario('tidak-boleh', 'asli', 'english'), 'id', true, flagsOnly())).toEqual({ text: 'asli', lang: 'id' });
  });

  test('English when Netra reads the English as the deck does', () => {
    expect(shownDraft(scenario('tidak-boleh', 'asli', 'english'), 'en', true, flagsOnly('asli', 'english'))).toEqual({ text: 'english', lang: 'en' });
    expect(shownDraft(scenario('boleh', 'asli', 'english'), 'en', true, flagsOnly())).toEqual({ text: 'english', lang: 'en' });
  });

  test('the original with its translation when only the original is read as the deck says', () => {
    expect(shownDraft(scenario('tidak-boleh', 'asli', 'english'), 'en', true, flagsOnly('asli'))).toEqual({ text: 'asli', lang: 'id', translation: 'english' });
    expect(shownDraft(scenario('boleh', 'asli', 'english'), 'en', true, flagsOnly('english'))).toEqual({ text: 'asli', lang: 'id', translation: 'english' });
  });

  test('English stays when neither reading agrees, when the scenario is about pictures, or when a deck has no translation', () => {
    expect(shownDraft(scenario('tidak-boleh', 'asli', 'english'), 'en', true, flagsOnly())).toEqual({ text: 'english', lang: 'en' });
    expect(shownDraft(scenario('tidak-boleh', 'asli', 'english'), 'en', false, flagsOnly('asli'))).toEqual({ text: 'english', lang: 'en' });
    expect(shownDraft(scenario('tidak-boleh', 'asli', 'asli'), 'en', true, flagsOnly())).toEqual({ text: 'asli', lang: 'en' });
  });

  test('with the bundled deck and engine: in English, Netra agrees with the answer key on every scenario it can read in text', () => {
    const library = loadGuidelines();
    const flagged = (text: string) => isFlagged(engine.check(text));
    const disagree: string[] = [];
    let originals = 0;
    for (const s of loadScenarios()) {
      const kind = library.guidelines[s.guideline]?.detectable;
      if (kind === 'image' || kind === 'not-in-a-post') continue;
      const shown = shownDraft(s, 'en', true, flagged);
      if (shown.translation) originals++;
      if (flagged(shown.text) !== (s.verdict === 'tidak-boleh')) disagree.push(s.id);
    }
    expect(disagree).toEqual([]);
    // Most are still shown in English.
    expect(originals).toBeLessThan(loadScenarios().length / 2);
  });
});
