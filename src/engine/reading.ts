/**
 * How the engine reads text, built once per engine from rule data: the tokenizer's slang map,
 * hashtag vocabulary, hand signs, digits-for-letters and abbreviations, and the word sets of the
 * name, headline and English tests (`rules/language.yml` plus what the packs add).
 */
import type { WordBook } from './leet';
import type { CompiledRules, LanguageData } from './rules';
import { isRootWord, stem } from './stem';
// The stemmer's own root-word list (the same module `stem.ts` bundles; no extra bytes): an exact
// root lookup without running the stemmer, which costs up to half a millisecond on a non-word.
import rootWords from 'natural/lib/natural/stemmers/indonesian/data/kata-dasar.json';
import type { TokenizeOptions, WordSet } from './tokenize';

export interface Reading extends TokenizeOptions {
  /** Capitalised words that are not people's names. */
  notNames: ReadonlySet<string>;
  /** Words the headline test leaves out. */
  minorWords: ReadonlySet<string>;
  englishMarkers: ReadonlySet<string>;
  indonesianMarkers: ReadonlySet<string>;
  clauseBreaks: ReadonlySet<string>;
  concessives: ReadonlySet<string>;
  reportContinuers: ReadonlySet<string>;
  nameOpeners: ReadonlySet<string>;
  /** `nameOpeners` and the words that open an institution's name: what the headline test skips after. */
  headlineOpeners: ReadonlySet<string>;
  particleHonorifics: ReadonlySet<string>;
  particleFollowers: ReadonlySet<string>;
  certaintyWords: ReadonlySet<string>;
  companions: ReadonlySet<string>;
  clauseJoins: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  callMarkers: ReadonlySet<string>;
  callVerbs: ReadonlySet<string>;
  firstPerson: ReadonlySet<string>;
  spokenVoice: ReadonlySet<string>;
  replyOpeners: ReadonlySet<string>;
  secondPerson: ReadonlySet<string>;
  callOpeners: ReadonlySet<string>;
  callTails: ReadonlySet<string>;
  questionWords: ReadonlySet<string>;
  noticeWords: ReadonlySet<string>;
  adviceAsks: ReadonlySet<string>;
  selfAsks: ReadonlySet<string>;
  askingOpeners: ReadonlySet<string>;
  whetherNots: ReadonlySet<string>;
  ruleDuties: ReadonlySet<string>;
  ballotWords: ReadonlySet<string>;
  mentionVerbs: ReadonlySet<string>;
  sequenceOpeners: ReadonlySet<string>;
  givenNames: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
  roleAnaphors: ReadonlySet<string>;
  possessedAttributes: ReadonlySet<string>;
  relativeMarkers: ReadonlySet<string>;
  permissionWords: ReadonlySet<string>;
  placeOpeners: ReadonlySet<string>;
  /** Words of grammar: the Indonesian and English markers and the headline's minor words. */
  grammarWords: ReadonlySet<string>;
}

const NO_LANGUAGE: LanguageData = { notNames: [], minorWords: [], englishMarkers: [], indonesianMarkers: [], handSigns: {}, leet: {}, abbreviations: [], clauseBreaks: [], clauseJoins: [], pronouns: [], callMarkers: [], callVerbs: [], firstPerson: [], campSuffixes: [] };

/**
 * The words digits and masks may spell (`leet.ts`): the rules' words, slang forms and what they
 * stand for, the language lists, and Indonesian root words with their inflections.
 */
function wordBook(compiled: Pick<CompiledRules, 'canon' | 'vocab'>, lang: LanguageData): WordBook {
  // Made when a draft first has a word written with digits or masks (most have none), not with
  // the engine: thousands of words, and a fresh page's start-up counts every millisecond.
  let ruleWords: Set<string> | undefined;
  let functionWords: Set<string> | undefined;
  const lists = () => {
    if (ruleWords && functionWords) return { ruleWords, functionWords };
    ruleWords = new Set<string>(compiled.vocab);
    for (const [from, to] of Object.entries(compiled.canon)) ruleWords.add(from).add(to);
    functionWords = new Set([...lang.indonesianMarkers, ...lang.englishMarkers, ...(lang.pronouns ?? []), ...(lang.firstPerson ?? [])]);
    for (const list of [lang.notNames, lang.minorWords, lang.clauseBreaks, lang.clauseJoins, lang.callMarkers, lang.callVerbs]) for (const w of list ?? []) ruleWords.add(w);
    for (const w of functionWords) ruleWords.add(w);
    return { ruleWords, functionWords };
  };
  let byLength: Map<number, string[]> | undefined;
  let roots: ReadonlySet<string> | undefined;
  return {
    knows(word, how) {
      const { ruleWords, functionWords } = lists();
      if (how === 'function') return functionWords.has(word);
      if (ruleWords.has(word)) return true;
      if (!/^\p{L}+$/u.test(word)) return false;
      if ((roots ??= new Set(rootWords as string[])).has(word)) return true;
      return how === 'inflected' && (isRootWord(word) || ruleWords.has(stem(word)));
    },
    stem,
    wordsOfLength(length) {
      if (!byLength) {
        byLength = new Map();
        for (const w of lists().ruleWords) {
          if (!/^\p{L}+$/u.test(w)) continue;
          const list = byLength.get(w.length);
          if (list) list.push(w);
          else byLength.set(w.length, [w]);
        }
      }
      return byLength.get(length) ?? [];
    },
  };
}

