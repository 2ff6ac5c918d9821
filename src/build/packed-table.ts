/**
 * Lists of objects of a few shapes (entities, rules, contexts) written column by column: each
 * key once, and all values of one key side by side, which gzip compresses far better than the
 * same values spread across objects (the same party, office and region names run together).
 * Both directions live here; no Node imports (the decoder runs in the content script).
 */

/** A table: the key lists (`k`), each row's key list (`s`), and each key's values in row order (`c`). */
export interface PackedTable {
  k: string[][];
  s: number[];
  /** Values by key; or, for a column kept apart, its length. */
  c: Record<string, unknown[] | number>;
}

export function packTable(rows: readonly object[]): PackedTable {
  const shapes: string[][] = [];
  const shapeOf = new Map<string, number>();
  const s: number[] = [];
  const c: Record<string, unknown[]> = {};
  for (const row of rows) {
    // As in JSON: a key whose value is undefined is not written.
    const keys = Object.keys(row).filter((k) => (row as Record<string, unknown>)[k] !== undefined);
    const sig = keys.join('\0');
    let i = shapeOf.get(sig);
    if (i === undefined) shapeOf.set(sig, (i = shapes.push(keys) - 1));
    s.push(i);
    for (const k of keys) ((c[k] ??= []) as unknown[]).push((row as Record<string, unknown>)[k]);
  }
  return { k: shapes, s, c };
}

/**
 * The inverse of `packTable`; a plain list (data packed before tables existed) passes through.
 * A column written as its length (kept elsewhere, see `splitPacked` in content-lean.ts) gives
 * each row its place in that column instead of the value.
 */
export function unpackTable<T = Record<string, unknown>>(t: PackedTable | T[]): T[] {
  if (Array.isArray(t)) return t;
  const at: Record<string, number> = {};
  return t.s.map((i) => {
    const row: Record<string, unknown> = {};
    for (const k of t.k[i]!) {
      const col = t.c[k]!;
      const n = (at[k] = (at[k] ?? -1) + 1);
      row[k] = typeof col === 'number' ? n : col[n];
    }
    return row as T;
  });
}
