/**
 * How the engine reads text written to slip past it: digits for letters, letters spaced out,
 * masked letters, invisible and blank characters, other scripts' digits; and that reading stays
 * linear in the length of the text on every family of long input.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expandEnglish } from '../../src/engine/english';
import { normalize } from '../../src/engine/normalize';
import { readingOf } from '../../src/engine/reading';
import { tokenize, type Token } from '../../src/engine/tokenize';
import { isFlagged } from '../../src/engine/finding';
import { compiled, engine } from '../helpers';

const opts = readingOf(compiled);
const read = (s: string): Token[] => expandEnglish(tokenize(normalize(s), opts), opts);
/** The words as read (surface form after de-obfuscation). */
const words = (s: string) => read(s).map((t) => t.text);
const canons = (s: string) => read(s).map((t) => t.canon);
/** What each token covers in the original text. */
const spans = (s: string) => read(s).map((t) => s.slice(t.start, t.end));

describe('digits for letters', () => {
  test('a word written with digits anywhere reads as the word it spells', () => {
    expect(words('4n13s p4rt41 G3r1ndr4 KT4 P4N')).toEqual(['anies', 'partai', 'gerindra', 'kta', 'pan']);
    expect(words('j4ng4n p1l1h R1sm4 n0m3r')).toEqual(['jangan', 'pilih', 'risma', 'nomer']);
    expect(words('k4mp4ny3 4k84r p4sl0n 1')).toEqual(['kampanye', 'akbar', 'paslon', '1']);
    expect(words('Sh4r3 y4 v1s1 m1s1')).toEqual(['share', 'ya', 'visi', 'misi']);
    expect(words('f0r th3 w1n')).toEqual(['for', 'the', 'win']);
  });
  test('6 and 9 read as g, 5 as s (the digit map is rule data)', () => {
    expect(words('6uru PN5 dukun6 pa5lon 2')).toEqual(['guru', 'pns', 'dukung', 'paslon', '2']);
    expect(opts.leet['6']).toBe('g');
  });
  test('a slang form written with a digit keeps its meaning', () => expect(canons('n0. 3')).toEqual(['nomor', '3']));
  test('numbers, years, ballot numbers and doubled words stay as written', () => {
    const kept = ['jari2', 'kata2', 'no2', 'paslon2', '2024', '02', 'pilih1', 'amin1', '1hari', 'tahun2024', 'covid19', '10rb'];
    expect(words(kept.join(' '))).toEqual(kept);
  });
  test('a number beside a word is not read into it as an inflection ("coblosi")', () => {
    expect(words('c0bl0s1 p1l1h2')).toEqual(['coblos1', 'pilih2']);
  });
  test('a doubtful word reads as letters only in a draft that writes letters with digits', () => {
    // "dukun 6", a diploma "S1", "y4": numbers in a plain draft …
    expect(words('dukun6 y4 S1 bab1 kelas1 4min')).toEqual(['dukun6', 'y4', 's1', 'bab1', 'kelas1', '4min']);
    // … and letters where the writer spells in digits ("S1" has no function-word reading).
    expect(words('dukun6 y4 S1 p4sl0n')).toEqual(['dukung', 'ya', 's1', 'paslon']);
  });
  test('hashtags: a camel-case piece spelt with digits stays one word', () => {
    expect(canons('#G3r1ndr4Men4ng')).toEqual(['gerindra', 'menang']);
    expect(canons('#Jokowi2Periode #Pilih02')).toEqual(['jokowi', '2', 'periode', 'pilih', '02']);
  });
  test('tokens keep the spans of what was written', () => {
    expect(spans('Ayo c0bl0s p4rt41 #G3r1ndr4Men4ng 6uru')).toEqual(['Ayo', 'c0bl0s', 'p4rt41', '#G3r1ndr4', 'Men4ng', '6uru']);
  });
});

