/** Copies of tokens that keep the one layout every token has (see `TokenSink.push` in `tokenize.ts`). */
import type { Token } from './tokenize';

/**
 * `t` with `x` changed, built with the fields in `TokenSink.push`'s order: a spread copy is given
 * a layout of its own, and a few such tokens among the rest made every place that reads a token
 * check several layouts.
 */
export function tokenWith(t: Token, x: Partial<Token>): Token {
  return {
    text: x.text ?? t.text,
    canon: x.canon ?? t.canon,
    start: x.start ?? t.start,
    end: x.end ?? t.end,
    sentence: x.sentence ?? t.sentence,
    tag: x.tag ?? t.tag,
    tagFirst: x.tagFirst ?? t.tagFirst,
    mention: x.mention ?? t.mention,
    tagName: x.tagName ?? t.tagName,
    cap: x.cap ?? t.cap,
    caps: x.caps ?? t.caps,
    emoji: x.emoji ?? t.emoji,
    num: x.num ?? t.num,
  };
}
