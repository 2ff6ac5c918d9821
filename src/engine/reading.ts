/**
 * How the engine reads text, built once per engine from rule data: the tokenizer's slang map,
 * hashtag vocabulary, hand signs, digits-for-letters and abbreviations, and the word sets of the
 * name, headline and English tests (`rules/language.yml` plus what the packs add).
 */
import type { CompiledRules, LanguageData } from './rules';
import type { TokenizeOptions } from './tokenize';

export interface Reading extends TokenizeOptions {
  /** Capitalised words that are not people's names. */
  notNames: ReadonlySet<string>;
  /** Words the headline test leaves out. */
  minorWords: ReadonlySet<string>;
  englishMarkers: ReadonlySet<string>;
  indonesianMarkers: ReadonlySet<string>;
  clauseBreaks: ReadonlySet<string>;
  clauseJoins: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  callMarkers: ReadonlySet<string>;
  callVerbs: ReadonlySet<string>;
  firstPerson: ReadonlySet<string>;
}

const NO_LANGUAGE: LanguageData = { notNames: [], minorWords: [], englishMarkers: [], indonesianMarkers: [], handSigns: {}, leet: {}, abbreviations: [], clauseBreaks: [], clauseJoins: [], pronouns: [], callMarkers: [], callVerbs: [], firstPerson: [] };

export function readingOf(compiled: Pick<CompiledRules, 'canon' | 'vocab' | 'notNames' | 'language'>): Reading {
  const lang = compiled.language ?? NO_LANGUAGE;
  return {
    canon: new Map(Object.entries(compiled.canon)),
    vocab: new Set(compiled.vocab),
    handSigns: new Map(Object.entries(lang.handSigns).map(([cp, canon]) => [Number.parseInt(cp, 16), canon])),
    leet: lang.leet,
    abbreviations: new Set(lang.abbreviations),
    notNames: new Set([...lang.notNames, ...(compiled.notNames ?? [])]),
    minorWords: new Set(lang.minorWords),
    englishMarkers: new Set(lang.englishMarkers),
    indonesianMarkers: new Set(lang.indonesianMarkers),
    clauseBreaks: new Set(lang.clauseBreaks ?? []),
    clauseJoins: new Set(lang.clauseJoins ?? []),
    pronouns: new Set(lang.pronouns ?? []),
    callMarkers: new Set(lang.callMarkers ?? []),
    callVerbs: new Set(lang.callVerbs ?? []),
    firstPerson: new Set(lang.firstPerson ?? []),
  };
}
