/**
 * The entity lists written with fewer repeats, before they become tables (packed-table.ts): a
 * person's id is written as the number of the name it is the slug of (0 for "prabowo-subianto"
 * from "Prabowo Subianto", nine in ten; names, then weak names); a reference to a person, pair
 * or party (a pair's members, a person's pair and party, a party's leader, what a hashtag is for
 * or against) as that entity's number; a pair's name made of its members' names
 * ("Anies-Muhaimin") as the numbers of those names and of the mark between them; a pair's id
 * made of "pair-", a place and its first name ("pair-medan-rico-zaki" from "Rico-Zaki") as "="
 * and the place; a pair's members and a person's office, where the other lists imply them, as 0.
 * Both directions live here; no Node imports (the decoder runs in the content script).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- entity rows are walked by shape. */

/** Fields that hold entity ids (a string or a list of strings). */
const REFS = ['members', 'pair', 'party', 'leader', 'for', 'against'];
/** Lists whose rows are entities with ids, in the order their numbers are given. */
const OWNERS = ['people', 'pairs', 'parties'];

export const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

type Lists = Record<string, Array<Record<string, any>>>;

/** What stands between two members' names in a pair's name. */
const JOINS = ['-', ' ', '', ' - ', ' & ', '–'];

/** The names a pair's name may be built from: each member's names, then weak names. */
function memberNames(people: ReadonlyMap<unknown, Record<string, any>>, pair: Record<string, any>): string[][] | null {
  const ms: Array<Record<string, any> | undefined> = Array.isArray(pair.members) && pair.members.length === 2 ? pair.members.map((id: unknown) => people.get(id)) : [];
  if (ms.length !== 2 || !ms[0] || !ms[1]) return null;
  return ms.map((m) => [...(m!.names ?? []), ...(m!.weak ?? [])]);
}

/** A person's names, then weak names: a person's id is the slug of one of them, by number. */
const ownNames = (p: Record<string, any>): string[] => [...(Array.isArray(p.names) ? p.names : []), ...(Array.isArray(p.weak) ? p.weak : [])].filter((n) => typeof n === 'string');

/** Rows by id; with a duplicate id, the first (as `Array.find` would). */
function byId(rows: ReadonlyArray<Record<string, any>> = []): Map<unknown, Record<string, any>> {
  const m = new Map<unknown, Record<string, any>>();
  for (const x of rows) if (!m.has(x.id)) m.set(x.id, x);
  return m;
}

/** The places of the people by their `pair` (packed: the pair's number), in order. */
function membersByPair(people: ReadonlyArray<Record<string, any>>): Map<unknown, number[]> {
  const out = new Map<unknown, number[]>();
  for (let i = 0; i < people.length; i++) {
    const pair: unknown = people[i]!.pair;
    if (pair === undefined) continue;
    const list = out.get(pair);
    if (list) list.push(i);
    else out.set(pair, [i]);
  }
  return out;
}

/** The office a person holds by being in their pair: its first member the pair's, the second "wakil" and it. */
function pairOffice(person: Record<string, any>, pairs: ReadonlyMap<unknown, Record<string, any>>): string | undefined {
  const pair = pairs.get(person.pair);
  if (!pair || typeof pair.office !== 'string' || !Array.isArray(pair.members)) return undefined;
  const k = pair.members.indexOf(person.id);
  return k === 0 ? pair.office : k === 1 ? `wakil ${pair.office}` : undefined;
}

/** A pair name as [first member's name, second's, join] numbers when it is built that way. */
function pairName(name: string, parts: string[][]): string | number[] {
  for (const [i, a] of parts[0]!.entries()) {
    if (!name.startsWith(a)) continue;
    for (const [j, b] of parts[1]!.entries()) {
      const k = JOINS.findIndex((x) => a + x + b === name);
      if (k >= 0) return [i, j, k];
    }
  }
  return name;
}

/** A pair's id written as PAIR_ID and the place when it is "pair-", the place and its first name's slug. */
const PAIR_ID = '=';
const pairIdOf = (place: string, name: unknown) => `pair-${place ? place + '-' : ''}${slug(String(name))}`;

/** The place that makes `id` from the pair's first name (`pairIdOf`), if one does. */
function pairPlace(id: unknown, name: unknown): string | null {
  if (typeof id !== 'string' || typeof name !== 'string' || !id.startsWith('pair-')) return null;
  const tail = slug(name);
  if (!tail) return null;
  const place = id === `pair-${tail}` ? '' : id.endsWith(`-${tail}`) ? id.slice(5, -tail.length - 1) : null;
  return place !== null && pairIdOf(place, name) === id ? place : null;
}

