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
  /** Values by key; or, for a column kept apart, its length; or a column of text (`TextColumn`). */
  c: Record<string, unknown[] | number | TextColumn>;
}

/**
 * A column of strings (`s`) or of lists of strings (`l`) written as one text: values joined by
 * ROW_SEP, a list's strings by ITEM_SEP. Written only when no string holds a separator and no
 * list holds an empty string, so the text reads back as it was (the entity lists' names and ids:
 * ~0.5 KB gzip less than JSON's quotes and commas).
 */
export type TextColumn = { s: string } | { l: string };
const ROW_SEP = ';';
const ITEM_SEP = '|';

const plain = (x: unknown): x is string => typeof x === 'string' && !x.includes(ROW_SEP) && !x.includes(ITEM_SEP);

function textColumn(values: unknown[]): unknown[] | TextColumn {
  if (values.length === 0) return values;
  if (values.every(plain)) return { s: values.join(ROW_SEP) };
  if (values.every((v) => Array.isArray(v) && v.every((x) => plain(x) && x !== ''))) return { l: (values as string[][]).map((v) => v.join(ITEM_SEP)).join(ROW_SEP) };
  return values;
}

/** A column's values (or, kept apart, its length), a text column read back. */
export function readColumn(col: unknown[] | number | TextColumn): unknown[] | number {
  if (typeof col === 'number' || Array.isArray(col)) return col;
  if ('s' in col) return col.s.split(ROW_SEP);
  return col.l.split(ROW_SEP).map((row) => (row === '' ? [] : row.split(ITEM_SEP)));
}

/**
 * `text`: write columns of strings and string lists as text (`TextColumn`). For tables read when
 * first used (the entity lists): reading text back in JavaScript costs the page more at start-up
 * than JSON.parse saves, so the tables the engine reads as it starts stay JSON.
 */
export function packTable(rows: readonly object[], text = false): PackedTable {
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
  return { k: shapes, s, c: text ? Object.fromEntries(Object.entries(c).map(([k, v]) => [k, textColumn(v)])) : c };
}

/**
 * The inverse of `packTable`; a plain list (data packed before tables existed) passes through.
 * A column written as its length (kept elsewhere, see `splitPacked` in content-lean.ts) gives
 * each row its place in that column instead of the value. `set`: how a row gets a key's value
 * (default: assigned), so a caller can make rows in one pass.
 *
 * Plain loops over numbered columns: the content script runs this cold at start-up, where
 * looking each cell's column up by name cost more than the rows.
 */
export function unpackTable<T = Record<string, unknown>>(t: PackedTable | T[], set?: (row: Record<string, unknown>, key: string, value: unknown) => void): T[] {
  if (Array.isArray(t)) return t;
  const names = Object.keys(t.c);
  const cols = names.map((n) => readColumn(t.c[n]!));
  const cursor = new Int32Array(names.length);
  const shapes = t.k.map((keys) => keys.map((k) => names.indexOf(k)));
  const out = new Array<T>(t.s.length);
  for (let r = 0; r < t.s.length; r++) {
    const keys = t.k[t.s[r]!]!;
    const at = shapes[t.s[r]!]!;
    const row: Record<string, unknown> = {};
    for (let j = 0; j < keys.length; j++) {
      const c = at[j]!;
      const col = cols[c]!;
      const n = cursor[c]!++;
      const value = typeof col === 'number' ? n : col[n];
      if (set) set(row, keys[j]!, value);
      else row[keys[j]!] = value;
    }
    out[r] = row as T;
  }
  return out;
}