/** `vocab`: the rules' vocabulary when the caller has it in another form (`stored-vocab.ts`). */
export function readingOf(compiled: Pick<CompiledRules, 'canon' | 'vocab' | 'notNames' | 'language'>, vocab?: WordSet): Reading {
  const lang = compiled.language ?? NO_LANGUAGE;
  // Else made when a check first reads it (a hashtag to split, a word to know): thousands of
  // words, and the engine's creation is a fresh page's start-up.
  return {
    canon: new Map(Object.entries(compiled.canon)),
    get vocab() {
      return (vocab ??= new Set(compiled.vocab));
    },
    words: wordBook(compiled, lang),
    handSigns: new Map(Object.entries(lang.handSigns).map(([cp, canon]) => [Number.parseInt(cp, 16), canon])),
    leet: lang.leet,
    abbreviations: new Set(lang.abbreviations),
    capitalAcronyms: new Set(lang.capitalAcronyms ?? []),
    notNames: new Set([...lang.notNames, ...(compiled.notNames ?? [])]),
    minorWords: new Set(lang.minorWords),
    englishMarkers: new Set(lang.englishMarkers),
    indonesianMarkers: new Set(lang.indonesianMarkers),
    clauseBreaks: new Set(lang.clauseBreaks ?? []),
    concessives: new Set(lang.concessives ?? []),
    reportContinuers: new Set(lang.reportContinuers ?? []),
    nameOpeners: new Set(lang.nameOpeners ?? []),
    headlineOpeners: new Set([...(lang.nameOpeners ?? []), ...(lang.institutionOpeners ?? [])]),
    particleHonorifics: new Set(lang.particleHonorifics ?? []),
    particleFollowers: new Set(lang.particleFollowers ?? []),
    certaintyWords: new Set(lang.certaintyWords ?? []),
    companions: new Set(lang.companions ?? []),
    clauseJoins: new Set(lang.clauseJoins ?? []),
    pronouns: new Set(lang.pronouns ?? []),
    callMarkers: new Set(lang.callMarkers ?? []),
    callVerbs: new Set(lang.callVerbs ?? []),
    firstPerson: new Set(lang.firstPerson ?? []),
    spokenVoice: new Set(lang.spokenVoice ?? []),
    replyOpeners: new Set(lang.replyOpeners ?? []),
    secondPerson: new Set(lang.secondPerson ?? []),
    callOpeners: new Set(lang.callOpeners ?? []),
    callTails: new Set(lang.callTails ?? []),
    questionWords: new Set(lang.questionWords ?? []),
    noticeWords: new Set(lang.noticeWords ?? []),
    adviceAsks: new Set(lang.adviceAsks ?? []),
    selfAsks: new Set(lang.selfAsks ?? []),
    askingOpeners: new Set(lang.askingOpeners ?? []),
    whetherNots: new Set(lang.whetherNots ?? []),
    ruleDuties: new Set(lang.ruleDuties ?? []),
    ballotWords: new Set(lang.ballotWords ?? []),
    mentionVerbs: new Set(lang.mentionVerbs ?? []),
    sequenceOpeners: new Set(lang.sequenceOpeners ?? []),
    givenNames: new Set(lang.givenNames ?? []),
    placePrepositions: new Set(lang.placePrepositions ?? []),
    roleAnaphors: new Set(lang.roleAnaphors ?? []),
    possessedAttributes: new Set(lang.possessedAttributes ?? []),
    relativeMarkers: new Set(lang.relativeMarkers ?? []),
    permissionWords: new Set(lang.permissionWords ?? []),
    placeOpeners: new Set(lang.placeOpeners ?? []),
    grammarWords: new Set([...lang.indonesianMarkers, ...lang.englishMarkers, ...lang.minorWords]),
  };
}
