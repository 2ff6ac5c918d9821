/**
 * The enforcement decision: given the agency's (or default) enforcement mode and the findings
 * of one draft, whether a post is held, and what the pre-post dialog may offer. One place, read
 * by the submit gate (src/page/gate.ts, src/page/manager.ts) and by the dialog
 * (src/ui/PrePostDialog.tsx), so the two can never disagree. Pure; unit-tested.
 */
import { SEVERITY_RANK, type Finding, type Severity } from '../engine/finding';

/**
 * `advise`: never holds a post; the badge and highlights still show.
 * `confirm` (default): a flagged draft is held; the user may post anyway.
 * `acknowledge`: as confirm, but posting anyway needs a ticked acknowledgement first.
 * `block-serious`: a draft with a serious finding cannot be posted; lesser ones as confirm.
 */
export const ENFORCEMENTS = ['advise', 'confirm', 'acknowledge', 'block-serious'] as const;
export type Enforcement = (typeof ENFORCEMENTS)[number];

export const DEFAULT_ENFORCEMENT: Enforcement = 'confirm';

export interface Decision {
  /** Stop the post and show the dialog. */
  hold: boolean;
  /** The dialog offers "Post anyway" (never when `blocked`). */
  canPostAnyway: boolean;
  /** "Post anyway" stays disabled until the user ticks the acknowledgement. */
  needsAcknowledgement: boolean;
  /** The agency forbids posting this draft as it is (block-serious with a serious finding). */
  blocked: boolean;
}

/** Findings that count towards holding a post: warnings and worse. */
export function holdingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning);
}

/**
 * The decision for one draft. `findings` are those still standing: the caller leaves out the
 * ones the user dismissed for this draft (see `canDismiss`).
 */
export function decide(enforcement: Enforcement, findings: readonly Finding[]): Decision {
  const holding = holdingFindings(findings);
  if (enforcement === 'advise' || holding.length === 0) return { hold: false, canPostAnyway: true, needsAcknowledgement: false, blocked: false };
  const blocked = enforcement === 'block-serious' && holding.some((f) => f.severity === 'serious');
  return { hold: true, canPostAnyway: !blocked, needsAcknowledgement: !blocked && enforcement === 'acknowledge', blocked };
}

/**
 * Whether the user may mark a finding "not a problem here" for this draft. Where the agency
 * blocks serious findings, a serious one cannot be waved away: that would undo the block.
 */
export function canDismiss(enforcement: Enforcement, severity: Severity): boolean {
  return !(enforcement === 'block-serious' && severity === 'serious');
}

export function isEnforcement(v: unknown): v is Enforcement {
  return typeof v === 'string' && (ENFORCEMENTS as readonly string[]).includes(v);
}
