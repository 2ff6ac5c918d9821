/**
 * Findings out of token spans: the message with the matched words filled in, one-click removals,
 * and one finding per span and category.
 */
import { SEVERITY_RANK, type Finding } from './finding';
import type { CompiledRule } from './rules';
import { sortedSmall } from './sort-small';

/** A rule's finding for [start, end) of `src`. */
export function ruleFinding(r: CompiledRule, src: string, start: number, end: number, lang: 'id' | 'en'): Finding {
  const matched = src.slice(start, end);
  const f: Finding = {
    ruleId: r.id,
    category: r.category,
    severity: r.severity,
    confidence: r.confidence,
    start,
    end,
    text: matched,
    message: fillMatch(r.message[lang], matched),
    guidelineId: r.guideline,
    source: 'text',
  };
  if (r.fix === 'remove') f.suggestions = [removal(src, start, end)];
  return f;
}

/** `{match}` replaced by the words (a function replacer: "$&" in a draft stays as written). */
export function fillMatch(template: string, matched: string): string {
  return template.replace('{match}', () => matched);
}

/** Same span and category from two rules: keep the stronger one. Sorted by position. */
export function dedupe(fs: Finding[]): Finding[] {
  // Most drafts have no finding or one: nothing to merge or order.
  if (fs.length < 2) return fs.slice();
  // A few findings are compared pairwise: a key string and a map per check cost more.
  const out = fs.length > 16 ? byKey(fs) : [];
  if (fs.length <= 16) {
    for (const f of fs) {
      let k = 0;
      while (k < out.length && !(out[k]!.start === f.start && out[k]!.end === f.end && out[k]!.category === f.category)) k++;
      if (k === out.length) out.push(f);
      else if (stronger(f, out[k]!)) out[k] = f;
    }
  }
  return sortedSmall(out, (a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}

function stronger(f: Finding, cur: Finding): boolean {
  return SEVERITY_RANK[f.severity] > SEVERITY_RANK[cur.severity] || (f.severity === cur.severity && f.confidence > cur.confidence);
}

/** `dedupe`'s merge for many findings, by a key per span and category (first seen keeps its place). */
function byKey(fs: Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  for (const f of fs) {
    const key = `${f.start}:${f.end}:${f.category}`;
    const cur = best.get(key);
    if (!cur || stronger(f, cur)) best.set(key, f);
  }
  return [...best.values()];
}

/**
 * A removal that also takes the separator after the words ("Kepala Dinas, " or "Kepala Dinas "),
 * or the space before them at the end of a line, so no double space or stray comma is left.
 */
export function removal(src: string, start: number, end: number) {
  let s = start;
  let e = end;
  if (src.startsWith(', ', e)) e += 2;
  else if (src[e] === ' ') e++;
  else if (src[s - 1] === ' ') s--;
  return { kind: 'remove' as const, start: s, end: e };
}
