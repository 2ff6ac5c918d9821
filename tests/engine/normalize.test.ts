import { describe, expect, test } from 'vitest';
import { normalize } from '../../src/engine/normalize';
import { tokenize, splitHashtag } from '../../src/engine/tokenize';
import { compiled, engine } from '../helpers';
import { readingOf } from '../../src/engine/reading';

const opts = readingOf(compiled);
const words = (text: string) => tokenize(normalize(text), opts).map((t) => t.canon);

describe('normalize', () => {
  test('styled Unicode letters and digits read as plain text', () => {
    expect(normalize('𝐏𝐢𝐥𝐢𝐡 𝐧𝐨𝐦𝐨𝐫 𝟐').text).toBe('pilih nomor 2');
    expect(normalize('ＰＩＬＩＨ').text).toBe('pilih');
  });
  test('a keycap digit standing alone reads as a ballot number; lists and numbers in full do not', () => {
    const n = normalize('pilihanku 2️⃣!');
    expect(n.text).toBe('pilihanku 02!');
    // Both characters of "02" point at the keycap's digit.
    expect(n.map[10]).toBe(10);
    expect(n.map[11]).toBe(10);
    expect(normalize('#️⃣0️⃣1️⃣').text).toBe('#01');
    expect(normalize('1️⃣ bawa KTP 2️⃣ datang ke TPS').text).toBe('1 bawa ktp 2 datang ke tps');
    expect(normalize('3️⃣ bawa KTP\n4️⃣ datang ke TPS').text).toBe('3 bawa ktp\n4 datang ke tps');
    expect(normalize('3️⃣ bakal juara').text).toBe('03 bakal juara');
  });
  test('Greek and Cyrillic look-alikes become Latin letters', () => {
    expect(normalize('Ρrabowo').text).toBe('prabowo'); // Greek capital Rho
    expect(normalize('Gаnjar').text).toBe('ganjar'); // Cyrillic a
  });
  test('zero-width characters and soft hyphens disappear, offsets still point at the original', () => {
    const src = 'co\u200Bb\u00ADlos';
    const n = normalize(src);
    expect(n.text).toBe('coblos');
    expect(n.map[2]).toBe(3); // 'b' sits after the zero-width space
    expect(n.map[n.text.length]).toBe(src.length);
  });
  test('every normalised character maps to an original offset in order', () => {
    const src = '😀 𝐏ilih ✌️ no. 2 👍🏽 #Coblos02';
    const n = normalize(src);
    for (let i = 1; i < n.map.length; i++) expect(n.map[i]!).toBeGreaterThanOrEqual(n.map[i - 1]!);
  });
});

