/**
 * How entity names are written and read: their words as the tokenizer reads them, handles, the
 * form a name must take to count, and the classes of names the rules' macros stand for.
 */
import type { CompiledEntities } from './rules';

/**
 * The classes of entity names, each the macro of the same name that rules use (`@kandidat`,
 * `@tokoh-lemah` …). The compiler puts one target atom in each of these macros; the name index
 * (targets.ts) says where each class's names are in a draft.
 */
export const TARGET_CLASSES = ['kandidat', 'kandidat-lemah', 'tokoh', 'tokoh-lemah', 'pasangan', 'partai', 'partai-singkat', 'slogan', 'slogan-lemah', 'tim-kampanye-nama'] as const;
export type TargetClass = (typeof TARGET_CLASSES)[number];

export function targetClassId(name: string): number {
  const i = (TARGET_CLASSES as readonly string[]).indexOf(name);
  if (i < 0) throw new Error(`unknown target class "${name}"`);
  return i;
}

/** The words of a name as the tokenizer reads them: "Ma'ruf Amin" → ma'ruf amin, "Prabowo-Gibran" → prabowo gibran. */
export function nameWords(name: string): string[] {
  // Most names are plain ASCII, which decomposition leaves as it is (and it is slow); in ASCII,
  // letters and digits are [a-z0-9] once lower-cased, and a plain class splits faster than
  // Unicode properties (the engine splits every entity name at start-up).
  const ascii = /^[\x20-\x7e]*$/.test(name);
  return (ascii ? name : name.normalize('NFKD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .split(ascii ? /[^a-z0-9']+/ : /[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/**
 * The hashtag vocabulary's words from entity names: each word of 3 letters or more of a person's
 * names and weak names, a pair's and a party's names and a hashtag (the compiler adds them, and
 * the content script, which does not carry them twice, works them out again: packed-rules.ts).
 */
export function nameVocab(e: Pick<CompiledEntities, 'people' | 'pairs' | 'parties' | 'hashtags'>, into = new Set<string>()): Set<string> {
  const names = [...e.people.flatMap((p) => [...p.names, ...p.weak]), ...e.pairs.flatMap((p) => p.names), ...e.parties.flatMap((p) => p.names), ...e.hashtags.map((h) => h.text)];
  for (const n of names) for (const w of nameWords(n)) if (w.length >= 3 && /^\p{L}+$/u.test(w)) into.add(w);
  return into;
}

/** A handle as the tokenizer reads a mention: lower case, underscores dropped. */
export const handleKey = (h: string) => h.replace(/^@/, '').replace(/_/g, '').toLowerCase();

/**
 * How a name must appear to name its entity. Names that are also ordinary words or very short
 * are the risk: "PAS" the party is "pas" (just right), "Intan" the candidate is a gem, "AMAN"
 * the slogan is "safe". Such a name counts only written in capitals (an acronym), after an
 * honorific (a person: "Bu Intan"), or inside a hashtag (a one-word slogan).
 */
export interface NameForm {
  words: string[];
  caps: boolean;
  honorific: boolean;
  tagOnly: boolean;
}

export function nameForm(name: string, kind: 'person' | 'party' | 'slogan' | 'pair', weak: boolean, isOrdinary: (w: string) => boolean): NameForm {
  const words = nameWords(name);
  const letters = /^[\x20-\x7e]*$/.test(name) ? name.replace(/[^A-Za-z]/g, '') : name.replace(/[^\p{L}]/gu, '');
  const acronym = letters.length >= 2 && letters === letters.toUpperCase() && words.length === 1;
  const one = words.length === 1 ? words[0]! : null;
  const caps = acronym && (weak || one!.length <= 2 || isOrdinary(one!));
  const honorific = !caps && kind === 'person' && weak && one !== null && (one.length <= 3 || isOrdinary(one));
  const tagOnly = !caps && kind === 'slogan' && weak && words.every(isOrdinary);
  return { words, caps, honorific, tagOnly };
}

/** Whether `s` is a run of words from `vocab` and digits ("prabowogibran2024"). */
export function splitsInto(s: string, vocab: ReadonlySet<string>): boolean {
  const ok = new Uint8Array(s.length + 1);
  ok[0] = 1;
  for (let i = 0; i < s.length; i++) {
    if (!ok[i]) continue;
    // Digits are tracked as the run grows (a regex per slice was most of the engine's start-up
    // spent on hashtags).
    let digits = true;
    for (let j = i + 1; j <= s.length && j - i <= 24; j++) {
      const c = s.charCodeAt(j - 1);
      digits &&= c >= 48 && c <= 57;
      if (digits || vocab.has(s.slice(i, j))) ok[j] = 1;
    }
  }
  return ok[s.length] === 1;
}
