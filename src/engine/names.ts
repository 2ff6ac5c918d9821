/**
 * What reads as a person's name: a capitalised word inside a sentence. The words that are
 * capitalised for other reasons (days, months, places, offices, institutions, God) come from
 * rule data (`rules/language.yml` `not_names` and the packs' own `not_names`).
 */
import type { Token } from './tokenize';

export function isName(t: Token, prev: Token | undefined, notNames: ReadonlySet<string>): boolean {
  // Inside a hashtag case says nothing: a part no word list knows is a name (`markTagNames`).
  if (t.tag) return t.tagName === true;
  if (!t.cap || t.caps || t.mention || t.place === true) return false;
  // A sentence's first word is capitalised whatever it is: a name only when no one knows the word.
  if ((prev === undefined || prev.sentence !== t.sentence) && t.lead !== true) return false;
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

const NO_WORDS: ReadonlySet<string> = new Set();
const NO_PARTICLES = { particles: NO_WORDS, followers: NO_WORDS };

/**
 * In a draft written in one case (all lower case, or all capitals), case says nothing of names:
 * "dukung pak darmawan saputra", "PILIH BU RATNA WULANDARI JADI BUPATI". There, the word right
 * after an honorific reads as a given name unless it is an office, a trade, a place (`notNames`)
 * or a word of grammar, and up to two words after it that are no everyday word as its surname
 * (after a name opener, "partai", the same: a party's name);
 * after a vote verb (`callVerbs`), a run of words no list knows is a name too. A draft in
 * capitals then reads as one in lower case. Run after the draft's entity names are
 * found, before its patterns are matched.
 */
export function markCaselessNames(tokens: readonly Token[], honorifics: ReadonlySet<string>, notNames: ReadonlySet<string>, grammar: ReadonlySet<string>, everyday: (t: Token) => boolean, callVerbs: ReadonlySet<string> = NO_WORDS, openers: ReadonlySet<string> = NO_WORDS, particles: { particles: ReadonlySet<string>; followers: ReadonlySet<string> } = NO_PARTICLES): void {
  if (!caseless(tokens)) return;
  // "AMIN" in a draft in capitals is the prayer as often as the ticket (the ticket was found as
  // a weak name already; see `targets.ts`).
  for (const t of tokens) t.cap = t.caps = false;
  const eligible = (t: Token) => !t.tag && !t.mention && !t.num && t.text.length >= 3 && isLetters(t.text) && !notNames.has(t.canon) && !honorifics.has(t.canon);
  for (let i = 1; i < tokens.length; i++) {
    // After a vote verb a word nobody knows is whom the vote is for: "plh tenri aj nnti",
    // "keluarga kami pilih tenri 2029" (a run of them: a full name).
    if (callVerbs.has(tokens[i - 1]!.canon) && !honorifics.has(tokens[i]!.canon)) {
      let end = i;
      while (end < tokens.length && end - i < 3 && tokens[end]!.sentence === tokens[i - 1]!.sentence && eligible(tokens[end]!) && !grammar.has(tokens[end]!.canon) && !everyday(tokens[end]!) && tokens[end]!.start <= tokens[end - 1]!.end + 1) end++;
      for (let j = i; j < end; j++) tokens[j]!.cap = true;
      if (end > i) i = end - 1;
      continue;
    }
    // A party's name follows "partai" as a person's follows "pak": "partai harapan nusantara".
    if (!honorifics.has(tokens[i - 1]!.canon) && !openers.has(tokens[i - 1]!.canon)) continue;
    // "bapak-bapak", "ibu-ibu": many people, no name after them.
    if (i >= 2 && tokens[i - 2]!.canon === tokens[i - 1]!.canon) continue;
    const sentence = tokens[i - 1]!.sentence;
    // The first word is the given name, whatever it means ("bu dewi", "mas bayu"), unless it is
    // a word of grammar ("pak itu"); the words after it must be no everyday word (a surname).
    if (!eligible(tokens[i]!) || grammar.has(tokens[i]!.canon) || tokens[i]!.sentence !== sentence) continue;
    // An address cut off by a mark is no name: "gas kak, mabar".
    if (tokens[i]!.start > tokens[i - 1]!.end + 1) continue;
    // A particle after the topic, then an everyday word: "ari nyoblos teh kudu mawa naon?".
    if (particles.particles.has(tokens[i - 1]!.canon) && particles.followers.has(tokens[i]!.canon)) continue;
    let end = i + 1;
    while (end < tokens.length && end - i < 3 && tokens[end]!.sentence === sentence && eligible(tokens[end]!) && !everyday(tokens[end]!)) end++;
    for (let j = i; j < end; j++) tokens[j]!.cap = true;
    i = end - 1;
  }
}

/**
 * Hashtag parts that are no word anyone knows read as names: "#TigorUntukDolokMarsada",
 * "#rahma_untuk_tanjung". Case says nothing inside a hashtag (many are written in lower case),
 * so a part is a name when neither the rules nor the root-word list know it, it is letters only
 * and it is no office, trade or place (`notNames`); or when it is a word of a listed person's name
 * and no root word (`givenName`: "#FauziUntukKota"). Run with `markCaselessNames`.
 */
export function markTagNames(tokens: readonly Token[], notNames: ReadonlySet<string>, known: (t: Token) => boolean, givenName: (t: Token) => boolean = () => false): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.tag && t.text.length >= 3 && isLetters(t.text) && !notNames.has(t.canon) && (!known(t) || acronymBeforeWord(t, tokens[i + 1]) || givenName(t))) t.tagName = true;
  }
}

