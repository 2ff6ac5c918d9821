/** The practice room's data: a scenario is a draft, its verdict, and what a trainer says about it. */
import type { Localized } from '../engine/rules';

export const LEVELS = ['mudah', 'sedang', 'sulit'] as const;
export type Level = (typeof LEVELS)[number];

export const VERDICTS = ['boleh', 'tidak-boleh'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Where the draft would be posted (the platforms Netra checks). */
export const PLATFORMS = ['x', 'facebook', 'instagram', 'linkedin', 'threads', 'tiktok', 'youtube', 'bluesky', 'mastodon', 'whatsapp'] as const;
export type Platform = (typeof PLATFORMS)[number];

export interface Scenario {
  id: string;
  /** The guideline that explains the verdict (for "boleh": the one the draft comes close to). */
  guideline: string;
  verdict: Verdict;
  platform: Platform;
  level: Level;
  draft: Localized;
  why: Localized;
  /** For the trainer: what to ask, what people usually get wrong. */
  notes?: Localized;
}