describe('letters spaced out', () => {
  test('uneven spacing: a wider gap is a word break, spaced digits join', () => {
    const s = '0  2     s  a  t  u     p  u  t  a  r  a  n';
    expect(words(s)).toEqual(['02', 'satu', 'putaran']);
    expect(spans(s)).toEqual(['0  2', 's  a  t  u', 'p  u  t  a  r  a  n']);
    expect(words('c e b o n g  m e n a n g i s')).toEqual(['cebong', 'menangis']);
    expect(words('p i l i h   n o m o r   1')).toEqual(['pilih', 'nomor', '1']);
  });
  test('even spacing: letters and digits split, known words found in the run', () => {
    expect(words('p i l i h n o m o r 2')).toEqual(['pilih', 'nomor', '2']);
    expect(words('c 0 b l 0 s')).toEqual(['coblos']);
    expect(words('p 4 s l 0 n 2')).toEqual(['paslon', '2']);
  });
  test('a lone "#" before spaced letters starts a hashtag', () => {
    const s = '# A M I N 2 0 2 4 🌙';
    const toks = read(s);
    expect(toks.map((t) => t.text)).toEqual(['amin', '2024']);
    expect(toks.map((t) => t.tag)).toEqual([1, 1]);
    expect(toks.map((t) => t.tagFirst)).toEqual([true, false]);
    expect(spans(s)).toEqual(['# A M I N', '2 0 2 4']);
    expect(read('#A M I N').map((t) => [t.text, t.tag])).toEqual([['amin', 1]]);
    // Hashtags are numbered in the order they appear.
    expect(read('#Satu # D U A #Tiga').map((t) => t.tag)).toEqual([1, 2, 3]);
    // A '#' that ends a word is no hashtag.
    expect(read('no# A M I N').every((t) => t.tag === 0)).toBe(true);
  });
  test('a hashtag typed with spaces: "# " and capitalised words, or parts set apart by " _ " or " . "', () => {
    const s = 'ramein # Haris Dua Periode biar trending';
    expect(read(s).map((t) => [t.text, t.tag])).toEqual([['ramein', 0], ['haris', 1], ['dua', 1], ['periode', 1], ['biar', 0], ['trending', 0]]);
    expect(spans(s).slice(1, 4)).toEqual(['# Haris', 'Dua', 'Periode']);
    expect(read('#Ganjar _ Mahfud _ 2024 sat set').map((t) => t.tag)).toEqual([1, 1, 1, 0, 0]);
    expect(read('# Prabowo . Gibran . 2029').map((t) => t.tag)).toEqual([1, 1, 1]);
    // A number first is a list's item; a lower-case word is no part.
    expect(read('# 2 Laporan').every((t) => t.tag === 0)).toBe(true);
    expect(read('# Info rapat besok').map((t) => t.tag)).toEqual([1, 0, 0]);
  });
  test('a date is one token, its day and month no ballot numbers', () => {
    expect(words('Save the date: 02.02.2027 ya')).toEqual(['save', 'the', 'date', '02-02-2027', 'ya']);
    expect(words('rapat 17/8/29 dan 1-2-2029')).toEqual(['rapat', '17-8-29', 'dan', '1-2-2029']);
    // A score and a decimal are no date.
    expect(words('skor 2-1 dan 0.2')).toEqual(['skor', '2', '1', 'dan', '0', '2']);
  });
  test('"0 2" joins; a score or a decimal does not', () => {
    expect(words('pilih 0 2 ya')).toEqual(['pilih', '02', 'ya']);
    expect(words('skor 0-2 dan 0.2 persen')).toEqual(['skor', '0', '2', 'dan', '0', '2', 'persen']);
  });
  test('dots and dashes as before: one separator per word', () => {
    expect(words('P.I.L.I.H  A.M.I.N sekali lagi')).toEqual(['pilih', 'amin', 'sekali', 'lagi']);
    expect(words('c-o-b-l-o-s nomor 3')).toEqual(['coblos', 'nomor', '3']);
  });
});

describe('masked letters', () => {
  test('a masked word reads as the one known word it fits', () => {
    expect(words('c*blos p*lih c0bl*s k*mpanye k@mpanye p•lih kamp_nye')).toEqual(['coblos', 'pilih', 'coblos', 'kampanye', 'kampanye', 'pilih', 'kampanye']);
    expect(spans('Ayo c*blos nomor 2')).toEqual(['Ayo', 'c*blos', 'nomor', '2']);
  });
  test('no known word: left as it was read before', () => {
    expect(words('zq*xw')).toEqual(['zq', 'xw']);
    const mail = read('budi@gmail.com');
    expect(mail.map((t) => [t.text, t.mention])).toEqual([
      ['budi', false],
      ['gmail', true],
      ['com', false],
    ]);
  });
  test('emphasis marks around a word are not masks', () => {
    expect(words('*pilih* _nomor_ 2')).toEqual(['pilih', 'nomor', '2']);
  });
  test('the engine finds a vote call written with masks', () => {
    expect(engine.check('Ayo c*blos nomor 2').length).toBeGreaterThan(0);
  });
});

