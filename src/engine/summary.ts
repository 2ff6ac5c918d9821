/**
 * Findings of one draft, one line per guideline, most serious first: the compact form the popup
 * lists (the full explanation is one click further). A draft that names the same guideline three
 * times is one line with three quoted parts, not three lines.
 */
import { SEVERITIES, type Finding, type Severity } from './finding';

export interface FindingLine {
  guidelineId: string;
  severity: Severity;
  /** The quoted parts of the draft, in text order, without repeats (nor parts of a longer one). */
  texts: string[];
  /** The most serious finding of the line (the one its detail view explains). */
  lead: Finding;
}

const rank = (s: Severity) => SEVERITIES.indexOf(s);

export function findingLines(findings: readonly Finding[]): FindingLine[] {
  const byGuideline = new Map<string, Finding[]>();
  for (const f of [...findings].sort((a, b) => a.start - b.start)) byGuideline.set(f.guidelineId, [...(byGuideline.get(f.guidelineId) ?? []), f]);
  const lines = [...byGuideline.entries()].map(([guidelineId, list]) => {
    const lead = list.reduce((best, f) => (rank(f.severity) > rank(best.severity) ? f : best));
    return { guidelineId, severity: lead.severity, texts: distinct(list.map((f) => f.text.trim())), lead, first: list[0]!.start };
  });
  lines.sort((a, b) => rank(b.severity) - rank(a.severity) || a.first - b.first);
  return lines.map(({ first: _first, ...line }) => line);
}

/** Each text once, and none that is already inside a longer one ("Kepala Dinas" in "Sebagai Kepala Dinas"). */
function distinct(texts: string[]): string[] {
  const unique = [...new Set(texts.filter(Boolean))];
  return unique.filter((t) => !unique.some((o) => o !== t && o.includes(t)));
}
