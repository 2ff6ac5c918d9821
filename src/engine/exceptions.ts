/**
 * Why a candidate finding does not count: the rule's own `unless` exceptions, its `needs`
 * conditions, and the shared contexts it lists (`rules/contexts.yml`).
 */
import type { CheckRun } from './check-run';
import type { CompiledContext, CompiledRule } from './rules';

/** Why a candidate finding of rule `r` (index `owner`) is silenced, or null. `tok` is a token of its sentence. */
export function silencer(run: CheckRun, contexts: readonly CompiledContext[], r: CompiledRule, owner: number, startTok: number, tok: number): string | null {
  const { listOf, ctxIds } = run.index;
  const un = listOf.unless[owner]!;
  if (un >= 0 && run.inSentence(un, tok, true).length > 0) return 'unless';
  if (r.needs?.length) {
    const nd = listOf.needs[owner]!;
    if (nd < 0 || !(r.needsIn === 'draft' ? run.inDraft(nd) : run.inSentence(nd, tok, true).length > 0)) return 'needs';
  }
  const ids = ctxIds[owner]!;
  for (let q = 0; q < ids.length; q++) {
    const ci = ids[q]!;
    const ctx = contexts[ci]!;
    const list = listOf.context[ci]!;
    let hit = false;
    if (list >= 0) {
      if (ctx.scope === 'draft') hit = run.inDraft(list);
      else {
        const m = run.inSentence(list, tok, true);
        // The first match of a sentence is its earliest start: enough for "before" too.
        hit = m.length > 0 && (ctx.scope === 'sentence' || m[0]!.start <= startTok);
      }
    }
    if (hit || (ctx.titlecase !== undefined && run.titleShare(tok) >= ctx.titlecase)) return r.contexts[q]!;
  }
  return null;
}
