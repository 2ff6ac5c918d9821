/**
 * The English texts the content script does not carry (issue 11: its size): most users write in
 * Indonesian with the UI in Indonesian, so the page carries Indonesian only, and a page whose UI
 * language is English asks the background once for these (`netra:english`, see lean-english.ts).
 * Until they come, or if they never do, English falls back to the Indonesian text: never an empty
 * string or a key. Both directions live here; no Node imports (the filling runs in the page).
 */
import type { Guideline, GuidelineLibrary } from '../engine/guideline';
import type { CompiledRules, Localized } from '../engine/rules';

/** What the background answers `netra:english` with. */
export interface EnglishText {
  /** The UI messages (`_locales/en`), by key. */
  messages: Record<string, { message: string }>;
  /** Each guideline's card texts in English, in the order of `CARD_TEXTS`. */
  guidelines: Record<string, string[]>;
  /** Each rule's message in English, by rule id. */
  rules: Record<string, string>;
}

/**
 * What a card in the page shows of a guideline, in each language: the content script keeps its
 * Indonesian. Not the short line: only the library's pages show it.
 */
const CARD_TEXTS: ReadonlyArray<(g: Guideline) => Localized> = [(g) => g.title, (g) => g.dialog.found, (g) => g.dialog.do, (g) => g.sanction.text];

const indonesian = (l: Localized): Localized => ({ id: l.id }) as Localized;

/** A guideline's card texts without their English, and no short line (`leanGuidelines` in content-lean.ts). */
export function cardInIndonesian(g: Guideline): Guideline {
  return { ...g, title: indonesian(g.title), short: { id: '', en: '' }, dialog: { found: indonesian(g.dialog.found), do: indonesian(g.dialog.do) }, sanction: { ...g.sanction, text: indonesian(g.sanction.text) } };
}

/** The page's library as the engine and UI expect it: English is the Indonesian until it comes. */
export function withIndonesianCards(lib: GuidelineLibrary): GuidelineLibrary {
  for (const g of Object.values(lib.guidelines)) for (const get of CARD_TEXTS) get(g).en ??= get(g).id;
  return lib;
}

/** The background's answer, from the full rules, library and English UI messages. */
export function englishText(rules: CompiledRules, lib: GuidelineLibrary, messages: Record<string, { message: string }>): EnglishText {
  return {
    messages,
    guidelines: Object.fromEntries(Object.values(lib.guidelines).map((g) => [g.id, CARD_TEXTS.map((get) => get(g).en)])),
    rules: Object.fromEntries(rules.rules.map((r) => [r.id, r.message.en])),
  };
}

/**
 * Puts the English texts in place in the page's rules and library (the engine and the cards read
 * them there at each check and render). A text missing or empty in the answer stays Indonesian.
 */
export function fillEnglish(e: EnglishText, rules: CompiledRules, lib: GuidelineLibrary): void {
  for (const r of rules.rules) {
    const en = Object.hasOwn(e.rules, r.id) ? e.rules[r.id] : undefined;
    if (typeof en === 'string' && en) r.message.en = en;
  }
  for (const g of Object.values(lib.guidelines)) {
    const texts = Object.hasOwn(e.guidelines, g.id) ? e.guidelines[g.id] : undefined;
    CARD_TEXTS.forEach((get, i) => {
      const en = texts?.[i];
      if (typeof en === 'string' && en) get(g).en = en;
    });
  }
}
