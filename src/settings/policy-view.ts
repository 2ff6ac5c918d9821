/**
 * The agency policy as Settings shows it to an administrator who wants to verify a rollout: what
 * arrived (mode, locks, packs, logos, agency name), what did not apply and why, and notes such as
 * a pack that ends within a few weeks. Pure; the options page loads the inputs.
 */
import type { CompiledRules, PackInfo } from '../engine/rules';
import { validityOn, type Validity } from '../engine/merge';
import type { InstalledPack, PolicyPackReport } from '../packs/installed';
import { parsePolicy, type ParsedPolicy, type PolicyProblem } from './policy';
import { packEndNotes } from './policy-report';

export interface PolicyView {
  managed: boolean;
  policy: ParsedPolicy['policy'];
  /** The policy's packs that are installed, with where they sit in the policy. */
  packs: Array<{ info: PackInfo; field: string; validity: Validity }>;
  /** Packs in the policy that the background has not installed nor rejected yet. */
  waiting: number;
  /** What does not apply (level 'error'). */
  problems: PolicyProblem[];
  /** What applies, with advice: a large logo, a pack that ends soon or has ended. */
  notes: PolicyProblem[];
}

/** Rule and pack ids Netra knows: the bundled ones and every installed pack's. */
export function knownIds(bundled: CompiledRules, installed: readonly InstalledPack[]): { rules: Set<string>; packs: Set<string> } {
  const rules = new Set(bundled.rules.map((r) => r.id));
  const packs = new Set(bundled.packs.map((p) => p.id));
  for (const p of installed) {
    // Stored data, possibly from an older version or a broken pack: read defensively.
    if (typeof p.info?.id === 'string') packs.add(p.info.id);
    for (const r of Array.isArray(p.compiled?.rules) ? p.compiled.rules : []) if (typeof r?.id === 'string') rules.add(r.id);
  }
  return { rules, packs };
}

/** Report entries stored by an older version were plain text: shown as they are. */
function asProblem(p: PolicyPackReport['problems'][number] | string): PolicyProblem {
  return typeof p === 'string' ? { code: 'pack-rejected', field: 'extraPacks', value: p, level: 'error' } : p;
}

export function policyView(raw: unknown, bundled: CompiledRules, installed: readonly InstalledPack[], report: PolicyPackReport | null, today: string): PolicyView {
  const parsed = parsePolicy(raw, knownIds(bundled, installed));
  const packs = installed.filter((p) => p.source === 'policy').map((p) => ({ info: p.info, field: p.fileName, validity: validityOn(p.info, today) }));
  const packProblems = (report?.problems ?? []).map(asProblem);
  const rejected = new Set(packProblems.filter((p) => p.level === 'error').flatMap((p) => /^extraPacks\[\d+\]/.exec(p.field) ?? []));
  const all = [...parsed.problems, ...packProblems, ...packEndNotes(packs, today)];
  return {
    managed: parsed.managed,
    policy: parsed.policy,
    packs,
    waiting: Math.max(0, parsed.policy.extraPacks.length - packs.length - rejected.size),
    problems: all.filter((p) => p.level === 'error'),
    // The pack checker's own "valid_until has passed" says what pack-expired says.
    notes: all.filter((p) => p.level === 'note' && !(p.code === 'pack-note' && /valid_until .* has passed/.test(p.value ?? ''))),
  };
}
