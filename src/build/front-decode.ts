/**
 * The inverse of `frontCode` (root-words.ts): words from "<shared prefix length as one char from
 * '0'><rest>" runs. No imports and no inner functions: the root-word module inlines its source,
 * and the content script's rule data (packed-rules.ts) imports it.
 */
export function frontDecode(s: string): string[] {
  const out: string[] = [];
  let prev = '';
  let i = 0;
  while (i < s.length) {
    let j = i + 1;
    while (j < s.length && (s.charCodeAt(j) < 48 || s.charCodeAt(j) > 88)) j++;
    const w = prev.slice(0, s.charCodeAt(i) - 48) + s.slice(i + 1, j);
    out.push(w);
    prev = w;
    i = j;
  }
  return out;
}
