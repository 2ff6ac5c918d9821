/**
 * Hashtags that only name rival sides, in one draft ("… #PrabowoGibran2024 #GanjarMahfud
 * #AniesMuhaimin2024", "#temanahok #AniesSandi"), tag a post for reach or for the news it
 * carries: they take no side by themselves. A finding that is only such tags is set aside
 * (`several-sides`). A tag with words of its own ("#JokowiMenangTotalDebat") still takes a side,
 * and so does a call, a praise or an attack in the words around the tags.
 */
import type { CompiledEntities } from './rules';
import type { Target } from './targets';
import type { Token } from './tokenize';

/** The pairs each candidate of a pair stands in, and each pair itself: the sides a name is on. */
export type SideTable = ReadonlyMap<string, readonly string[]>;

const tables = new WeakMap<CompiledEntities, SideTable>();
const NONE: ReadonlySet<number> = new Set();

/**
 * Made once per entity list. Only pairs and their members are sides: a party figure or a judge
 * named in a tag (#airlanggahartarto, #anwarusman) stands for no ticket.
 */
export function sideTable(e: CompiledEntities | undefined): SideTable {
  if (!e) return new Map();
  let table = tables.get(e);
  if (table) return table;
  const sides = new Map<string, string[]>();
  for (const pair of e.pairs) {
    sides.set(pair.id, [pair.id]);
    for (const m of pair.members) sides.set(m, [...new Set([...(sides.get(m) ?? []), pair.id])]);
  }
  tables.set(e, (table = sides));
  return table;
}

/**
 * The hashtags (by tag number) that only name sides, when two of them name sides that share no
 * pair; otherwise none. A tag only names when each of its parts is a name of a pair or of one of
 * its members, or a year (#AniesMuhaimin2024); tags against someone are left out.
 */
export function rivalNameTags(targets: readonly Target[], tokens: readonly Token[], sides: SideTable): ReadonlySet<number> {
  if (sides.size === 0) return NONE;
  const byTag = new Map<number, Set<string>>();
  const named = new Set<number>();
  for (const t of targets) {
    const tag = tokens[t.start]?.tag;
    if (!tag || t.against || !t.id) continue;
    const s = sides.get(t.id);
    if (!s) continue;
    const set = byTag.get(tag) ?? new Set<string>();
    for (const id of s) set.add(id);
    byTag.set(tag, set);
    for (let i = t.start; i < t.end; i++) named.add(i);
  }
  if (byTag.size < 2) return NONE;
  for (let i = 0; i < tokens.length; i++) {
    const tag = tokens[i]!.tag;
    if (tag && byTag.has(tag) && !named.has(i) && !/^\d+$/.test(tokens[i]!.canon)) byTag.delete(tag);
  }
  const tags = [...byTag];
  for (let i = 0; i < tags.length; i++) {
    for (let j = i + 1; j < tags.length; j++) {
      if (![...tags[i]![1]].some((id) => tags[j]![1].has(id))) return new Set(tags.map(([tag]) => tag));
    }
  }
  return NONE;
}

/** Whether tokens [a, b) all lie in the given hashtags. */
export function inTags(tokens: readonly Token[], a: number, b: number, tags: ReadonlySet<number>): boolean {
  if (tags.size === 0 || b <= a) return false;
  for (let i = a; i < b; i++) if (!tags.has(tokens[i]!.tag)) return false;
  return true;
}
