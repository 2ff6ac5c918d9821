/**
 * English drafts. Contractions are split the way English readers do ("I'm" → i am, "won't" → will
 * not), so English rules can be written in plain words ("i am voting for"). The table follows
 * `compromise`'s tokenizer (`compromise/one`) word for word — a unit test holds the two together —
 * without shipping its 90 KB (gzip) to every page: splitting a contraction is all the engine used.
 */
import type { Token } from './tokenize';
import { tokenWith } from './token-copy';

/** Marker words of each language (`rules/language.yml`). */
export interface EnglishMarkers {
  englishMarkers: ReadonlySet<string>;
  indonesianMarkers: ReadonlySet<string>;
}

/** True when the sentence of token `i` reads as English (see `isEnglish`). */
export function sentenceInEnglish(tokens: readonly Token[], i: number, markers: EnglishMarkers): boolean {
  const n = tokens[i]!.sentence;
  let a = i;
  let b = i;
  while (a > 0 && tokens[a - 1]!.sentence === n) a--;
  while (b < tokens.length && tokens[b]!.sentence === n) b++;
  const words: string[] = [];
  for (let k = a; k < b; k++) words.push(tokens[k]!.canon);
  return isEnglish(words, markers);
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

/** Whole words (with an apostrophe) and what they stand for. */
const WORDS: Record<string, string[]> = {
  "can't": ['can', 'not'],
  "shan't": ['should', 'not'],
  "won't": ['will', 'not'],
  "that's": ['that', 'is'],
  "what's": ['what', 'is'],
  "let's": ['let', 'us'],
  "c'mere": ['come', 'here'],
  "c'mon": ['come', 'on'],
  "y'know": ['you', 'know'],
  "ne'er": ['never'],
  "o'er": ['over'],
};
/** The part after the apostrophe ("we're" → we are). */
const AFTER: Record<string, string> = { ll: 'will', ve: 'have', re: 'are', m: 'am' };
/** The part before it, French-style ("c'est" → ce est), when what follows is longer than two letters. */
const BEFORE: Record<string, string> = { c: 'ce', m: 'me', n: 'ne', qu: 'que', s: 'se', t: 'tu' };
/** "what'd" → what did; other "'d" words need the next word to tell had from would, and stay whole. */
const DID = new Set(['what', 'how', 'when', 'where', 'why']);
const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

function split(normal: string): string[] | null {
  if (own(WORDS, normal)) return WORDS[normal]!;
  const parts = normal.split("'");
  const before = parts[0]!;
  const after = parts[1] ?? '';
  if (own(AFTER, after)) return [before, AFTER[after]!];
  if (own(BEFORE, before) && after.length > 2) return [BEFORE[before]!, after];
  // "don't" → do not; "'d" needs the next word to tell had from would, except after a question word.
  if (after === 't' && normal !== "ain't") return [normal.replace("n't", ''), 'not'];
  if (after === 'd' && DID.has(before)) return [before, 'did'];
  if (before === 'j') return ['je', after];
  if (before === 'l') return [after.endsWith('e') ? 'la' : 'le', after];
  if (before === 'd') {
    if (/(e|aison|sion|tion)$/.test(after) && !/(age|isme|acle|ege|oire)$/.test(after)) return ['du', after];
    return [after.endsWith('s') ? 'des' : 'de', after];
  }
  if (before === 'there' && after === 's') return ['there', 'is'];
  return null;
}

/** A part as a word: apostrophes at its ends dropped, then a possessive "'s". */
function part(p: string): string {
  const bare = p.replace(/^'+|'+$/g, '');
  return bare.replace(/'s$/, '') || bare;
}

const MAX_CONTRACTION = 24;
/** "i'm" → ["i", "am"], "won't" → ["will", "not"]; other words → [word]. */
export function expandContraction(word: string): string[] {
  // No contraction is long; a long run of apostrophes and letters is not one ("a'a'a'…").
  if (word.length > MAX_CONTRACTION || !word.includes("'")) return [word];
  // Lower case without accents ("é" → e), as compromise reads a word before it looks it up.
  const normal = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  const parts = split(normal)?.map(part).filter(Boolean);
  return parts && parts.length > 1 ? parts : [word];
}

/**
 * In an English sentence "no" is the word, not Indonesian "no." for "nomor" ("no campaign hashtags",
 * "No thanks"), unless a number follows ("vote no 2", "No. 3"). The canon map reads every "no" as
 * "nomor"; this gives the English ones back.
 */
export function englishNo(tokens: Token[], markers: EnglishMarkers): void {
  let draftEnglish: boolean | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text !== 'no' || t.canon !== 'nomor') continue;
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence && (next.num || !/^\p{L}+$/u.test(next.text))) continue;
    // A short sentence after a colon has too few words to tell: the draft's language decides.
    draftEnglish ??= isEnglish(tokens.map((k) => k.canon), markers);
    if (draftEnglish || sentenceInEnglish(tokens, i, markers)) t.canon = 'no';
  }
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
    // Only the first part keeps the word's capital: "I've" is "I" and "have", not a name "Have".
    else parts.forEach((part, k) => out.push(tokenWith(t, k === 0 ? { text: part, canon: part } : { text: part, canon: part, cap: false, caps: false })));
  }
  return out;
}
