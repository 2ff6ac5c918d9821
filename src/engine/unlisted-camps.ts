/**
 * A supporters' camp named after a person no list holds: a capitalised word made of a name no
 * word list knows and a long camp ending ("Dedeholic", "Rusdilovers"). Listed names with any
 * camp ending are read in `targets.ts` (`campOf`); here only the endings of five letters or more,
 * since the short ones ("-ers", "-ist") end everyday English words too. Weak: a camp only in a
 * draft about politics (football has its "-mania" too).
 */
import type { Target } from './targets';
import type { Token } from './tokenize';

/** The shortest ending read on an unlisted name, and the shortest name before it. */
const MIN_SUFFIX = 5;
const MIN_STEM = 3;

export function unlistedCamps(tokens: readonly Token[], suffixes: readonly string[], known: (t: Token) => boolean, taken: readonly Target[]): Target[] {
  const out: Target[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || t.caps || t.tag || t.mention || !/^[a-z]+$/.test(t.canon) || known(t)) continue;
    const suffix = suffixes.find((s) => s.length >= MIN_SUFFIX && t.canon.endsWith(s) && t.canon.length - s.length >= MIN_STEM);
    if (!suffix || taken.some((x) => x.start <= i && i < x.end)) continue;
    const stem = t.canon.slice(0, -suffix.length);
    if (known({ ...t, text: stem, canon: stem })) continue;
    out.push({ start: i, end: i + 1, kind: 'camp', weak: true, candidate: false, via: 'cue' });
  }
  return out;
}
