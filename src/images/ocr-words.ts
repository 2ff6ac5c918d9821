/**
 * Ballot words as OCR misreads them in the heavy display fonts of campaign posters, read back as
 * the words — for text read from pictures only (findings.ts), never for what a user types: a
 * draft's "C0BLOS" is the engine's business, and its "goblok" is an insult, not a vote call.
 *
 * Each pattern allows, letter by letter, only the confusions Tesseract makes with such fonts: a
 * round C read as G or as "CG" (the poster in the benchmark that OCR missed read "COBLOS" as
 * "CGOBLOS"), O as 0/Q/D, L and I as l/1/|, B as 8, S as 5. The word's last letters are kept
 * exact enough that "GOBLOK" and "GOBLOG" (insults) match nothing.
 */
const NEAR_MISSES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:C|G|CG|GC|CC)[O0QDØ][B8ß][LIl1|i][O0QDØ][S5$]$/i, 'coblos'],
  [/^P[Il1|!i][LIl1|i][Il1|!i]H$/i, 'pilih'],
  [/^N[O0QD]M[O0QD]R$/i, 'nomor'],
  [/^P[A4][S5$][LIl1|i][O0QD]N$/i, 'paslon'],
];

/** `token` (one word, maybe with punctuation around it) as the ballot word it misreads, or as it is. */
export function ballotWord(token: string): string {
  const m = /^([^\p{L}\p{N}]*)(.+?)([^\p{L}\p{N}$]*)$/u.exec(token);
  if (!m) return token;
  const [, before, word, after] = m;
  for (const [re, w] of NEAR_MISSES) {
    if (!re.test(word!)) continue;
    // Posters shout; keep the reading's case so the engine's spans still read naturally.
    const shown = word === word!.toLowerCase() ? w : w.toUpperCase();
    return `${before}${shown}${after}`;
  }
  return token;
}
