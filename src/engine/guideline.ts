/**
 * Guideline library types: the explanations a user reads, looked up by a finding's
 * `guidelineId`. Compiled from `rules/guidelines/*.yml` and `rules/channels.yml`.
 *
 * Two views of the same data. Users see `GuidelineLibrary`: for each citation the reference and
 * a plain one-line meaning, a "dapat berujung …" sanction, nothing else. Maintainers (the
 * meta-test, the CLI, pack authors) see `SourceLibrary`, which adds the research grade of every
 * citation and channel and the notes that say where a reading is cautious or a source thin.
 * The extension ships only the users' view (`forUsers`).
 */
import type { Localized } from './rules';

export const THEMES = ['social-media', 'campaign', 'job-title', 'state-resources', 'coercion', 'party-membership', 'images'] as const;
export type Theme = (typeof THEMES)[number];

/** Confidence grade of a legal citation (shared/research/legal-basis.md). `M` is never shipped. */
export type Grade = 'V1' | 'V2' | 'V3' | 'C';
export const SANCTION_KINDS = ['moral', 'disciplinary-medium', 'disciplinary-heavy', 'dismissal', 'criminal'] as const;
export type SanctionKind = (typeof SANCTION_KINDS)[number];

/** A citation as a user reads it. */
export interface LegalRef {
  /** The reference in each UI language ("PP 94/2021 Pasal 5 huruf n" / "PP 94/2021 Article 5(n)"). */
  ref: Localized;
  /** What it means, in one plain line, without hedges. */
  meaning: Localized;
}

export interface Guideline {
  id: string;
  theme: Theme;
  title: Localized;
  short: Localized;
  /**
   * The pre-post dialog's card: `found` is one sentence naming the words, where `{match}` stands
   * for them (quoted); `do` is one line of what to do instead.
   */
  dialog: { found: Localized; do: Localized };
  explanation: Localized;
  instead: { id: string[]; en: string[] };
  examples: { forbidden: Localized[]; allowed: Localized[] };
  legal: LegalRef[];
  sanction: { kinds: SanctionKind[]; text: Localized };
  report: string[];
  detectable: 'text' | 'image' | 'text-and-image' | 'not-in-a-post';
}

export interface Channel {
  id: string;
  name: Localized;
  url?: string;
  note: Localized;
}

export interface GuidelineLibrary {
  guidelines: Record<string, Guideline>;
  channels: Record<string, Channel>;
  /**
   * Set where the guidelines carry only what a card shows (the content script): their long texts
   * and the channels are fetched with this when a user opens the detail.
   */
  detail?: (id: string) => Promise<GuidelineDetailPart | null>;
}

/** What `GuidelineLibrary.detail` answers: the whole guideline, and the channels it names. */
export interface GuidelineDetailPart {
  guideline: Guideline;
  channels: Record<string, Channel>;
}

/** A guideline with the channels it names, or null for an unknown id. */
export function guidelineDetail(lib: GuidelineLibrary, id: string): GuidelineDetailPart | null {
  const guideline = Object.hasOwn(lib.guidelines, id) ? lib.guidelines[id]! : null;
  if (!guideline) return null;
  return { guideline, channels: Object.fromEntries(guideline.report.filter((c) => Object.hasOwn(lib.channels, c)).map((c) => [c, lib.channels[c]!])) };
}

/** A citation as maintainers keep it: its grade, and a note on the source when it is thin. */
export interface SourceLegalRef {
  /** The official citation, in Indonesian. */
  ref: string;
  /** Its English rendering where `citeEnglish` cannot derive one. */
  ref_en?: string;
  meaning: Localized;
  grade: Grade;
  /** For maintainers only (English): where the wording or the sanction comes from. */
  note?: string;
}

export interface SourceGuideline extends Omit<Guideline, 'legal'> {
  legal: SourceLegalRef[];
  /** For maintainers only (English): cautious readings and their reasons. */
  notes?: string[];
}

export interface SourceChannel extends Channel {
  grade: Grade;
}

export interface SourceLibrary {
  guidelines: Record<string, SourceGuideline>;
  channels: Record<string, SourceChannel>;
}

/** The users' view: grades and maintainers' notes left out. */
export function forUsers(lib: SourceLibrary): GuidelineLibrary {
  const guidelines: Record<string, Guideline> = {};
  for (const [id, g] of Object.entries(lib.guidelines)) {
    const { notes: _notes, legal, ...rest } = g;
    guidelines[id] = { ...rest, legal: legal.map((r) => ({ ref: { id: r.ref, en: r.ref_en ?? citeEnglish(r.ref) }, meaning: r.meaning })) };
  }
  const channels: Record<string, Channel> = {};
  for (const [id, c] of Object.entries(lib.channels)) channels[id] = { id: c.id, name: c.name, ...(c.url ? { url: c.url } : {}), note: c.note };
  return { guidelines, channels };
}

/** `{match}` in a dialog line, filled with the quoted words. */
export function fillMatch(template: string, quoted: string): string {
  return template.split('{match}').join(quoted);
}

const SKB_PARTIES = 'Keputusan Bersama MenPANRB, Mendagri, Kepala BKN, Ketua KASN, Ketua Bawaslu';
/**
 * An Indonesian legal citation in English, for the regular forms the guidelines use: "Pasal 5
 * huruf n angka 2" is "Article 5(n)(2)", "ayat (1)" is "(1)", "Lampiran, kode etik butir 4 dan
 * disiplin butir 6" is "Appendix, ethics item 4 and discipline item 6". The names of the
 * instruments (PP, UU, SKB) stay as they are cited. Irregular ones carry `ref_en` in the data.
 */
export function citeEnglish(ref: string): string {
  return ref
    .replace(SKB_PARTIES, 'Joint Decree of MenPANRB, Mendagri, the Head of BKN, the Chair of KASN and the Chair of Bawaslu')
    .replace(/\bPasal (\d+)/g, 'Article $1')
    .replace(/ ayat \((\d+)\)/g, '($1)')
    .replace(/ huruf ([a-z](?:–[a-z])?)\b/g, '($1)')
    .replace(/ angka (\d+)/g, '($1)')
    .replace(/\bLampiran\b/g, 'Appendix')
    .replace(/\bkode etik butir (\d+)/g, 'ethics item $1')
    .replace(/\bdisiplin butir (\d+) dan (\d+)/g, 'discipline items $1 and $2')
    .replace(/\bdisiplin butir (\d+)/g, 'discipline item $1')
    .replace(/ dan /g, ' and ');
}

/** Words of an Indonesian citation that must not be left in its English rendering. */
export const CITATION_WORDS = /\b(?:Pasal|ayat|huruf|angka|Lampiran|butir|kode etik|disiplin|dan|tentang|Tahun|Keputusan|Penjelasan|Infografik|sebagaimana)\b/;
