/**
 * What reads as a person's name: a capitalised word inside a sentence. The words that are
 * capitalised for other reasons (days, months, places, offices, institutions, God) come from
 * rule data (`rules/language.yml` `not_names` and the packs' own `not_names`).
 */
import type { Token } from './tokenize';

export function isName(t: Token, prev: Token | undefined, notNames: ReadonlySet<string>): boolean {
  if (!t.cap || t.caps || t.tag || t.mention || prev === undefined || prev.sentence !== t.sentence) return false;
  // An English possessive is still the name: "Pak Hendra's rally" (the canon has dropped the 's).
  const text = t.text.endsWith("'s") ? t.text.slice(0, -2) : t.text;
  return text.length >= 3 && isLetters(text) && !notNames.has(t.canon);
}

/** Only letters (the text is lower case; other scripts through the slower Unicode test). */
export function isLetters(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) continue;
    return /^\p{L}+$/u.test(w);
  }
  return w.length > 0;
}
