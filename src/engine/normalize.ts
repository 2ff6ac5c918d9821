/**
 * Character-level normalisation with an offset map back to the original text.
 *
 * People dodge keyword filters with styled Unicode (𝐏𝐢𝐥𝐢𝐡), look-alike letters from Greek and
 * Cyrillic (Ρrabowo), zero-width and other format characters, blanks that are not spaces to
 * Unicode (the Hangul filler) and other scripts' digits (٢, २). This pass undoes all of that,
 * one code point at a time, so every normalised character still knows which original UTF-16
 * offset it came from. Word-level tricks (c0bl0s, c*blos, p i l i h, pilihhh, slang) are
 * handled by the tokenizer, which works on this output.
 */

export interface Normalized {
  /** Lower-cased, de-obfuscated text. Newlines are kept (they end sentences); other spaces become ' '. */
  text: string;
  /** `map[i]` is the original UTF-16 offset of `text[i]`; `map[text.length]` is the original length. */
  map: Uint32Array;
  /** `upper[i]` is 1 when `text[i]` came from an upper-case letter (hashtag splitting needs it). */
  upper: Uint8Array;
}

/**
 * Look-alikes mapped before lower-casing, because case changes the look: Greek capital eta (Η)
 * looks like H, its lower case (η) like n.
 */
const CONFUSABLES: Record<string, string> = {
  // Greek capitals
  Α: 'a', Β: 'b', Ε: 'e', Ζ: 'z', Η: 'h', Ι: 'i', Κ: 'k', Μ: 'm', Ν: 'n', Ο: 'o', Ρ: 'p', Τ: 't',
  Υ: 'y', Χ: 'x',
  // Greek small
  α: 'a', β: 'b', γ: 'y', ε: 'e', η: 'n', ι: 'i', κ: 'k', μ: 'u', ν: 'v', ο: 'o', ρ: 'p', τ: 't',
  υ: 'u', χ: 'x', ω: 'w', ς: 'c',
  // Cyrillic capitals
  А: 'a', В: 'b', С: 'c', Е: 'e', Н: 'h', І: 'i', Ј: 'j', К: 'k', М: 'm', О: 'o', Р: 'p', Ѕ: 's',
  Т: 't', Х: 'x', У: 'y', Ү: 'y', Ԛ: 'q', Ԝ: 'w', Һ: 'h',
  // Cyrillic small
  а: 'a', в: 'b', с: 'c', е: 'e', һ: 'h', і: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p',
  ѕ: 's', т: 't', х: 'x', у: 'y', ү: 'y', ԁ: 'd', ԛ: 'q', ԝ: 'w', ь: 'b', ӏ: 'l',
  // Latin look-alikes outside ASCII that NFKD keeps
  ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', ɡ: 'g',
};

/**
 * Characters that carry no visible text: dropped entirely. Every format character (Unicode
 * category Cf: zero-width spaces and joiners, direction marks and isolates, the soft hyphen,
 * invisible operators, interlinear annotation, tag characters), plus variation selectors,
 * skin-tone modifiers and the combining keycap (2️⃣ reads as 2).
 */
function isInvisible(cp: number, ch: string): boolean {
  return (
    cp === 0x034f || // combining grapheme joiner
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors (✌️ = ✌ + FE0F)
    (cp >= 0x1f3fb && cp <= 0x1f3ff) || // skin-tone modifiers
    (cp >= 0xe0000 && cp <= 0xe0fff) || // tags and supplementary variation selectors
    cp === 0x20e3 || // combining keycap
    /\p{Cf}/u.test(ch)
  );
}

/**
 * Blanks that are letters or symbols to Unicode but look like a space (or nothing) on screen:
 * the Hangul fillers, which pass as invisible names and word breaks, and the braille blank.
 * Read as a space, so "pilih\u3164Budi" is two words and "c\u3164o\u3164b…" spaced letters.
 */
function isBlank(cp: number): boolean {
  return cp === 0x115f || cp === 0x1160 || cp === 0x3164 || cp === 0xffa0 || cp === 0x2800;
}

