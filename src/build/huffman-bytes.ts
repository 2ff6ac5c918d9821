/**
 * Bytes coded with a canonical Huffman code of their own frequencies, for the scorer's int8
 * weights in the content script: a third of them are 0 and most are small, which a Huffman code
 * of the bytes' own counts writes in ~15 KB where gzip of the bytes takes ~18 KB (its own
 * Huffman codes are per block and its matches find nothing in hashed weights). Both directions
 * live here; no Node imports (the decoder runs in the content script).
 */

/** `n` bytes: each byte value's code length, and the codes' bits in base64. */
export interface PackedBytes {
  /**
   * Code length of value v as the character '0' + length at v ('0': unused, and unused values
   * at the end left out): a canonical code needs nothing else, and as text it is ~0.27 KB gzip
   * less than [value, length, …] pairs in JSON.
   */
  l: string;
  n: number;
  b: string;
}

const LENGTH_ZERO = 48;

/** Code lengths of a Huffman code for `counts` (a used value gets ≥ 1 bit). */
function codeLengths(counts: readonly number[]): number[] {
  const len = counts.map(() => 0);
  type Node = { w: number; syms: number[] };
  let nodes: Node[] = counts.flatMap((w, s) => (w ? [{ w, syms: [s] }] : []));
  if (nodes.length === 1) len[nodes[0]!.syms[0]!] = 1;
  while (nodes.length > 1) {
    // Ties broken by the order nodes were made in, so the code is the same on every machine.
    nodes.sort((a, b) => a.w - b.w);
    const [a, b] = [nodes[0]!, nodes[1]!];
    for (const s of [...a.syms, ...b.syms]) len[s]! += 1;
    nodes = [...nodes.slice(2), { w: a.w + b.w, syms: [...a.syms, ...b.syms] }];
  }
  return len;
}

/** Canonical codes: by length, then value; each code is the last one plus one, shifted to its length. */
function canonical(pairs: ReadonlyArray<readonly [number, number]>): Array<[number, number, number]> {
  const sorted = [...pairs].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  let code = 0;
  let prev = sorted[0]?.[1] ?? 0;
  return sorted.map(([v, l], i) => {
    if (i) code = (code + 1) << (l - prev);
    prev = l;
    return [v, l, code];
  });
}

export function packBytes(bytes: Uint8Array): PackedBytes {
  const counts = new Array<number>(256).fill(0);
  for (const x of bytes) counts[x]! += 1;
  const lens = codeLengths(counts);
  const pairs = lens.flatMap((l, v) => (l ? [[v, l] as const] : []));
  const codes = new Map(canonical(pairs).map(([v, l, c]) => [v, [l, c] as const]));
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const x of bytes) {
    const [l, c] = codes.get(x)!;
    for (let i = l - 1; i >= 0; i--) {
      acc = (acc << 1) | ((c >>> i) & 1);
      if (++bits === 8) (out.push(acc), (acc = 0), (bits = 0));
    }
  }
  if (bits) out.push(acc << (8 - bits));
  let bin = '';
  for (const x of out) bin += String.fromCharCode(x);
  let lengths = '';
  const last = pairs.length ? pairs[pairs.length - 1]![0] : -1;
  for (let v = 0; v <= last; v++) lengths += String.fromCharCode(LENGTH_ZERO + lens[v]!);
  return { l: lengths, n: bytes.length, b: btoa(bin) };
}

export function unpackBytes(p: PackedBytes): Uint8Array {
  const pairs: Array<[number, number]> = [];
  for (let v = 0; v < p.l.length; v++) if (p.l.charCodeAt(v) !== LENGTH_ZERO) pairs.push([v, p.l.charCodeAt(v) - LENGTH_ZERO]);
  const table = canonical(pairs);
  // Canonical decoding: per length, the first code and where its values start in `table`.
  const first: Array<[number, number, number] | undefined> = [];
  table.forEach(([, l, c], i) => {
    const f = first[l];
    if (!f) first[l] = [c, i, 1];
    else f[2]++;
  });
  const bin = atob(p.b);
  const out = new Uint8Array(p.n);
  let pos = 0;
  for (let k = 0; k < p.n; k++) {
    let code = 0;
    for (let l = 1; ; l++) {
      code = (code << 1) | ((bin.charCodeAt(pos >> 3) >> (7 - (pos & 7))) & 1);
      pos++;
      const f = first[l];
      if (f && code >= f[0] && code - f[0] < f[2]) {
        out[k] = table[f[1] + code - f[0]]![0];
        break;
      }
      if (l > 32) throw new Error('packed bytes: bad code');
    }
  }
  return out;
}
