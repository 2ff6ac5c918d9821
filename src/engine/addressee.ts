/**
 * Whom a reply speaks to, when it names no one: "lanjutkan pak, 1 periode kurang", "2029 maju
 * lagi ya Bu". The post being answered names the person; the draft only addresses them. A bare
 * honorific in the sentence of a push for a candidacy (a next term, a run, a next election's
 * year) is then a weak role target, so the push is read as support for their candidacy, which is
 * partisan at any time of the calendar. Only in a draft with no other target: a named person
 * is whom the push is for.
 */
import type { Reading } from './reading';
import type { Signal } from './stance';
import type { Target } from './targets';
import type { Token } from './tokenize';

export function addressedInPush(tokens: readonly Token[], signals: readonly Signal[], targets: readonly Target[], reading: Reading, honorifics: ReadonlySet<string>): Target | null {
  if (targets.length > 0) return null;
  for (const s of signals) {
    if (s.cls !== 'candidacy') continue;
    const sentence = tokens[s.start]!.sentence;
    // The writer speaking of themself ("Bu, periode depan saya cuti panjang") pushes no one.
    if (tokens.some((t) => t.sentence === sentence && reading.firstPerson.has(t.canon))) continue;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.sentence !== sentence || (i >= s.start && i < s.end) || t.tag || t.mention) continue;
      if (!reading.secondPerson.has(t.canon) || !honorifics.has(t.canon)) continue;
      // Spoken to, the honorific ends its clause or takes a particle ("pak!", "ya Bu", "bu, …");
      // with a word after it, it names someone ("Pak RT", "Pak Budi") or many ("bapak-bapak").
      const next = tokens[i + 1];
      const prev = tokens[i - 1];
      const ends = !next || next.sentence !== sentence || next.start > t.end + 1 || reading.spokenVoice.has(next.canon);
      if (!ends || next?.canon === t.canon || prev?.canon === t.canon) continue;
      return { start: i, end: i + 1, kind: 'role', weak: true, candidate: false, via: 'cue', cue: 'addressee' };
    }
  }
  return null;
}
