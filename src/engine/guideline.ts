/**
 * Guideline library types: the explanations a user reads, looked up by a finding's
 * `guidelineId`. Compiled from `rules/guidelines/*.yml` and `rules/channels.yml`.
 */
import type { Localized } from './rules';

export const THEMES = ['social-media', 'campaign', 'job-title', 'state-resources', 'coercion', 'party-membership', 'images'] as const;
export type Theme = (typeof THEMES)[number];

/** Confidence grade of a legal citation (see docs/legal.md). `M` is never shipped. */
export type Grade = 'V1' | 'V2' | 'V3' | 'C';
export const SANCTION_KINDS = ['moral', 'disciplinary-medium', 'disciplinary-heavy', 'dismissal', 'criminal'] as const;
export type SanctionKind = (typeof SANCTION_KINDS)[number];

export interface LegalRef {
  ref: string;
  grade: Grade;
  says: Localized;
}

export interface Guideline {
  id: string;
  theme: Theme;
  title: Localized;
  short: Localized;
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
  name: string;
  url?: string;
  grade: Grade;
  note: Localized;
}

export interface GuidelineLibrary {
  guidelines: Record<string, Guideline>;
  channels: Record<string, Channel>;
}
