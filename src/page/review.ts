/**
 * What the pre-post dialog shows, decided without DOM: the findings of a draft grouped into one
 * card per guideline, most serious first, each naming the exact words; and the one-click fix of
 * each card, which always addresses the serious finding first. Netra writes no new words: a fix
 * only removes a span of the user's own text.
 */
import { SEVERITY_RANK, type Finding, type Severity } from '../engine/finding';

export interface ReviewCard {
  guidelineId: string;
  /** The worst severity among the card's findings. */
  severity: Severity;
  /** The card's findings, in text order (picture findings last). */
  findings: Finding[];
  /** The exact words, overlapping matches merged, in text order. */
  quotes: string[];
  /** Whether any finding was read from an attached picture. */
  inPicture: boolean;
  /** A one-click removal that addresses this card; absent when none is safe or needed. */
  fix?: Removal;
}

/** Remove `text.slice(start, end)`; `removes` is that text, for the button's label. */
export interface Removal {
  start: number;
  end: number;
  removes: string;
}

/** One card per guideline; most serious first, then the surest, then the earliest. */
export function reviewCards(text: string, findings: readonly Finding[]): ReviewCard[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.guidelineId) ?? [];
    list.push(f);
    groups.set(f.guidelineId, list);
  }
  const cards: ReviewCard[] = [...groups].map(([guidelineId, list]) => {
    const ordered = [...list].sort((a, b) => (a.source === 'image' ? 1 : 0) - (b.source === 'image' ? 1 : 0) || a.start - b.start);
    const severity = ordered.reduce<Severity>((w, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[w] ? f.severity : w), 'info');
    return { guidelineId, severity, findings: ordered, quotes: quotesOf(text, ordered), inPicture: ordered.some((f) => f.source === 'image') };
  });
  const surest = (c: ReviewCard) => Math.max(...c.findings.filter((f) => f.severity === c.severity).map((f) => f.confidence));
  const first = (c: ReviewCard) => Math.min(...c.findings.map((f) => (f.source === 'image' ? Infinity : f.start)));
  cards.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || surest(b) - surest(a) || first(a) - first(b));
  planFixes(text, cards);
  return cards;
}

/**
 * The words to name: a match that contains another match of the card is named by the inner one
 * ("Kepala Dinas", not the whole clause around it); overlapping matches are merged. Picture
 * findings keep their own text.
 */
function quotesOf(text: string, findings: readonly Finding[]): string[] {
  const inText = findings.filter((f) => f.source !== 'image' && f.end > f.start);
  const innermost = inText.filter((f) => !inText.some((g) => g !== f && g.start >= f.start && g.end <= f.end && g.end - g.start < f.end - f.start));
  const spans: Array<[number, number]> = [];
  for (const f of [...innermost].sort((a, b) => a.start - b.start)) {
    const last = spans.at(-1);
    if (last && f.start <= last[1]) last[1] = Math.max(last[1], f.end);
    else spans.push([f.start, f.end]);
  }
  const pictures = [...new Set(findings.filter((f) => f.source === 'image' && f.text).map((f) => f.text))];
  return [...new Set(spans.map(([a, b]) => text.slice(a, b).trim()).filter(Boolean)), ...pictures];
}

/**
 * At most one fix per card, never one that leaves a serious finding in place while removing a
 * lesser one: a serious card's fix removes the clause that carries it (with its number and hand
 * sign); a lesser card's own suggestion is offered only when no card is serious. A card whose
 * words an earlier card's fix already removes gets no button of its own.
 */
function planFixes(text: string, cards: ReviewCard[]) {
  const anySerious = cards.some((c) => c.severity === 'serious');
  const taken: Removal[] = [];
  for (const card of cards) {
    const inText = card.findings.filter((f) => f.source !== 'image' && f.end > f.start);
    if (inText.length === 0) continue;
    if (taken.some((t) => inText.some((f) => f.start < t.end && f.end > t.start))) continue;
    let fix: Removal | null = null;
    if (card.severity === 'serious') fix = clauseRemoval(text, inText);
    else if (!anySerious) {
      const s = inText.flatMap((f) => f.suggestions ?? []).find((x) => x.kind === 'remove');
      if (s && s.end > s.start) fix = { start: s.start, end: s.end, removes: text.slice(s.start, s.end).trim() };
    }
    if (!fix || taken.some((t) => fix!.start < t.end && fix!.end > t.start)) continue;
    card.fix = fix;
    taken.push(fix);
  }
}