/** Per code point above ASCII: 0 not yet known, 1 dropped, 2 a space, 3 a line break, 4 folded. */
const kinds = new Uint8Array(0x10000);
const astralKinds = new Map<number, number>();
const DROP = 1;
const SPACE = 2;
const BREAK = 3;
const FOLD = 4;
function kindOf(cp: number, ch: string): number {
  let k = cp < 0x10000 ? kinds[cp]! : astralKinds.get(cp) ?? 0;
  if (k !== 0) return k;
  if (isInvisible(cp, ch)) k = DROP;
  else if (cp === 0x2028 || cp === 0x2029) k = BREAK;
  else if (isBlank(cp) || /\s/u.test(ch)) k = SPACE;
  else k = FOLD;
  if (cp < 0x10000) kinds[cp] = k;
  else if (astralKinds.size < 10_000) astralKinds.set(cp, k);
  return k;
}

/**
 * The value of a decimal digit of any script (Arabic-Indic ٢, Extended Arabic-Indic ۲,
 * Devanagari २, Thai ๒ …), or -1. Unicode assigns every script's digits 0–9 in order, in runs
 * whose length is a multiple of ten, so a digit's value is its distance from the run's start.
 */
function digitValue(cp: number): number {
  if (!/\p{Nd}/u.test(String.fromCodePoint(cp))) return -1;
  let start = cp;
  while (start > 0 && cp - start < 60 && /\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

const folded = new Map<number, string>();

/** Full normalisation of one non-ASCII code point (memoised: the set of such characters is small). */
function foldCodePoint(ch: string, cp: number): string {
  const cached = folded.get(cp);
  if (cached !== undefined) return cached;
  let out = '';
  // NFKD maps styled letters (𝐏, Ｐ, Ⓟ) to plain ones and splits accents off so they can go.
  for (const c of ch.normalize('NFKD')) {
    if (/\p{M}/u.test(c)) continue;
    const code = c.codePointAt(0)!;
    if (code >= 0x80) {
      const digit = digitValue(code);
      if (digit >= 0) {
        out += String(digit);
        continue;
      }
      // ½ is 1⁄2 after NFKD: the fraction slash reads as a slash.
      if (code === 0x2044) {
        out += '/';
        continue;
      }
    }
    const look = CONFUSABLES[c];
    out += look ?? c.toLowerCase();
  }
  if (folded.size < 10_000) folded.set(cp, out);
  return out;
}

/** Long enough for any post; a long paste gets its own array. */
const codeScratch = new Uint16Array(4096);

/** A character map and upper-case flags for `cap` characters, in one buffer (one allocation, not two). */
function buffers(cap: number): { map: Uint32Array; upper: Uint8Array } {
  const buf = new ArrayBuffer((cap + 1) * 5);
  return { map: new Uint32Array(buf, 0, cap + 1), upper: new Uint8Array(buf, (cap + 1) * 4, cap + 1) };
}

/** The buffers `normalize` reuses when asked to (see there), as long as the longest text yet. */
let reused = buffers(4096);
function reusedViews(cap: number): { map: Uint32Array; upper: Uint8Array } {
  if (reused.map.length < cap + 1) reused = buffers(cap);
  return { map: reused.map.subarray(0, cap + 1), upper: reused.upper.subarray(0, cap + 1) };
}

/**
 * `reuse`: the map and the upper-case flags are views on buffers that live as long as the
 * module, valid until the next call that reuses them. A check reads them only while it
 * tokenizes the draft, and a typed array's own buffer costs more to make than to fill.
 */
export function normalize(original: string, reuse = false): Normalized {
  const n = original.length;
  // A code point folds to at most a few characters; grow only when a ligature needs it.
  let cap = n + 16;
  // The folded characters only build the text: one scratch array serves every call. The map
  // and the upper-case flags are returned, so they share one new buffer (see `buffers`).
  let codes = cap <= codeScratch.length ? codeScratch : new Uint16Array(cap);
  let { map, upper } = reuse ? reusedViews(cap) : buffers(cap);
  let len = 0;
  // Plain ASCII with no carriage returns or control characters: the text is the original in
  // lower case, and the engine's native lower-casing is faster than rebuilding it.
  let plain = true;

  const grow = (extra: number) => {
    cap = Math.max(cap * 2, len + extra + 16);
    if (codes.length < cap) {
      const c = new Uint16Array(cap);
      c.set(codes);
      codes = c;
    }
    const b = buffers(cap);
    b.map.set(map);
    b.upper.set(upper);
    ({ map, upper } = b);
    if (reuse) reused = b;
  };

  // A keycap digit standing alone ("pilihanku 2️⃣") is written as a ballot number ("02"); a
  // numbered list of keycaps (1️⃣ … 2️⃣ …, or lines that open with one) is left as digits.
  const keycapList = original.indexOf('\u20e3') >= 0 && KEYCAP_LIST.test(original);
  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    // ASCII fast path: the common case by far.
    if (code < 0x80) {
      if (code === 13) {
        plain = false;
        i++;
        continue;
      }
      if (len + 1 > cap) grow(1);
      let out = code;
      let up = 0;
      if (code >= 65 && code <= 90) {
        out = code + 32;
        up = 1;
      } else if (code < 32 && code !== 10) {
        out = 32;
        plain = false;
      }
      codes[len] = out;
      map[len] = i;
      upper[len] = up;
      len++;
      i++;
      continue;
    }
    plain = false;
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = original.slice(i, i + width);
    const kind = kindOf(cp, ch);
    if (cp === 0x20e3 && !keycapList && loneKeycapDigit(codes, len, original, i + 1)) {
      // "2️⃣" → "02": both characters map to the digit.
      if (len + 1 > cap) grow(1);
      codes[len] = codes[len - 1]!;
      map[len] = map[len - 1]!;
      upper[len] = 0;
      codes[len - 1] = 48;
      len++;
    }
    if (kind !== DROP) {
      let out: string;
      let up = 0;
      if (kind === SPACE) out = ' ';
      else if (kind === BREAK) out = '\n';
      else {
        out = foldCodePoint(ch, cp);
        // Upper case survives folding only as a flag; hashtag splitting reads it.
        up = isUpper(ch, cp);
      }
      if (len + out.length > cap) grow(out.length);
      for (let k = 0; k < out.length; k++) {
        codes[len] = out.charCodeAt(k);
        map[len] = i;
        upper[len] = up;
        len++;
      }
    }
    i += width;
  }
  map[len] = n;
  let text = plain ? original.toLowerCase() : '';
  if (!plain) for (let k = 0; k < len; k += 8192) text += String.fromCharCode.apply(null, codes.subarray(k, Math.min(len, k + 8192)) as unknown as number[]);
  return { text, map: map.subarray(0, len + 1), upper: upper.subarray(0, len + 1) };
}

/**
 * A numbered list: keycaps 1️⃣ then 2️⃣ later, or two lines that open with a keycap digit. One
 * keycap opening the only line ("3️⃣ bakal juara") is a number, not a list.
 */
const KEYCAP_LIST = /1\ufe0f?\u20e3[\s\S]*2\ufe0f?\u20e3|(?:^|\n)[ \t]*\d\ufe0f?\u20e3[\s\S]*\n[ \t]*\d\ufe0f?\u20e3/;
const KEYCAP_NEXT = /^\d\ufe0f?\u20e3/;

/**
 * The digit just written (codes[len - 1]) is a keycap 1–9 with no keycap digit beside it:
 * "#️⃣0️⃣1️⃣" and "1️⃣2️⃣" are numbers already written in full.
 */
function loneKeycapDigit(codes: Uint16Array, len: number, original: string, after: number): boolean {
  const d = len > 0 ? codes[len - 1]! : 0;
  if (d < 49 || d > 57) return false;
  const before = len > 1 ? codes[len - 2]! : 32;
  if (before >= 48 && before <= 57) return false;
  return !KEYCAP_NEXT.test(original.slice(after, after + 3));
}

const upperMemo = new Map<number, 0 | 1>();
function isUpper(ch: string, cp: number): 0 | 1 {
  let u = upperMemo.get(cp);
  if (u === undefined) {
    const plain = ch.normalize('NFKD')[0] ?? '';
    u = plain !== plain.toLowerCase() ? 1 : 0;
    upperMemo.set(cp, u);
  }
  return u;
}