describe('tokenize', () => {
  test('digits used as letters', () => expect(words('ayo c0bl0s m3nang')).toEqual(['ayo', 'coblos', 'menang']));
  test('numbers stay numbers', () => expect(words('nomor 02 tahun 2024')).toEqual(['nomor', '02', 'tahun', '2024']));
  test('letters spaced out', () => expect(words('ayo p i l i h dia')).toEqual(['ayo', 'pilih', 'dia']));
  test('a name spaced out, a capital then small letters, stays one word', () => {
    expect(words('pilih Teungku B a k h t i a r')).toEqual(['pilih', 'teungku', 'bakhtiar']);
    expect(words('pilih R o s d i a n a')).toEqual(['pilih', 'rosdiana']);
    // Known words run together still split.
    expect(words('J a n g a n p i l i h dia')).toEqual(['jangan', 'pilih', 'dia']);
  });
  test('stretched words', () => expect(words('pilihhh yang mantaaap')).toEqual(['pilih', 'yang', 'mantap']));
  test('slang resolves to one canonical word', () => {
    expect(words('nyoblos nomer loro gaskeun')).toEqual(['coblos', 'nomor', 'loro', 'gas']);
    expect(words('no. 2')).toEqual(['nomor', '2']);
  });
  test('camel-case hashtags split into words', () => {
    const toks = tokenize(normalize('#PrabowoGibran2024'), opts);
    expect(toks.map((t) => t.canon)).toEqual(['prabowo', 'gibran', '2024']);
    expect(toks.every((t) => t.tag === 1)).toBe(true);
    expect(toks[0]!.start).toBe(0); // the '#' belongs to the first part
  });
  test('a titled place stays whole; a run of capitals opening a known word is cut before it', () => {
    expect(words('#GraceUntukManado')).toEqual(['grace', 'untuk', 'manado']);
    expect(words('#PERAKMenang')).toEqual(['perak', 'menang']);
    expect(words('#PDIPerjuangan')).toEqual(['pdi', 'perjuangan']);
    expect(words('#2024PDIPOposisi')).toEqual(['2024', 'pdip', 'oposisi']);
    // A tag all in capitals says nothing by its case: it is split as if in lower case.
    expect(words('#FAUZIUNTUKKOTA')).toEqual(['fauzi', 'untuk', 'kota']);
  });
  test('lower-case hashtags split against the vocabulary', () => {
    const body = 'prabowogibran';
    const vocab = new Set(['prabowo', 'gibran']);
    expect(splitHashtag(body, new Uint8Array(body.length), vocab, opts.leet)).toEqual([[0, 7], [7, 13]]);
  });
  test('hand-sign emoji become number tokens', () => {
    expect(words('salam ✌️ dan ☝️ dan 👌🏾')).toEqual(['salam', 'jari2', 'dan', 'jari1', 'dan', 'jari3']);
  });
  test('sentences end at . ! ? and new lines, but not after "no."', () => {
    const toks = tokenize(normalize('Coblos no. 2. Makan siang!\nBesok lagi'), opts);
    expect(toks.map((t) => t.sentence)).toEqual([0, 0, 0, 1, 1, 2, 2]);
  });
  test('a quote closed by "!" mid-sentence does not end it; a quoted question and a capital after still do', () => {
    const sentences = (t: string) => tokenize(normalize(t), opts).map((k) => k.sentence);
    expect(sentences("komen 'Lanjut Pak!' di postingan")).toEqual([0, 0, 0, 0, 0]);
    expect(sentences('komen “Gas!!” terus')).toEqual([0, 0, 0]);
    expect(sentences('ditanya "boleh?" boleh lah')).toEqual([0, 0, 1, 1]);
    expect(sentences('dia bilang "Menang!" Besok libur')).toEqual([0, 0, 0, 1, 1]);
  });
  test('URLs are skipped', () => expect(words('lihat https://t.co/pilih02 ya')).toEqual(['lihat', 'ya']));
});

describe('offsets into the original text', () => {
  test('emoji before and after a finding do not shift it', () => {
    const text = '🔥🔥 Ayo coblos nomor 2 👍🏽🇮🇩';
    const [f] = engine.check(text);
    expect(f).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toBe('Ayo coblos nomor 2');
    expect(f!.text).toBe('Ayo coblos nomor 2');
  });
  test('styled letters: the span covers the original surrogate pairs', () => {
    const text = 'Yuk 𝐂𝐨𝐛𝐥𝐨𝐬 nomor 2';
    const [f] = engine.check(text);
    expect(f!.text).toBe('Yuk 𝐂𝐨𝐛𝐥𝐨𝐬 nomor 2');
  });
  test('a huge paste is checked without throwing and returns quickly-bounded work', () => {
    const text = 'kalimat biasa tanpa politik. '.repeat(20_000);
    expect(engine.check(text)).toEqual([]);
  });
});

describe('English drafts', () => {
  test('contractions split into words in English sentences only', async () => {
    const { expandEnglish } = await import('../../src/engine/english');
    const en = expandEnglish(tokenize(normalize("I'm voting for him and we won't stop"), opts), opts).map((t) => t.canon);
    expect(en).toEqual(['i', 'am', 'voting', 'for', 'him', 'and', 'we', 'will', 'not', 'stop']);
    const id = expandEnglish(tokenize(normalize("Jum'at ini kita rapat di kantor"), opts), opts).map((t) => t.canon);
    expect(id).toContain("jum'at");
  });
});
