/**
 * English drafts. Only the tokenizer part of `compromise` (`compromise/one`, about 30 KB
 * gzipped) is bundled: it splits contractions the way English readers do ("I'm" → i am,
 * "won't" → will not), so English rules can be written in plain words ("i am voting for").
 * The full `compromise` build is over 100 KB; its tagger is not needed for the phrases we match.
 */
import nlp from 'compromise/one';
import type { Token } from './tokenize';

/** Marker words of each language (`rules/language.yml`). */
export interface EnglishMarkers {
  englishMarkers: ReadonlySet<string>;
  indonesianMarkers: ReadonlySet<string>;
}

/** True when a sentence reads as English rather than Indonesian or a regional language. */
export function isEnglish(words: readonly string[], markers: EnglishMarkers): boolean {
  let en = 0;
  let id = 0;
  for (const w of words) {
    if (markers.englishMarkers.has(w)) en++;
    if (markers.indonesianMarkers.has(w)) id++;
  }
  return en >= 2 && en > id * 2;
}

const memo = new Map<string, string[]>();
/** "i'm" → ["i", "am"], "won't" → ["will", "not"]; other words → [word]. */
export function expandContraction(word: string): string[] {
  let hit = memo.get(word);
  if (hit) return hit;
  const terms = nlp(word).json()[0]?.terms as Array<{ normal: string; machine?: string | null }> | undefined;
  hit = terms && terms.length > 1 ? terms.map((t) => (t.machine || t.normal).toLowerCase()).filter(Boolean) : [word];
  if (memo.size > 5000) memo.clear();
  memo.set(word, hit);
  return hit;
}

/** Replace contractions in English sentences by their parts; both parts keep the word's span. */
export function expandEnglish(tokens: Token[], markers: EnglishMarkers): Token[] {
  if (!tokens.some((t) => t.text.includes("'"))) return tokens;
  const english = new Set<number>();
  let s = 0;
  while (s < tokens.length) {
    let e = s;
    let apostrophe = false;
    while (e < tokens.length && tokens[e]!.sentence === tokens[s]!.sentence) {
      if (!apostrophe && tokens[e]!.text.includes("'")) apostrophe = true;
      e++;
    }
    // Only sentences with a contraction need the language test.
    if (apostrophe && isEnglish(tokens.slice(s, e).map((t) => t.canon), markers)) english.add(tokens[s]!.sentence);
    s = e;
  }
  if (english.size === 0) return tokens;
  const out: Token[] = [];
  for (const t of tokens) {
    if (!english.has(t.sentence) || !t.text.includes("'")) {
      out.push(t);
      continue;
    }
    const parts = expandContraction(t.text);
    if (parts.length === 1) out.push(t);
    else for (const part of parts) out.push({ ...t, text: part, canon: part });
  }
  return out;
}