/**
 * The capitalised words right after a place word, two at most ("Kab. Tirta Mandala mendukung …",
 * "Desa Sukamaju", "Jl. Ahmad Yani"): a place's name, though made of a person's ("Ahmad Yani"),
 * so `^name` does not take them for someone who acts or is named.
 */
export function markPlaceNames(tokens: readonly Token[], src: string, placeOpeners: ReadonlySet<string>): void {
  for (let i = 1; i < tokens.length; i++) {
    // The place word capitalised as part of the name ("Kab.", "Desa"), the name right after it
    // ("… di kantor kecamatan, Pak Fahrurrozi …" names a person).
    const opener = tokens[i - 1]!;
    if (!placeOpeners.has(opener.canon) || opener.tag || !opener.cap) continue;
    for (let j = i; j < i + 2 && j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.sentence !== opener.sentence || !t.cap || t.tag || !/^\.?\s+$/.test(src.slice(tokens[j - 1]!.end, t.start))) break;
      t.place = true;
    }
  }
}

/**
 * The first word of each sentence that is capitalised, in letters, and no word the rules, the
 * slang map or the root-word list know, nor an office, a trade or an honorific, is a name:
 * "Syamsir pasti menang", "Rosdiana bakal keok". Its capital says nothing there, so only the word
 * being unknown does. Not in an English sentence, whose words the root list does not hold
 * ("Counting night done"). Run after `markCaselessNames` (a draft in one case has no capitals).
 */
export function markLeadNames(tokens: readonly Token[], notNames: ReadonlySet<string>, honorifics: ReadonlySet<string>, known: (t: Token) => boolean, english: (i: number) => boolean): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0 && tokens[i - 1]!.sentence === t.sentence) continue;
    if (!t.cap || t.caps || t.tag || t.mention || t.num || t.text.length < 3 || !isLetters(t.text)) continue;
    if (notNames.has(t.canon) || honorifics.has(t.canon) || known(t) || english(i)) continue;
    t.lead = true;
  }
}

/**
 * A part in capitals run into a word of the same tag not in capitals (#DAMAIuntukWonoasri,
 * #GUSTIuntukSukawangi, #PERAKMenang) is an acronym, even when it spells a word: a cause is
 * written in the tag's own case (#DamaiUntukNegeri, #damaiuntuknegeri).
 */
function acronymBeforeWord(t: Token, next: Token | undefined): boolean {
  return t.caps && t.text.length >= 4 && next !== undefined && next.tag === t.tag && !next.caps && next.start === t.end;
}

/**
 * The draft is written in one case: no word capitalised, or every word in capitals. A draft in
 * lower case with a word in capitals ("ayo AMIN") chose those capitals.
 */
export function caseless(tokens: readonly Token[]): boolean {
  let lower = false;
  let upper = false;
  for (const t of tokens) {
    if (t.cap && !t.caps) return false;
    if (t.caps) upper = true;
    else if (!t.tag && !t.mention && !t.num && !t.emoji && t.text.length >= 2 && isLetters(t.text)) lower = true;
    if (lower && upper) return false;
  }
  return true;
}
