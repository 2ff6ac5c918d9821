/**
 * The one shape every part of Netra speaks: the engine returns findings, the content script
 * highlights them, the dialog and popup explain them, the CLI prints them. Keep it small and
 * closed; explanations are looked up by `guidelineId`, never copied into a finding.
 */

/** What kind of neutrality problem a finding is about. Closed set: UI colours and policy key on it. */
export const CATEGORIES = [
  /** Vote calls, praise meant to win votes, slogans, hashtags, ballot-number cheering, attacks. */
  'partisan-support',
  /** Job title, status (ASN/PNS/PPPK), NIP, uniform or agency name used in partisan content. */
  'job-title',
  /** Official cars, offices, budgets, official groups or beneficiary data used for a campaign. */
  'state-resources',
  /** Instructing or pressuring staff, teachers, parents or contract workers to support a side. */
  'coercion',
  /** Being or becoming a member or officer of a political party. */
  'party-membership',
  /** An official emblem or agency logo in a partisan picture (image checks). */
  'official-logo',
  /** Joining, following, sharing or recruiting for campaign accounts, groups, teams and rallies. */
  'campaign-engagement',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * `info`: worth knowing, never blocks (e.g. a candidate's name in neutral text).
 * `warning`: likely a breach; the pre-post dialog asks first.
 * `serious`: a clear breach (vote call, party membership, coercion).
 */
export const SEVERITIES = ['info', 'warning', 'serious'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** An edit the user may apply with one click. Offsets are UTF-16, into the original text. */
export type Suggestion =
  | { kind: 'remove'; start: number; end: number }
  | { kind: 'replace'; start: number; end: number; text: string };

export interface Finding {
  /** Rule that produced it, `pack.rule-name`, equal to the rule file's id. */
  ruleId: string;
  category: Category;
  severity: Severity;
  /** 0..1: how sure the rule is that this is a breach and not an innocent use of the words. */
  confidence: number;
  /** UTF-16 offset of the first character, into the ORIGINAL text given to `check()`. */
  start: number;
  /** UTF-16 offset one past the last character, into the ORIGINAL text. */
  end: number;
  /** `text.slice(start, end)` of the original text. */
  text: string;
  /** One short line naming what was found, in the requested language. */
  message: string;
  /** Key into the guideline library (`rules/guidelines/<id>.yml`). */
  guidelineId: string;
  /** Where the finding was seen: the draft text, or text read from an attached picture. */
  source?: 'text' | 'image';
  /**
   * For `source: 'image'`: which attached picture (an id the page gives each picture, used to
   * show its thumbnail). `start`/`end`/`text` are then into the text read from that picture, or
   * `0`/`0`/the logo's name for an `official-logo` finding; never into the draft.
   */
  imageId?: string;
  suggestions?: Suggestion[];
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, serious: 2 };

/** A draft is flagged when at least one finding is a warning or worse. */
export function isFlagged(findings: readonly Finding[]): boolean {
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning);
}

export function worstSeverity(findings: readonly Finding[]): Severity | null {
  let worst: Severity | null = null;
  for (const f of findings) {
    if (worst === null || SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]) worst = f.severity;
  }
  return worst;
}