const SENTENCE_END = /[.!?…\n]/;
const CLAUSE_END = /[,;:]/;
/** Hand signs that read as ballot numbers, and keycap digits. */
const HAND_SIGN = /^(?:[✌☝👆👇👉👈🤟🤘👌🖐✋🤞👍🫰🤙🖖]|[0-9]\uFE0F?\u20E3)(?:[\u{1F3FB}-\u{1F3FF}]|\uFE0F)*/u;
/** A clause that opens with "as <office>": the call itself starts at the speaker or the verb. */
const ADJUNCT = /^(?:sebagai|selaku|atas nama)\s/i;
const CLAUSE_HEAD = /(?:^|\s)(?:saya|aku|kami|kita|gue|gw|ane|ayo|yuk|mari|ajak|mengajak|pilih|pilihlah|coblos|dukung|menangkan|siap)(?=\s|$)/giu;

const isBoundary = (text: string, i: number, re: RegExp) => re.test(text[i] ?? '') && !(text[i] === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));

/**
 * The clause of `text` that carries `findings`: bounded by sentence ends and by commas, colons
 * and semicolons, with a leading "Sebagai <office>" left for its own card, and with a hand sign
 * that follows the sentence. The separator before it (or the whole sentence) goes with it.
 */
export function clauseRemoval(text: string, findings: readonly Finding[]): Removal | null {
  if (findings.length === 0) return null;
  const from = Math.min(...findings.map((f) => f.start));
  const to = Math.max(...findings.map((f) => f.end));
  let sentStart = from;
  while (sentStart > 0 && !isBoundary(text, sentStart - 1, SENTENCE_END)) sentStart--;
  let sentEnd = to;
  while (sentEnd < text.length && !isBoundary(text, sentEnd, SENTENCE_END)) sentEnd++;
  let clauseStart = from;
  while (clauseStart > sentStart && !isBoundary(text, clauseStart - 1, CLAUSE_END)) clauseStart--;
  let clauseEnd = to;
  while (clauseEnd < sentEnd && !isBoundary(text, clauseEnd, CLAUSE_END)) clauseEnd++;
  clauseStart = skipAdjunct(text, clauseStart, from);

  // After the sentence's terminator: spaces, then a hand sign or keycap number of the call.
  let terminatorEnd = sentEnd;
  while (terminatorEnd < text.length && isBoundary(text, terminatorEnd, SENTENCE_END) && text[terminatorEnd] !== '\n') terminatorEnd++;
  const afterSpace = terminatorEnd + (text.slice(terminatorEnd).match(/^[ \t]*/)?.[0].length ?? 0);
  const sign = text.slice(afterSpace).match(HAND_SIGN)?.[0];

  let start: number;
  let end: number;
  const wholeSentence = text.slice(sentStart, clauseStart).trim() === '' && text.slice(clauseEnd, sentEnd).trim() === '';
  if (wholeSentence) {
    start = sentStart;
    end = sign ? afterSpace + sign.length : terminatorEnd;
    end += text.slice(end).match(/^[ \t]*/)?.[0].length ?? 0;
    // Nothing follows: take the space before it too, so no trailing blank is left.
    if (end >= text.length) while (start > 0 && /[ \t]/.test(text[start - 1]!)) start--;
  } else if (text.slice(sentStart, clauseStart).trim() !== '') {
    // A clause after the first: the separator (or space) before it goes with it.
    start = clauseStart;
    while (start > sentStart && /\s/.test(text[start - 1]!)) start--;
    if (start > sentStart && isBoundary(text, start - 1, CLAUSE_END)) start--;
    end = clauseEnd;
    if (sign && clauseEnd === sentEnd) end = afterSpace + sign.length;
  } else {
    // The first clause of several: the separator after it goes with it.
    start = clauseStart;
    end = clauseEnd + 1;
    end += text.slice(end).match(/^\s*/)?.[0].length ?? 0;
  }
  if (end <= start) return null;
  return { start, end, removes: text.slice(start, end).replace(/^[\s,;:]+|[\s,;:]+$/g, '') };
}

/** In a clause opening with "Sebagai <office>", where the call starts (not after `limit`). */
function skipAdjunct(text: string, clauseStart: number, limit: number): number {
  const lead = text.slice(clauseStart, limit);
  const ws = lead.match(/^\s*/)![0].length;
  if (!ADJUNCT.test(lead.slice(ws))) return clauseStart;
  CLAUSE_HEAD.lastIndex = 0;
  for (let m = CLAUSE_HEAD.exec(lead); m; m = CLAUSE_HEAD.exec(lead)) {
    const at = m.index + (m[0].length - m[0].trimStart().length);
    if (at > ws) return clauseStart + at;
  }
  return clauseStart;
}
