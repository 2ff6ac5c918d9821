/**
 * The packs an agency policy carries (`extraPacks`), checked one by one: the valid ones are
 * installed, each broken one is reported with its place and line, and one broken pack never
 * keeps the others out. Pure (no browser), so `npm run policy:check` runs the same check.
 */
import type { CompiledRules } from '../engine/rules';
import type { PolicyProblem } from '../settings/policy';
import { checkPackFile } from './pack-file';
import type { InstalledPack } from './installed';

export async function checkPolicyPacks(texts: readonly string[], bundled: CompiledRules, guidelines: ReadonlySet<string>, today: string): Promise<{ packs: InstalledPack[]; problems: PolicyProblem[] }> {
  const packs: InstalledPack[] = [];
  const problems: PolicyProblem[] = [];
  const seen = new Set<string>();
  for (const [i, text] of texts.entries()) {
    const name = `extraPacks[${i}]`;
    // "extraPacks[0]:12: reason" → the place with its line, and the reason.
    const split = (m: string) => {
      const at = m.startsWith(name) ? /^([^\s]*?:\d+|[^\s:]*): (.*)$/s.exec(m) : null;
      return at ? { field: at[1]!, value: at[2]! } : { field: name, value: m };
    };
    let r;
    try {
      r = await checkPackFile(text, name, { external: bundled, guidelines, today });
    } catch (e) {
      problems.push({ code: 'pack-rejected', field: name, value: String(e instanceof Error ? e.message : e), level: 'error' });
      continue;
    }
    // A policy is set by the agency's own device management: a missing checksum is tolerated
    // there (the channel is trusted), a wrong one is not.
    const errors = r.errors.filter((e) => !/has no checksum/.test(e));
    if (r.info && seen.has(r.info.id)) errors.push(`${name}:1: the pack id ${r.info.id} is already used by an earlier pack in extraPacks`);
    if (errors.length || !r.compiled || !r.info) {
      for (const e of errors.length ? errors : [`${name}: not a pack`]) problems.push({ code: 'pack-rejected', ...split(e), level: 'error' });
      continue;
    }
    seen.add(r.info.id);
    for (const w of r.warnings) problems.push({ code: 'pack-note', ...split(w), level: 'note' });
    packs.push({ info: r.info, source: 'policy', fileName: name, checksum: r.checksum.expected, installedAt: Date.now(), compiled: r.compiled });
  }
  return { packs, problems };
}
