/**
 * Inputs for fuzzing the engine (tests/engine/fuzz.test.ts, `npm run fuzz`): random text from
 * every Unicode plane, lone surrogates, combining marks, right-to-left text and controls,
 * invisible and odd spaces, other scripts' digits, emoji sequences, very long tokens, runs of
 * dots and ellipses, spliced with phrases that make rules fire (our own, not real posts), so
 * that findings and their spans are exercised on hostile text.
 */
import fc from 'fast-check';
import type { Engine } from '../../src/engine/engine';

/** Phrases that make rules fire, written for these tests. */
export const TRIGGERS = [
  'Ayo coblos nomor 2',
  'pilih Prabowo',
  'dukung Ganjar Mahfud',
  'Sebagai Kepala Dinas saya ajak warga',
  'Camat Sukasari siap memenangkan AMIN',
  'saya resmi jadi anggota PDIP',
  '#GanjarMahfud2024',
  'wajib hadir di kampanye paslon 01',
  'pakai mobil dinas ke rapat akbar partai',
  'Vote for 02!',
  'c0bl0s n0m0r 2',
  'ｃｏｂｌｏｓ nomor 2',
];

const char = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCodePoint(c));
const repeat = (piece: fc.Arbitrary<string>, max: number) => fc.array(piece, { minLength: 1, maxLength: max }).map((a) => a.join(''));

/** One hostile piece of text. `long` bounds the long runs (tokens, dots, marks). */
export function piece(long: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...TRIGGERS) },
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 1, arbitrary: char(0xd800, 0xdfff) }, // a lone surrogate
    { weight: 1, arbitrary: char(0x10000, 0x10ffff) }, // the astral planes
    { weight: 1, arbitrary: repeat(char(0x300, 0x36f), 30) }, // combining marks
    { weight: 1, arbitrary: fc.constantFrom('\u202e', '\u202b', '\u202c', '\u200f', '\u061c', 'مرحبا بالجميع', 'שלום', '\u202eAyo coblos\u202c') }, // RTL
    { weight: 1, arbitrary: fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00a0', '\u3164', '\u115f', '\u2028', '\u2029', '\r\n', '\t', '\u0000') }, // invisible, odd spaces
    { weight: 1, arbitrary: fc.constantFrom('٢', '۲', '२', '２', '½', '²', '⑵', '𝟐', 'Ⅱ') }, // other digits
    { weight: 1, arbitrary: fc.constantFrom('🇮🇩', '👨‍👩‍👧', '✌️', '☝🏽', '🗳️', '#️⃣') }, // emoji sequences
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', 'coblos', 'x9', 'é', '𝐚'), fc.integer({ min: 1, max: long })).map(([s, n]) => s.repeat(Math.ceil(n / s.length))) }, // long tokens
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('.', '…', '. ', '..…', '!?', '-'), fc.integer({ min: 1, max: long })).map(([s, n]) => s.repeat(n)) }, // runs of dots
  );
}

/** A draft made of hostile pieces and rule-firing phrases, joined as text is. */
export function hostileText(long = 2000, maxPieces = 24): fc.Arbitrary<string> {
  return fc.tuple(fc.array(piece(long), { maxLength: maxPieces }), fc.constantFrom(' ', '', '\n', ', ')).map(([parts, sep]) => parts.join(sep));
}

/**
 * What must hold for every input: no exception; every finding's span is inside the text, not
 * empty, and `text.slice(start, end)` is the text it names; suggestions stay inside the text.
 * Returns the violations (empty when all hold).
 */
export function violations(engine: Engine, text: string, lang: 'id' | 'en' = 'id'): string[] {
  let findings;
  try {
    findings = engine.check(text, { lang });
  } catch (e) {
    return [`threw ${e instanceof Error ? e.stack ?? e.message : String(e)}`];
  }
  const out: string[] = [];
  for (const f of findings) {
    if (f.source === 'image') continue;
    const where = `${f.ruleId} [${f.start}, ${f.end})`;
    if (!(Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end <= text.length && f.start < f.end)) out.push(`${where}: span outside the text (length ${text.length}) or empty`);
    else if (text.slice(f.start, f.end) !== f.text) out.push(`${where}: names ${JSON.stringify(f.text)} but the text there is ${JSON.stringify(text.slice(f.start, f.end))}`);
    for (const s of f.suggestions ?? []) if (!(s.start >= 0 && s.end <= text.length && s.start <= s.end)) out.push(`${where}: suggestion [${s.start}, ${s.end}) outside the text`);
  }
  return out;
}
