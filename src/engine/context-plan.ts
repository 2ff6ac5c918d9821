/**
 * The shared contexts (`rules/contexts.yml`) as the exceptions read them at check time: one
 * object shape with every flag present, made once per rule set. The compiled contexts carry only
 * the flags they set (nine shapes among 27 contexts), so each flag read on them, a few per
 * candidate finding and context, was a lookup by name rather than a fixed offset.
 */
import type { CompiledContext } from './rules';

export interface ContextPlan {
  id: string;
  scope: CompiledContext['scope'];
  notForCandidates: boolean;
  notForBallot: boolean;
  wholeClause: boolean;
  subject: boolean;
  notOwnCall: boolean;
  quoted: boolean;
  ownCalls: boolean;
  headline: boolean;
  question: boolean;
  figures: boolean;
  introduces: boolean;
  /** Its words name no political target: the scorer does not take up a target it covered. */
  noTarget: boolean;
  /** … and also a target no rule found (`coversUnfound`). */
  coversUnfound: boolean;
  /** `titlecase` is set; the share is `titlecase` (0 when not set). */
  hasTitlecase: boolean;
  titlecase: number;
  /** None of the sentence tests (title case, headline, question, figures): only its matches cover. */
  matchesOnly: boolean;
}

const plans = new WeakMap<readonly CompiledContext[], ContextPlan[]>();

/** The plans of `contexts`, in their order (made on the first candidate finding). */
export function contextPlans(contexts: readonly CompiledContext[]): ContextPlan[] {
  let out = plans.get(contexts);
  if (out === undefined) plans.set(contexts, (out = contexts.map(planOf)));
  return out;
}

function planOf(c: CompiledContext): ContextPlan {
  const hasTitlecase = c.titlecase !== undefined;
  return {
    id: c.id,
    scope: c.scope,
    notForCandidates: c.notForCandidates === true,
    notForBallot: c.notForBallot === true,
    wholeClause: c.wholeClause === true,
    subject: c.subject === true,
    notOwnCall: c.notOwnCall === true,
    quoted: c.quoted === true,
    ownCalls: c.ownCalls === true,
    headline: c.headline === true,
    question: c.question === true,
    figures: c.figures === true,
    introduces: c.introduces === true,
    noTarget: c.noTarget === true,
    coversUnfound: c.coversUnfound === true,
    hasTitlecase,
    titlecase: c.titlecase ?? 0,
    matchesOnly: !hasTitlecase && !c.headline && !c.question && !c.figures,
  };
}
