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
  concessives: 'concessives',
  report_continuers: 'reportContinuers',
  pronouns: 'pronouns',
  call_markers: 'callMarkers',
  call_verbs: 'callVerbs',
  first_person: 'firstPerson',
  kin_words: 'kinWords',
  name_openers: 'nameOpeners',
  institution_openers: 'institutionOpeners',
  particle_honorifics: 'particleHonorifics',
  particle_followers: 'particleFollowers',
  spoken_voice: 'spokenVoice',
  camp_suffixes: 'campSuffixes',
  capital_acronyms: 'capitalAcronyms',
  naming_words: 'namingWords',
  certainty_words: 'certaintyWords',
  companions: 'companions',
  reply_cheers: 'replyCheers',
  reply_cheer_pairs: 'replyCheerPairs',
  reply_cheer_emoji: 'replyCheerEmoji',
  reply_dissent: 'replyDissent',
  reply_openers: 'replyOpeners',
  second_person: 'secondPerson',
  call_openers: 'callOpeners',
  call_tails: 'callTails',
  question_words: 'questionWords',
  notice_words: 'noticeWords',
  advice_asks: 'adviceAsks',
  self_asks: 'selfAsks',
  asking_openers: 'askingOpeners',
  whether_nots: 'whetherNots',
  rule_duties: 'ruleDuties',
  ballot_words: 'ballotWords',
  mention_verbs: 'mentionVerbs',
  sequence_openers: 'sequenceOpeners',
  given_names: 'givenNames',
  place_prepositions: 'placePrepositions',
  role_anaphors: 'roleAnaphors',
  possessed_attributes: 'possessedAttributes',
  relative_markers: 'relativeMarkers',
  permission_words: 'permissionWords',
  place_openers: 'placeOpeners',
  institution_handles: 'institutionHandles',
} as const;

export function compileLanguage(src: Failing, data: Record<string, unknown>): LanguageData {
  const out: LanguageData = { notNames: [], minorWords: [], englishMarkers: [], indonesianMarkers: [], handSigns: {}, leet: {}, abbreviations: [], clauseBreaks: [], clauseJoins: [], pronouns: [], callMarkers: [], callVerbs: [], firstPerson: [], campSuffixes: [] };
  for (const key of Object.keys(data)) {
    if (!Object.hasOwn(LIST_KEYS, key) && key !== 'hand_signs' && key !== 'emoji_words' && key !== 'leet') src.fail([key], `unknown field "${key}"`);
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
  for (const [i, w] of (out.institutionHandles ?? []).entries()) {
    if (!/^([-+]?[a-z]+|[a-z]+-)$/.test(w)) src.fail(['institution_handles', i], `"${w}" is not a word, a word that opens a name (word-) or closes one (-word), or an ending (+word)`);
  }
  // Hand signs and evaluation emoji both become one word token each.
  for (const key of ['hand_signs', 'emoji_words'] as const) {
    const signs = data[key] ?? {};
    if (typeof signs !== 'object' || signs === null || Array.isArray(signs)) {
      src.fail([key], `${key} maps a code point (hex) to a word`);
      continue;
    }
    for (const [cp, canon] of Object.entries(signs)) {
      if (!/^[0-9A-Fa-f]{4,6}$/.test(cp) || Number.parseInt(cp, 16) > 0x10ffff || Number.parseInt(cp, 16) <= 0x2000) src.fail([key, cp], `"${cp}" is not a Unicode code point (hex, above 2000) of a sign`);
      else if (typeof canon !== 'string' || !/^[a-z0-9_]+$/.test(canon)) src.fail([key, cp], 'a sign reads as one lower-case word, e.g. jari2 or emoji_api');
      else out.handSigns[cp.toUpperCase()] = canon;
    }
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
