/**
 * `rules/language.yml`: the word lists the engine reads text with (see `LanguageData`).
 */
import type { LanguageData } from '../engine/rules';

interface Failing {
  fail(path: Array<string | number>, reason: string): void;
}

const LIST_KEYS = {
  not_names: 'notNames',
  minor_words: 'minorWords',
  english_markers: 'englishMarkers',
  indonesian_markers: 'indonesianMarkers',
  abbreviations: 'abbreviations',
  clause_breaks: 'clauseBreaks',
  clause_joins: 'clauseJoins',
  pronouns: 'pronouns',
  call_markers: 'callMarkers',
  call_verbs: 'callVerbs',
} as const;

export function compileLanguage(src: Failing, data: Record<string, unknown>): LanguageData {
  const out: LanguageData = { notNames: [], minorWords: [], englishMarkers: [], indonesianMarkers: [], handSigns: {}, leet: {}, abbreviations: [], clauseBreaks: [], clauseJoins: [], pronouns: [], callMarkers: [], callVerbs: [] };
  for (const key of Object.keys(data)) {
    if (!Object.hasOwn(LIST_KEYS, key) && key !== 'hand_signs' && key !== 'leet') src.fail([key], `unknown field "${key}"`);
  }
  for (const [key, field] of Object.entries(LIST_KEYS)) {
    const raw = data[key];
    if (raw === undefined) continue;
    if (!Array.isArray(raw) || raw.some((w) => typeof w !== 'string' || !w.trim())) {
      src.fail([key], `${key} must be a list of words`);
      continue;
    }
    out[field] = raw.map((w: string) => w.toLowerCase());
  }
  const signs = data.hand_signs ?? {};
  if (typeof signs !== 'object' || signs === null || Array.isArray(signs)) src.fail(['hand_signs'], 'hand_signs maps a code point (hex) to a word');
  else
    for (const [cp, canon] of Object.entries(signs)) {
      if (!/^[0-9A-Fa-f]{4,6}$/.test(cp) || Number.parseInt(cp, 16) > 0x10ffff) src.fail(['hand_signs', cp], `"${cp}" is not a Unicode code point in hex`);
      else if (typeof canon !== 'string' || !/^[a-z0-9]+$/.test(canon)) src.fail(['hand_signs', cp], 'a hand sign reads as one lower-case word, e.g. jari2');
      else out.handSigns[cp.toUpperCase()] = canon;
    }
  const leet = data.leet ?? {};
  if (typeof leet !== 'object' || leet === null || Array.isArray(leet)) src.fail(['leet'], 'leet maps a digit to a letter');
  else
    for (const [d, letter] of Object.entries(leet)) {
      if (!/^[0-9]$/.test(d) || typeof letter !== 'string' || !/^[a-z]$/.test(letter)) src.fail(['leet', d], 'leet maps one digit to one lower-case letter');
      else out.leet[d] = letter;
    }
  return out;
}
