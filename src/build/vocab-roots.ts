/**
 * Some 2,400 of the content script's root words (root-words-kept.ts) are words of the rules'
 * hashtag vocabulary, which the script carries anyway (its patterns and names give it). Written
 * out among the root words they cost ~3.7 KB gzip; as one bit per vocabulary word they cost
 * ~0.9 KB. The page turns the bits back into words when the stemmer is first used (`stem.ts`),
 * from the vocabulary as a stored snapshot lists it or as the rules work it out.
 *
 * Both directions live here; no Node imports (the decoder runs in the content script).
 */

/** `vocab` (sorted, `CompiledRules.vocab`) as "<count>:<base64 of one bit per word, set for a word in `roots`>". */
export function packVocabRoots(vocab: readonly string[], roots: ReadonlySet<string>): string {
  const bytes = new Uint8Array((vocab.length + 7) >>> 3);
  vocab.forEach((w, i) => {
    if (roots.has(w)) bytes[i >>> 3]! |= 1 << (i & 7);
  });
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return `${vocab.length}:${btoa(bin)}`;
}

/**
 * The words of `vocab` that `marks` (`packVocabRoots`) sets. A vocabulary of another length than
 * the one the marks were made for is not the bundled rules' (the build checks that it is):
 * nothing is returned for it, and the console says so, rather than wrong words.
 */
export function unpackVocabRoots(marks: string, vocab: readonly string[]): string[] {
  const colon = marks.indexOf(':');
  if (Number(marks.slice(0, colon)) !== vocab.length) {
    console.warn(`[Netra] root-word marks for ${marks.slice(0, colon)} vocabulary words, given ${vocab.length}`);
    return [];
  }
  const bin = atob(marks.slice(colon + 1));
  const out: string[] = [];
  for (let i = 0; i < vocab.length; i++) if ((bin.charCodeAt(i >>> 3) >>> (i & 7)) & 1) out.push(vocab[i]!);
  return out;
}

/**
 * The content script's root words (`kept`, sorted) as it ships them: the ones outside `vocab`
 * as words, the rest as marks. Checked here, so the build fails rather than the page knowing
 * other root words.
 */
export function splitVocabRoots(kept: readonly string[], vocab: readonly string[]): { words: string[]; marks: string } {
  const inVocab = new Set(vocab);
  const marks = packVocabRoots(vocab, new Set(kept));
  const words = kept.filter((w) => !inVocab.has(w));
  const back = [...words, ...unpackVocabRoots(marks, vocab)].sort();
  if (back.join('\n') !== [...kept].sort().join('\n')) throw new Error('vocab-roots: the shipped root words and marks are not the kept root words');
  return { words, marks };
}
