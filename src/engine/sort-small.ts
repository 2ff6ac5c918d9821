/** Sorting the short lists a check makes (matches, signals, targets, rule numbers). */

/**
 * `xs` sorted in place as `Array.prototype.sort` would (both are stable, so the order is the
 * same): by insertion when short, the usual case, where the built-in sort's own work array
 * costs more than the sorting.
 */
export function sortedSmall<T>(xs: T[], cmp: (a: T, b: T) => number): T[] {
  if (xs.length > 16) return xs.sort(cmp);
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i]!;
    let j = i - 1;
    while (j >= 0 && cmp(xs[j]!, x) > 0) {
      xs[j + 1] = xs[j]!;
      j--;
    }
    xs[j + 1] = x;
  }
  return xs;
}
