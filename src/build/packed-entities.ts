/**
 * The entity lists written with fewer repeats, before they become tables (packed-table.ts): a
 * person's id is left out when it is the slug of their first name ("prabowo-subianto" from
 * "Prabowo Subianto", nine in ten), and a reference to a person, pair or party (a pair's members,
 * a person's pair and party, a party's leader, what a hashtag is for or against) is written as
 * that entity's number. Both directions live here; no Node imports (the decoder runs in the
 * content script).
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

export function packEntities(e: Lists): Lists {
  const ids = OWNERS.flatMap((k) => (e[k] ?? []).map((x) => x.id as string));
  const num = new Map<string, number>();
  ids.forEach((id, i) => num.has(id) || num.set(id, i));
  // Only unambiguous ids become numbers: a duplicate id keeps its text everywhere.
  const dup = new Set(ids.filter((id, i) => num.get(id) !== i));
  const ref = (v: unknown) => (typeof v === 'string' && num.has(v) && !dup.has(v) ? num.get(v)! : v);
  const out: Lists = {};
  for (const [k, rows] of Object.entries(e)) {
    out[k] = rows.map((row) => {
      const r: Record<string, any> = { ...row };
      for (const f of REFS) if (f in r) r[f] = Array.isArray(r[f]) ? r[f].map(ref) : ref(r[f]);
      if (k === 'people' && typeof r.id === 'string' && r.id === slug(r.names?.[0] ?? '')) r.id = 0;
      return r;
    });
  }
  return out;
}

/** The inverse of `packEntities`. */
export function unpackEntities(e: Lists): Lists {
  for (const x of e.people ?? []) if (x.id === 0) x.id = slug(x.names[0]);
  const ids = OWNERS.flatMap((k) => (e[k] ?? []).map((x) => x.id as string));
  const ref = (v: unknown) => (typeof v === 'number' ? ids[v] : v);
  for (const rows of Object.values(e)) {
    for (const r of rows) for (const f of REFS) if (f in r) r[f] = Array.isArray(r[f]) ? r[f].map(ref) : ref(r[f]);
  }
  return e;
}
