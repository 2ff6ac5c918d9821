/**
 * Adding compiled packs to the bundled ones: an agency's pack, a regional pack the user picked,
 * a pack imported in the options page. Macros of the same name grow (a regional pack adds its
 * candidates to @kandidat, so every generic rule knows them); rule ids must stay unique.
 */
import type { CompiledEntities, CompiledRules } from './rules';

export function mergeRules(base: CompiledRules, ...extras: CompiledRules[]): CompiledRules {
  const out: CompiledRules = {
    packs: [...base.packs],
    rules: [...base.rules],
    macros: { ...base.macros },
    contexts: [...base.contexts],
    canon: { ...base.canon },
    vocab: [...base.vocab],
    ...(base.notNames ? { notNames: [...base.notNames] } : {}),
    ...(base.language ? { language: base.language } : {}),
    ...(base.cues ? { cues: [...base.cues] } : {}),
    ...(base.entities ? { entities: mergeEntities(base.entities) } : {}),
  };
  for (const x of extras) {
    const ids = new Set(out.rules.map((r) => r.id));
    out.packs.push(...x.packs.filter((p) => !out.packs.some((q) => q.id === p.id)));
    out.rules.push(...x.rules.filter((r) => !ids.has(r.id)));
    for (const [name, list] of Object.entries(x.macros)) {
      // A pack with its own entity lists brings the name macros' target atom again: once is enough.
      // Packs are data: a name must never read the prototype (`constructor`), hence hasOwn.
      const mine = Object.hasOwn(out.macros, name) ? out.macros[name]! : [];
      const have = new Set(mine.map((p) => JSON.stringify(p)));
      if (!Array.isArray(list)) continue;
      out.macros[name] = [...mine, ...list.filter((p) => !have.has(JSON.stringify(p)))];
    }
    const ctx = new Set(out.contexts.map((c) => c.id));
    out.contexts.push(...x.contexts.filter((c) => !ctx.has(c.id)));
    Object.assign(out.canon, x.canon);
    out.vocab = [...new Set([...out.vocab, ...x.vocab])].sort();
    if (x.notNames?.length) out.notNames = [...new Set([...(out.notNames ?? []), ...x.notNames])].sort();
    if (x.cues?.length) {
      const cueIds = new Set((out.cues ?? []).map((q) => q.id));
      out.cues = [...(out.cues ?? []), ...x.cues.filter((q) => !cueIds.has(q.id))];
    }
    if (x.entities) out.entities = mergeEntities(out.entities, x.entities);
  }
  return out;
}

/** Entity lists joined; an id already known keeps its first entry. */
function mergeEntities(...lists: Array<CompiledEntities | undefined>): CompiledEntities {
  const out: CompiledEntities = { people: [], pairs: [], parties: [], hashtags: [], slogans: [], teams: [] };
  const seen = new Set<string>();
  const fresh = <T extends { id: string }>(xs: T[]) => xs.filter((x) => !seen.has(x.id) && (seen.add(x.id), true));
  for (const e of lists) {
    if (!e) continue;
    out.people.push(...fresh(e.people));
    out.pairs.push(...fresh(e.pairs));
    out.parties.push(...fresh(e.parties));
    out.hashtags.push(...e.hashtags);
    out.slogans.push(...e.slogans);
    out.teams.push(...(e.teams ?? []));
  }
  return out;
}

export type Validity = 'valid' | 'expired' | 'not-yet';

/**
 * Where a pack stands on `today` (YYYY-MM-DD) against its valid_from / valid_until (election
 * calendars). A separately compiled pack that is not valid is simply not merged, macros included.
 */
export function validityOn(info: { validFrom?: string; validUntil?: string }, today: string): Validity {
  if (info.validUntil && info.validUntil < today) return 'expired';
  if (info.validFrom && info.validFrom > today) return 'not-yet';
  return 'valid';
}

/** Whether `s` is a real day written YYYY-MM-DD (2024-02-30 and 2024-13-01 are not). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export function localDate(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
