/** The practice room's scenario deck (rules/scenarios.yml), validated at build time. */
import { parse } from 'yaml';
import type { Localized } from '../engine/rules';
import { CompileErrors, RuleError } from './compile';

export interface Scenario {
  id: string;
  guideline: string;
  verdict: 'boleh' | 'tidak-boleh';
  platform: string;
  level: 'mudah' | 'sedang' | 'sulit';
  draft: Localized;
  why: Localized;
}

export function compileScenarios(text: string, guidelines: ReadonlySet<string>, file = 'scenarios.yml'): Scenario[] {
  const list = parse(text) as Scenario[];
  const errors: RuleError[] = [];
  const seen = new Set<string>();
  if (!Array.isArray(list)) throw new CompileErrors([new RuleError(file, 1, 'the deck is a list of scenarios')]);
  for (const s of list) {
    const where = `scenario ${s?.id ?? '?'}`;
    if (!s?.id || seen.has(s.id)) errors.push(new RuleError(file, 1, `${where}: missing or duplicate id`));
    seen.add(s?.id);
    if (!guidelines.has(s?.guideline)) errors.push(new RuleError(file, 1, `${where}: unknown guideline "${s?.guideline}"`));
    if (s?.verdict !== 'boleh' && s?.verdict !== 'tidak-boleh') errors.push(new RuleError(file, 1, `${where}: verdict is boleh or tidak-boleh`));
    for (const k of ['draft', 'why'] as const) if (!s?.[k]?.id || !s?.[k]?.en) errors.push(new RuleError(file, 1, `${where}: ${k} needs id and en`));
  }
  if (errors.length) throw new CompileErrors(errors);
  return list;
}
