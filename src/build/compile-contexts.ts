/**
 * `rules/contexts.yml` (and a single-file pack's `contexts:`): shared exceptions a rule lists by
 * name. Each has patterns, a scope (where a match silences) and optionally a headline test.
 */
import type { CompiledContext } from '../engine/rules';
import { isPackName } from '../engine/pattern';
import type { Source } from './compile-source';
import type { Compilation } from './compile-state';

const SCOPES: Array<CompiledContext['scope']> = ['match', 'clause', 'before', 'draft', 'sentence'];

export function compileContexts(c: Compilation, src: Source, data: Record<string, unknown>) {
  for (const [id, raw] of Object.entries(data)) {
    if (!isPackName(id)) {
      src.fail([id], `bad context name "${id}": lower case, digits and dashes, not a reserved word`);
      continue;
    }
    const ctxData = raw as { patterns?: unknown; scope?: unknown; titlecase?: unknown; not_for_candidates?: unknown; whole_clause?: unknown; subject?: unknown; not_own_call?: unknown; own_calls?: unknown; quoted?: unknown; headline?: unknown; question?: unknown; figures?: unknown; introduces?: unknown; not_for_ballot?: unknown; no_target?: unknown; covers_unfound?: unknown };
    for (const k of Object.keys(ctxData ?? {})) if (!['patterns', 'scope', 'titlecase', 'not_for_candidates', 'whole_clause', 'subject', 'not_own_call', 'own_calls', 'quoted', 'headline', 'question', 'figures', 'introduces', 'not_for_ballot', 'no_target', 'covers_unfound'].includes(k)) src.fail([id, k], `unknown field "${k}"`);
    for (const flag of ['not_for_candidates', 'whole_clause', 'subject', 'not_own_call', 'own_calls', 'quoted', 'headline', 'question', 'figures', 'introduces', 'not_for_ballot', 'no_target', 'covers_unfound'] as const) if (ctxData?.[flag] !== undefined && typeof ctxData[flag] !== 'boolean') src.fail([id, flag], `${flag} must be true or false`);
    const scope = ctxData?.scope ?? 'sentence';
    if (!SCOPES.includes(scope as CompiledContext['scope'])) src.fail([id, 'scope'], `scope must be one of ${SCOPES.join(', ')}`);
    const title = ctxData?.titlecase;
    const structural = title !== undefined || ctxData?.headline === true || ctxData?.question === true || ctxData?.figures === true;
    if (title !== undefined && !(typeof title === 'number' && title > 0 && title <= 1)) src.fail([id, 'titlecase'], 'titlecase must be a share between 0 and 1');
    const ctx: CompiledContext = { id, scope: scope as CompiledContext['scope'], patterns: c.patterns(src, [id, 'patterns'], ctxData?.patterns, !structural) };
    if (typeof title === 'number') ctx.titlecase = title;
    if (ctxData?.not_for_candidates === true) ctx.notForCandidates = true;
    if (ctxData?.whole_clause === true) ctx.wholeClause = true;
    if (ctxData?.subject === true) ctx.subject = true;
    if (ctxData?.own_calls === true) ctx.ownCalls = true;
    if (ctxData?.not_own_call === true) ctx.notOwnCall = true;
    if (ctxData?.quoted === true) ctx.quoted = true;
    if (ctxData?.headline === true) ctx.headline = true;
    if (ctxData?.question === true) ctx.question = true;
    if (ctxData?.figures === true) ctx.figures = true;
    if (ctxData?.introduces === true) ctx.introduces = true;
    if (ctxData?.not_for_ballot === true) ctx.notForBallot = true;
    if (ctxData?.no_target === true) ctx.noTarget = true;
    if (ctxData?.covers_unfound === true) {
      if (ctxData.no_target !== true) src.fail([id, 'covers_unfound'], 'covers_unfound needs no_target: true (it widens what no_target covers)');
      ctx.coversUnfound = true;
    }
    c.out.contexts.push(ctx);
  }
}