export function packEntities(e: Lists): Lists {
  const ids = OWNERS.flatMap((k) => (e[k] ?? []).map((x) => x.id as string));
  const num = new Map<string, number>();
  ids.forEach((id, i) => num.has(id) || num.set(id, i));
  // Only unambiguous ids become numbers: a duplicate id keeps its text everywhere.
  const dup = new Set(ids.filter((id, i) => num.get(id) !== i));
  const ref = (v: unknown) => (typeof v === 'string' && num.has(v) && !dup.has(v) ? num.get(v)! : v);
  const out: Lists = {};
  const people = byId(e.people);
  const nPeople = (e.people ?? []).length;
  for (const [k, rows] of Object.entries(e)) {
    out[k] = rows.map((row) => {
      const r: Record<string, any> = { ...row };
      const parts = k === 'pairs' && Array.isArray(r.names) ? memberNames(people, r) : null;
      // Its members must be people known by number: the decoder builds the pair's names before
      // it knows any other id.
      const place = parts && !dup.has(r.id) && r.members.every((m: unknown) => (ref(m) as number) < nPeople) ? pairPlace(r.id, r.names[0]) : null;
      if (parts) r.names = r.names.map((n: string) => pairName(n, parts));
      for (const f of REFS) if (f in r) r[f] = Array.isArray(r[f]) ? r[f].map(ref) : ref(r[f]);
      if (k === 'people' && typeof r.id === 'string') {
        const at = ownNames(r).findIndex((n) => slug(n) === r.id);
        if (at >= 0) r.id = at;
      }
      if (place !== null) r.id = PAIR_ID + place;
      return r;
    });
  }
  // A person's office their pair implies, and a pair's members when they are the people whose
  // pair it is, written as 0.
  const pairs = byId(e.pairs);
  (e.people ?? []).forEach((p, i) => p.office !== undefined && pairOffice(p, pairs) === p.office && (out.people![i]!.office = 0));
  const members = membersByPair(out.people ?? []);
  out.pairs?.forEach((r, j) => JSON.stringify(members.get(nPeople + j) ?? []) === JSON.stringify(r.members) && (r.members = 0));
  return out;
}

/** The inverse of `packEntities`. */
export function unpackEntities(e: Lists): Lists {
  for (const x of e.people ?? []) if (typeof x.id === 'number') x.id = slug(ownNames(x)[x.id]!);
  // Pairs' members first (people, known by now), then their names and ids, then every other
  // reference, then the offices pairs imply.
  const n = (e.people ?? []).length;
  const members = membersByPair(e.people ?? []);
  (e.pairs ?? []).forEach((pair, j) => pair.members === 0 && (pair.members = members.get(n + j) ?? []));
  const peopleIds = (e.people ?? []).map((x) => x.id as string);
  for (const pair of e.pairs ?? []) if (Array.isArray(pair.members)) pair.members = pair.members.map((v: unknown) => (typeof v === 'number' && v < peopleIds.length ? peopleIds[v] : v));
  const people = byId(e.people);
  for (const pair of e.pairs ?? []) {
    if (Array.isArray(pair.names) && !pair.names.every((n: unknown) => typeof n === 'string')) {
      const parts = memberNames(people, pair)!;
      pair.names = pair.names.map((n: string | number[]) => (typeof n === 'string' ? n : parts[0]![n[0]!]! + JOINS[n[2]!] + parts[1]![n[1]!]!));
    }
    if (typeof pair.id === 'string' && pair.id.startsWith(PAIR_ID)) pair.id = pairIdOf(pair.id.slice(1), pair.names[0]);
  }
  const ids = OWNERS.flatMap((k) => (e[k] ?? []).map((x) => x.id as string));
  const ref = (v: unknown) => (typeof v === 'number' ? ids[v] : v);
  for (const rows of Object.values(e)) {
    for (const r of rows) for (const f of REFS) if (f in r) r[f] = Array.isArray(r[f]) ? r[f].map(ref) : ref(r[f]);
  }
  const pairs = byId(e.pairs);
  for (const p of e.people ?? []) if (p.office === 0) p.office = pairOffice(p, pairs);
  return e;
}
