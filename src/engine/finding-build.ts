/**
 * Findings out of token spans: the message with the matched words filled in, one-click removals,
 * and one finding per span and category.
 */
import { SEVERITY_RANK, type Finding } from './finding';
import type { CompiledRule } from './rules';

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
  const best = new Map<string, Finding>();
  for (const f of fs) {
    const key = `${f.start}:${f.end}:${f.category}`;
    const cur = best.get(key);
    if (!cur || SEVERITY_RANK[f.severity] > SEVERITY_RANK[cur.severity] || (f.severity === cur.severity && f.confidence > cur.confidence)) best.set(key, f);
  }
  // Rule ids by code units: localeCompare's first call in a page loads collation data (~12 ms).
  return [...best.values()].sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
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
