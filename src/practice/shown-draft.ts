/**
 * Which wording of a scenario goes into the practice box. The room must never see the answer
 * key say one thing and Netra's badge another: in the English UI, a scenario whose English
 * translation Netra reads differently from the deck (its English reading is younger than its
 * Indonesian one) is shown in its Indonesian original, which is what civil servants write,
 * with the translation beside it. As the engine's English improves, fewer fall back; nothing
 * here lists scenarios.
 */
import type { Scenario } from './types';

export interface ShownDraft {
  /** What goes into the practice box and is checked. */
  text: string;
  lang: 'id' | 'en';
  /** The UI language's version, shown beside the original when `text` is not in it. */
  translation?: string;
}

/**
 * `flagged`: whether Netra holds a text (the engine's verdict). `textual`: whether the scenario's
 * guideline can be seen in text at all (a picture-only one has no verdict in text to agree with).
 */
export function shownDraft(s: Scenario, uiLang: 'id' | 'en', textual: boolean, flagged: (text: string) => boolean): ShownDraft {
  const original: ShownDraft = { text: s.draft.id, lang: 'id' };
  if (uiLang === 'id') return original;
  const english: ShownDraft = { text: s.draft.en, lang: 'en' };
  if (!textual || s.draft.en === s.draft.id) return english;
  const expected = s.verdict === 'tidak-boleh';
  if (flagged(s.draft.en) === expected || flagged(s.draft.id) !== expected) return english;
  return { ...original, translation: s.draft.en };
}
