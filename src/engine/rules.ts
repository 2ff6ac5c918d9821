/**
 * The compiled form of rule packs: what the build step (src/build/) writes from `rules/**.yml`
 * and what the engine loads. Plain JSON, patterns already parsed.
 */
import type { Category, Severity } from './finding';
import type { Pattern } from './pattern';

export type Localized = { id: string; en: string };

/** How a rule finds its matches. */
export type RuleKind =
  /** Any match of `patterns` is a finding. */
  | 'phrase'
  /** A match of `first` and a match of `second` within the same sentence (or N tokens). */
  | 'cooccurrence'
  /**
   * Official identity (job title, NIP, uniform, agency): reported only when the same draft
   * already carries a finding in one of `requires` categories. Not a breach on its own.
   */
  | 'identity';

export interface CompiledRule {
  id: string;
  pack: string;
  kind: RuleKind;
  category: Category;
  severity: Severity;
  confidence: number;
  guideline: string;
  message: Localized;
  patterns: Pattern[];
  second: Pattern[];
  /** Token window for co-occurrence; 0 means "same sentence". */
  window: number;
  report: 'first' | 'second' | 'both';
  requires: Category[];
  /** Exceptions: any match of these in the same sentence silences the finding. */
  unless: Pattern[];
  /** Conditions: when given, a finding counts only if one of these matches in the same sentence (or the draft). */
  needs: Pattern[];
  /** Where `needs` must match: 'sentence' (default) or anywhere in the 'draft'. */
  needsIn?: 'sentence' | 'draft';
  /** Named shared exception contexts (see rules/contexts.yml). */
  contexts: string[];
  fix?: 'remove';
  examples: { flag: string[]; allow: string[] };
  /** Source file, for messages and the meta-test. */
  file: string;
}

export interface CompiledContext {
  id: string;
  patterns: Pattern[];
  /** 'sentence': anywhere in the sentence; 'before': in the sentence, starting before the match; 'draft': anywhere in the draft. */
  scope: 'sentence' | 'before' | 'draft';
  /**
   * Also matches a sentence written like a headline: at least this share (0..1) of its ordinary
   * words start with a capital ("Prabowo Klaim RI Tidak Perlu Impor BBM").
   */
  titlecase?: number;
}

export interface PackInfo {
  id: string;
  name: string;
  version: string;
  description: string;
  /** `generic` rules, `entities` (swappable lists), `regional` (Pilkada), `agency`. */
  kind: 'generic' | 'entities' | 'regional' | 'agency';
  validFrom?: string;
  validUntil?: string;
}

export interface CompiledRules {
  packs: PackInfo[];
  rules: CompiledRule[];
  /** Macro name → its alternatives (each a pattern). */
  macros: Record<string, Pattern[]>;
  contexts: CompiledContext[];
  /** Slang and abbreviation map. */
  canon: Record<string, string>;
  /** Words used to split run-together hashtags. */
  vocab: string[];
  /** Capitalised words that `^name` must not take for a person's name (packs add to `language.notNames`). */
  notNames?: string[];
  /** How text is read (`rules/language.yml`); packs compiled on their own carry none. */
  language?: LanguageData;
}

/** The word lists the tokenizer, the name test, the headline test and the English reader use. */
export interface LanguageData {
  notNames: string[];
  minorWords: string[];
  englishMarkers: string[];
  indonesianMarkers: string[];
  /** Code point (hex) → canonical token (`jari2`). */
  handSigns: Record<string, string>;
  /** Digit → the letter it stands for inside a word. */
  leet: Record<string, string>;
  abbreviations: string[];
}
