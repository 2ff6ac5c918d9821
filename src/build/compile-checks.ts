/**
 * Checks across files once every file is read: rule ids unique, contexts and macros defined, no
 * macro loops.
 */
import type { Pattern } from '../engine/pattern';
import type { CompiledRules } from '../engine/rules';
import { checkEntityRefs } from './compile-entities';
import { RuleError } from './compile-source';
import type { Compilation } from './compile-state';

export function crossFileChecks(c: Compilation, external: CompiledRules | undefined) {
  const { out, errors, patternUses, macroSources } = c;
  const seen = new Map<string, string>();
  for (const r of out.rules) {
    const prev = seen.get(r.id);
    if (prev) errors.push(new RuleError(r.file, 1, `duplicate rule id "${r.id}" (also in ${prev})`));
    seen.set(r.id, r.file);
  }
  const contextIds = new Set([...out.contexts, ...(external?.contexts ?? [])].map((x) => x.id));
  const knownMacro = (m: string) => Object.hasOwn(out.macros, m) || (external ? Object.hasOwn(external.macros, m) : false);
  for (const r of out.rules) {
    for (const ctx of r.contexts) if (!contextIds.has(ctx)) errors.push(new RuleError(r.file, 1, `unknown context "${ctx}" (define it in rules/contexts.yml)`));
  }
  for (const use of patternUses) {
    for (const el of use.pattern) {
      if (el.k !== 'e') continue;
      for (const a of el.alts) if (a.k === 'm' && !knownMacro(a.v)) use.src.fail(use.path, `unknown macro @${a.v}`);
    }
  }
  checkEntityRefs(out.entities, (entry, reason) => {
    const at = c.entityWhere.get(entry);
    errors.push(new RuleError(at?.file ?? 'entities', at?.line ?? 1, reason));
  });
  const cycle = findMacroCycle(out.macros);
  if (cycle) {
    const where = macroSources.get(cycle[0]!);
    errors.push(new RuleError(where?.src.file ?? 'lexicon', where ? where.src.line(where.path) : 1, `macros refer to each other in a loop: @${cycle.join(' → @')}`));
  }
}

function findMacroCycle(macros: Record<string, Pattern[]>): string[] | null {
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (m: string): string[] | null => {
    if (state.get(m) === 2) return null;
    if (state.get(m) === 1) return [...stack.slice(stack.indexOf(m)), m];
    state.set(m, 1);
    stack.push(m);
    for (const p of Object.hasOwn(macros, m) ? macros[m]! : []) {
      // Only a macro in first position can loop without consuming a token; any loop is a bug anyway.
      for (const el of p) {
        if (el.k !== 'e') continue;
        for (const a of el.alts) {
          if (a.k !== 'm') continue;
          const c = visit(a.v);
          if (c) return c;
        }
      }
    }
    stack.pop();
    state.set(m, 2);
    return null;
  };
  for (const m of Object.keys(macros)) {
    const c = visit(m);
    if (c) return c;
  }
  return null;
}