describe('characters that slip past normalisation', () => {
  test('Hangul fillers and the braille blank read as a space', () => {
    for (const blank of ['\u3164', '\u115F', '\u1160', '\uFFA0', '\u2800']) expect(words(`Pilih${blank}Ganjar`)).toEqual(['pilih', 'ganjar']);
    expect(words('c\u3164o\u3164b\u3164l\u3164o\u3164s')).toEqual(['coblos']);
  });
  test('every format character is dropped', () => {
    // Isolates, deprecated format controls, invisible operators, interlinear annotation, a tag.
    for (const cf of ['\u2066', '\u2069', '\u206A', '\u206F', '\u2062', '\uFFF9', '\u{E0041}', '\u180E', '\u200D']) expect(normalize(`co${cf}blos`).text).toBe('coblos');
  });
  test("other scripts' digits read as 0–9", () => {
    expect(words('nomor ٠٢ ۰۳ ०४ ๕ ৬')).toEqual(['nomor', '02', '03', '04', '5', '6']);
  });
  test('a vulgar fraction gives no empty token', () => {
    expect(normalize('½').text).toBe('1/2');
    const toks = read('nomor ½ dan ¼');
    expect(toks.length).toBeGreaterThan(0);
    for (const t of toks) expect(t.end).toBeGreaterThan(t.start);
  });
  test('on any text, every token covers a non-empty span of it, in order', () => {
    const tricky = ['½', '¼', '⑵', '٢', '२', '\u3164', '\u200b', 'ﷺ', 'ﬁ', '…', '.', ' ', '#', '@', '*', '_', "'", 'a', 'B', '0', '4', 'é', '\u0301', '🔥', '✌️', '👍🏽', '\n', '-'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tricky), { maxLength: 60 }), (parts) => {
        const s = parts.join('');
        let last = 0;
        for (const t of read(s)) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(s.length);
          last = t.start;
        }
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * Linear reading. The CPU time of one read of a 10n-character text over that of ten reads of
 * an n-character one is about 1 when reading is linear and 10 when it is quadratic ("…" × n
 * was). CPU time, best of several rounds, a few attempts: stable on a loaded machine. Absolute
 * figures belong to `npm run fuzz`, not here.
 */
describe('reading is linear on every family of long input', () => {
  const cpu = () => {
    const u = process.cpuUsage();
    return u.user + u.system;
  };
  const growth = (make: (n: number) => string, n: number): number => {
    const small = make(n);
    const big = make(10 * n);
    read(small);
    read(big);
    let s = Infinity;
    let b = Infinity;
    for (let round = 0; round < 5; round++) {
      let t = cpu();
      for (let k = 0; k < 10; k++) read(small);
      s = Math.min(s, cpu() - t);
      t = cpu();
      read(big);
      b = Math.min(b, cpu() - t);
      // Clearly not linear: no need to wait for more rounds of it.
      if (b / Math.max(s, 1) > 8) break;
    }
    return b / Math.max(s, 1);
  };
  const r = (piece: string) => (n: number) => piece.repeat(Math.max(1, Math.round(n / piece.length)));
  const families: Array<[string, (n: number) => string]> = [
    ['"…" × n', r('…')],
    ['"." × n', r('.')],
    ['". " × n', r('. ')],
    ['"..…" × n', r('..…')],
    ['"a." × n (abbreviations)', r('a.')],
    ['"no. " × n', r('no. ')],
    ['"1.1" × n (decimals)', r('1.1')],
    ['"!?" × n', r('!?')],
    ['new lines', r('\n')],
    ['one long word', r('a')],
    ['one long capitals word', r('A')],
    ['one long word of letters and digits', r('a1')],
    ['words written with digits', r('p4rt41 ')],
    ['one long hashtag', (n) => '#' + r('a')(n)],
    ['one long camel-case hashtag', (n) => '#' + r('Ab')(n)],
    ['one long hashtag of known words', (n) => '#' + r('pilih')(n)],
    ['one long hashtag of letters and digits', (n) => '#' + r('a1')(n)],
    ['one long mention', (n) => '@' + r('a_')(n)],
    ['single letters', r('a ')],
    ['single letters, uneven gaps', r('a  b     ')],
    ['dotted letters', r('p.i.')],
    ['spaced digits', r('0 ')],
    ['lone hashes before letters', r('# A M ')],
    ['masks', r('a*')],
    ['masked words', r('c*blos ')],
    ['emoji', r('😀')],
    ['hand signs', r('✌️')],
    ['evaluation emoji', r('🔥')],
    ['emoji with skin tones', r('👍🏽')],
    ['Hangul fillers', r('\u3164')],
    ['letters between Hangul fillers', r('a\u3164')],
    ['zero-width spaces', r('\u200b')],
    ['combining marks', (n) => 'e' + '\u0301'.repeat(n)],
    ['Arabic-Indic digits', r('٢')],
    ['fractions', r('½')],
    ['URLs', r('http://x.id/a ')],
    ['English contractions', r("I don't ")],
    ['one long word of apostrophes', (n) => 'I a' + r("'a")(n)],
  ];
  test.each(families)('%s', (_name, make) => {
    let g = growth(make, 2_000);
    // A high figure is measured again: on a loaded machine (other test workers, their garbage
    // collection counted in this process's CPU time) one slow run of the long input can look
    // quadratic, while a reading that really is quadratic stays near 10 on every attempt.
    for (let attempt = 1; attempt < 6 && g > 5; attempt++) g = Math.min(g, growth(make, 2_000));
    expect(g).toBeLessThanOrEqual(6);
  });
});

describe('hashtags split into words by separators (sixth session)', () => {
  test.each(['Rapat selesai. # Ganjar _ Mahfud _ 2024 tetap di hati', 'Selamat mencoba! # Prabowo . Gibran . 2029'])('read as one hashtag: %s', (text) => {
    expect(isFlagged(engine.check(text))).toBe(true);
  });
  test.each(['Harga # 1 _ 2 naik', 'Catatan rapat: # Agenda _ Anggaran _ 2025 dibahas Senin'])('stays quiet: %s', (text) => {
    expect(isFlagged(engine.check(text))).toBe(false);
  });
});
