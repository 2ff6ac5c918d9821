/**
 * The rules' hashtag vocabulary (`CompiledRules.vocab`, some 7,000 words) in an engine snapshot
 * (`index-snapshot.ts`): most of its words are words the patterns name, which the pattern index
 * already holds (sorted, searched by halves); the snapshot marks those by key id and lists the
 * rest. A page asks it without making a set of 7,000 words (that was most of a fresh page's
 * first check once the engine loaded its indexes from the snapshot).
 */
import { joinWords, packInts, splitWords, unpackInts, type EngineSnapshot } from './index-snapshot';
import type { WordSet } from './tokenize';

/** `vocab` as a snapshot holds it: `wordId`, the pattern index's key id of a word it names. */
export function writeVocab(vocab: readonly string[], wordId: (w: string) => number | undefined, keyCount: number): EngineSnapshot['vocab'] {
  const bits = new Array<number>((keyCount + 15) >>> 4).fill(0);
  const own: string[] = [];
  for (const w of vocab) {
    const id = wordId(w);
    if (id === undefined) own.push(w);
    else bits[id >>> 4] = bits[id >>> 4]! | (1 << (id & 15));
  }
  return [packInts(bits), joinWords(own)];
}

/** The stored vocabulary, asked word by word (`has`), or listed as `CompiledRules.vocab` is (`list`). */
export class StoredVocab implements WordSet {
  private readonly bits: Int32Array;
  private own: ReadonlySet<string> | null = null;

  constructor(
    private readonly s: EngineSnapshot,
    private readonly wordId: (w: string) => number | undefined,
  ) {
    this.bits = unpackInts(s.vocab[0]);
  }

  has(w: string): boolean {
    const id = this.wordId(w);
    return (id !== undefined && this.marked(id)) || (this.own ??= new Set(splitWords(this.s.vocab[1]))).has(w);
  }

  private marked(id: number): boolean {
    return ((this.bits[id >>> 4]! >>> (id & 15)) & 1) === 1;
  }

  /**
   * Every word, sorted (code units) as the compiler sorts `vocab`. Asked only when a draft first
   * has a word written with digits or masks (`leet.ts`), which then lists them all anyway.
   */
  list(): string[] {
    return storedVocabList(this.s);
  }
}

/**
 * A snapshot's vocabulary listed as `CompiledRules.vocab` is, without an engine: also what the
 * content script marks its vocabulary's root words against (src/build/vocab-roots.ts).
 */
export function storedVocabList(s: EngineSnapshot): string[] {
  const bits = unpackInts(s.vocab[0]);
  const ids = unpackInts(s.pattern.wordIds);
  const words = splitWords(s.pattern.words);
  const own = splitWords(s.vocab[1]);
  // Both lists are sorted (code units, as the compiler sorts `vocab`): merged, not sorted again.
  const out: string[] = [];
  let j = 0;
  for (let i = 0; i < words.length; i++) {
    const id = ids[i]!;
    if (((bits[id >>> 4]! >>> (id & 15)) & 1) === 0) continue;
    const w = words[i]!;
    while (j < own.length && own[j]! < w) out.push(own[j++]!);
    out.push(w);
  }
  while (j < own.length) out.push(own[j++]!);
  return out;
}
