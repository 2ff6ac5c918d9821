/**
 * The engagement guard's words: what the user is about to do (a like, a repost, a follow …) and
 * what it acts on (a post, an account, a group), as read from the page by a site adapter's
 * declarations (src/sites/types.ts `engage`). Pure data; no DOM.
 */
import type { Finding, Severity } from '../engine/finding';

/** The engagement gestures Netra asks about. Undoing them (unlike, unfollow) is never asked. */
export const ENGAGE_ACTIONS = ['like', 'repost', 'quote', 'share', 'follow', 'join'] as const;
export type EngageAction = (typeof ENGAGE_ACTIONS)[number];

/** What an engagement control acts on. */
export type TargetKind = 'post' | 'account' | 'group';

/**
 * The target as read from the page. `text` is the post's text, or an account's or group's bio
 * (description); `name` the author's or account's or group's display name; `handle` without "@".
 * Read when the control is pressed, judged, and forgotten: never stored.
 */
export interface EngageTarget {
  kind: TargetKind;
  text: string;
  name?: string;
  handle?: string;
}

/**
 * What the target is, for the confirmation's title. `post` kinds: the post's own words campaign
 * (`campaign-post`), or it comes from a known campaign account (`candidate-post`, `team-post`,
 * `party-post`). Account and group kinds name the account.
 */
export type TargetLabel =
  | 'campaign-post'
  | 'candidate-post'
  | 'team-post'
  | 'party-post'
  | 'campaign-account'
  | 'candidate-account'
  | 'team-account'
  | 'party-account'
  | 'campaign-group';

/** Why a target is a campaign target. */
export type CampaignReason =
  /** The engine found partisan or campaign content in the target's text. */
  | { kind: 'findings'; ruleIds: string[] }
  /** A known entity's account (pack entity lists) during its candidacy or election window. */
  | { kind: 'known-account'; entity: 'person' | 'party' | 'team'; id: string }
  /** The account's or group's name says it is a campaign team ("Tim Pemenangan …", "Relawan … Menang"). */
  | { kind: 'team-name' };

export interface EngageVerdict {
  campaign: boolean;
  label?: TargetLabel;
  reason?: CampaignReason;
  severity?: Severity;
  /**
   * The findings that made it one, in `Finding` shape so the enforcement decision
   * (src/settings/enforcement.ts) reads them as it reads a draft's. For a known account, one
   * finding of the engagement rule stands for it (offsets 0, text empty: it is not the user's).
   */
  findings: Finding[];
}
