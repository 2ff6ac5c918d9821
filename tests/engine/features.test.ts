/**
 * Engine features the rule packs rely on, on small packs written here: capitals-only words,
 * hashtag positions, draft-wide and headline contexts, `needs`, identity rules under `only`,
 * extra not-names, and the tokenizer's reading of hashtags, spaced letters and ellipses.
 */
import { describe, expect, test } from 'vitest';
import { compileSources, CompileErrors, type SourceFile } from '../../src/build/compile';
import { createEngine, headlineShare } from '../../src/engine/engine';
import { normalize } from '../../src/engine/normalize';
import { PART_SEPARATOR, tokenize } from '../../src/engine/tokenize';
import { parsePattern } from '../../src/engine/pattern';
import { readingOf } from '../../src/engine/reading';
import { compiled as bundled } from '../helpers';

const contexts: SourceFile = {
  path: 'contexts.yml',
  text: `
lapor:
  scope: draft
  patterns: ["lapor bawaslu"]
berita:
  scope: sentence
  titlecase: 0.75
  patterns: ["menurut kpu"]
negated:
  scope: before
  patterns: ["tidak ..1 dukung|pilih"]
`,
};
const pack: SourceFile = { path: 'packs/t/pack.yml', text: 'name: T\nversion: 1.0.0\nkind: generic\n' };
const lexicon: SourceFile = {
  path: 'packs/t/lexicon.yml',
  text: `
canon: { milih: pilih }
not_names: [lomba]
macros:
  calon: ["[pak|bu] budi [santoso]", "AMIN", "#amin", "paslon @nomor"]
  nomor: ["1", "2", "01", "02"]
  kata-tagar: ["menang|presiden|2024"]
vocab: [budi, menang]
`,
};
const rule = (name: string, body: string): SourceFile => ({
  path: `packs/t/${name}.yml`,
  text: `id: t.${name}\nguideline: g\nmessage: { id: "x {match}", en: "x {match}" }\n${body}\nexamples:\n  flag: ["[[x]]"]\n  allow: ["y"]\n`,
});
const engineOf = (...rules: SourceFile[]) => createEngine(compileSources([contexts, pack, lexicon, ...rules]));
const texts = (e: ReturnType<typeof engineOf>, s: string) => e.check(s).map((f) => f.text);

describe('pattern language', () => {
  test('a word in capitals matches only a word written in capitals', () => {
    const e = engineOf(rule('caps', 'category: partisan-support\nseverity: serious\npatterns: ["pilih AMIN"]'));
    expect(texts(e, 'Ayo pilih AMIN!')).toEqual(['pilih AMIN']);
    expect(texts(e, 'Semoga dimudahkan, pilih amin saja')).toEqual([]);
    expect(parsePattern('AMIN', (w) => w)).toEqual([{ k: 'e', alts: [{ k: 'w', v: 'amin', caps: true }] }]);
  });
  test('a leading # marks the whole position, and hashtag positions stay in one hashtag', () => {
    const e = engineOf(rule('tag', 'category: partisan-support\nseverity: serious\npatterns: ["#budi|amin #@kata-tagar"]'));
    expect(texts(e, 'Mantap #BudiMenang')).toEqual(['#BudiMenang']);
    expect(texts(e, 'Mantap #AminPresiden')).toEqual(['#AminPresiden']);
    expect(texts(e, 'budi menang lomba')).toEqual([]); // not in a hashtag
    expect(texts(e, '#Budi #Menang')).toEqual([]); // two hashtags
  });
  test('a finding inside a hashtag is reported as the whole hashtag', () => {
    const e = engineOf(rule('part', 'category: partisan-support\nseverity: serious\npatterns: ["#pilih #@nomor"]'));
    expect(texts(e, 'Salam dari guru #GuruPilih02')).toEqual(['#GuruPilih02']);
  });
  test('not_names keeps a capitalised common word from reading as a name', () => {
    const e = engineOf(rule('nama', 'category: partisan-support\nseverity: serious\npatterns: ["dukung ^name"]'));
    expect(texts(e, 'Ayo dukung Hendro')).toEqual(['dukung Hendro']);
    expect(texts(e, 'Ayo dukung Lomba')).toEqual([]);
  });
});

describe('conditions and contexts', () => {
  test('needs: the finding counts only when the sentence (or draft) also has one of the patterns', () => {
    const s = engineOf(rule('n', 'category: partisan-support\nseverity: warning\npatterns: ["@calon hebat"]\nneeds: ["pilkada"]'));
    expect(texts(s, 'Pilkada nanti, Pak Budi hebat')).toEqual(['Pak Budi hebat']);
    expect(texts(s, 'Pak Budi hebat. Pilkada nanti')).toEqual([]);
    const d = engineOf(rule('n', 'category: partisan-support\nseverity: warning\npatterns: ["@calon hebat"]\nneeds: ["pilkada"]\nneeds_in: draft'));
    expect(texts(d, 'Pak Budi hebat. Pilkada nanti')).toEqual(['Pak Budi hebat']);
  });
  test('a draft-wide context silences a quoted call anywhere in the draft', () => {
    const e = engineOf(rule('c', 'category: partisan-support\nseverity: serious\npatterns: ["pilih @calon"]\ncontexts: [lapor]'));
    expect(texts(e, "Ada poster 'pilih paslon 2'. Sudah saya lapor Bawaslu.")).toEqual([]);
    expect(texts(e, 'Ayo pilih paslon 2.')).toEqual(['pilih paslon 2']);
  });
  test('a titlecase context silences headline-style sentences, not names in an ordinary one', () => {
    const e = engineOf(rule('h', 'category: partisan-support\nseverity: serious\npatterns: ["dukung @calon"]\ncontexts: [berita]'));
    expect(texts(e, 'Warga Pasar Lama Ternyata Ramai Dukung Budi Santoso di Pemilu')).toEqual([]);
    expect(texts(e, 'Saya dukung Budi Santoso, orangnya jujur')).toEqual(['dukung Budi Santoso']);
  });
  test('headlineShare counts ordinary words only', () => {
    const opts = { ...readingOf(bundled), canon: new Map<string, string>(), vocab: new Set<string>() };
    expect(headlineShare(tokenize(normalize('Warga Pasar Ternyata Ramai Datang Membeli Beras'), opts), 0, opts.minorWords)).toBeGreaterThan(0.75);
    expect(headlineShare(tokenize(normalize('Vote Made Suardana for Bupati Gianyar'), opts), 0, opts.minorWords)).toBe(0);
  });
  test('a party named in ordinary words is a name, not title case; a headline about a party stays one', () => {
    const opts = { ...readingOf(bundled), canon: new Map<string, string>(), vocab: new Set<string>() };
    const share = (s: string) => headlineShare(tokenize(normalize(s), opts), 0, opts.minorWords, opts.secondPerson, opts.nameOpeners);
    expect(share('Resmi jadi pengurus ranting Partai Sinar Nusa Sukorejo Kidul')).toBeLessThan(0.6);
    expect(headlineShare(tokenize(normalize('Resmi jadi pengurus ranting Partai Sinar Nusa Sukorejo Kidul'), opts), 0, opts.minorWords)).toBeGreaterThanOrEqual(0.6);
    expect(share('Partai Gerindra Dukung Prabowo Maju Pilpres Lagi Tahun Depan')).toBeGreaterThan(0.75);
  });
  test('an institution named in title case is a name, not a headline; a headline about one stays one', () => {
    const opts = { ...readingOf(bundled), canon: new Map<string, string>(), vocab: new Set<string>() };
    const share = (s: string) => headlineShare(tokenize(normalize(s), opts), 0, opts.minorWords, opts.secondPerson, opts.headlineOpeners);
    expect(share('Guru PPPK di Sekolah Indonesia Kuala Lumpur, menyatakan dukungan untuk Bu Sekar')).toBeLessThan(0.75);
    expect(share('Kantor Pajak Tutup Layanan Selama Libur Natal')).toBeGreaterThan(0.75);
    // "desa" is no opener: "Perangkat Desa Langgar Aturan" is a headline's capitals.
    expect(share('Dukung Calon Bupati Perangkat Desa Langgar Aturan')).toBeGreaterThan(0.75);
  });
  test('bars and bullets between a profile\'s parts are tokens, and a profile is no headline', () => {
    const opts = { ...readingOf(bundled), canon: new Map<string, string>(), vocab: new Set<string>() };
    const profile = tokenize(normalize('Perawat Puskesmas | Abdi Negara • Kader Partai Maju Jaya'), opts);
    expect(profile.filter((t) => t.canon === PART_SEPARATOR).map((t) => t.start)).toEqual([18, 32]);
    expect(headlineShare(profile, 0, opts.minorWords)).toBe(0);
    expect(headlineShare(tokenize(normalize('Warga Pasar Ternyata Ramai Datang Membeli Beras | Kompas'), opts), 0, opts.minorWords)).toBeGreaterThan(0.75);
  });
  test('a negation between the two parts of a co-occurrence silences it', () => {
    const e = engineOf(rule('co', 'kind: cooccurrence\ncategory: partisan-support\nseverity: serious\nfirst: ["asn"]\nsecond: ["pilih"]\ncontexts: [negated]'));
    expect(texts(e, 'Aku ASN, dadi tidak arep pilih')).toEqual([]);
    expect(texts(e, 'Aku ASN, tetap pilih')).toEqual(['ASN, tetap pilih']);
  });
});

describe('identity rules', () => {
  const e = engineOf(
    rule('v', 'category: partisan-support\nseverity: serious\npatterns: ["pilih @calon"]'),
    rule('id', 'kind: identity\ncategory: job-title\nseverity: warning\npatterns: ["kepala dinas"]\nrequires: [partisan-support]\nfix: remove'),
  );
  test('see the whole draft even when `only` asks for the identity rule alone', () => {
    expect(e.check('Kepala Dinas di sini: pilih Pak Budi', { only: ['t.id'] }).map((f) => f.text)).toEqual(['Kepala Dinas']);
    expect(e.check('Kepala Dinas meninjau jembatan', { only: ['t.id'] })).toEqual([]);
  });
  test('a rule switched off by policy no longer makes identity count', () => {
    expect(e.check('Kepala Dinas di sini: pilih Pak Budi', { disabled: ['t.v'] })).toEqual([]);
  });
});

describe('patterns that share first words with many others', () => {
  test('macro patterns are found whatever word starts them, optional first words included', () => {
    const e = engineOf(rule('m', 'category: partisan-support\nseverity: serious\npatterns: ["coblos @calon"]'));
    expect(texts(e, 'coblos budi')).toEqual(['coblos budi']);
    expect(texts(e, 'coblos bu budi santoso')).toEqual(['coblos bu budi santoso']);
    expect(texts(e, 'coblos paslon 02')).toEqual(['coblos paslon 02']);
  });
  test('a required word in another sentence does not make a match', () => {
    const e = engineOf(rule('r', 'category: partisan-support\nseverity: serious\npatterns: ["@calon pasti menang"]'));
    expect(texts(e, 'Budi pasti. Menang')).toEqual([]);
    expect(texts(e, 'Budi pasti menang')).toEqual(['Budi pasti menang']);
  });
  test('exceptions and seconds are searched only when a rule has a candidate, with the same results', () => {
    const e = engineOf(rule('l', 'kind: cooccurrence\ncategory: partisan-support\nseverity: serious\nfirst: ["dukung"]\nsecond: ["@calon"]\nunless: ["lomba"]'));
    expect(texts(e, 'Saya dukung Budi')).toEqual(['dukung Budi']);
    expect(texts(e, 'Saya dukung Budi di lomba')).toEqual([]);
    expect(texts(e, 'Budi datang ke lomba')).toEqual([]);
  });
});

describe('compiler checks for the new fields', () => {
  test('needs_in without needs, a bad titlecase share and a bad scope are errors', () => {
    const bad = () =>
      compileSources([
        { path: 'contexts.yml', text: 'x:\n  scope: everywhere\n  patterns: ["a"]\ny:\n  titlecase: 2\n' },
        pack,
        lexicon,
        rule('b', 'category: partisan-support\nseverity: serious\npatterns: ["a"]\nneeds_in: draft'),
      ]);
    expect(bad).toThrow(CompileErrors);
    try {
      bad();
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toMatch(/scope must be/);
      expect(msg).toMatch(/titlecase must be/);
      expect(msg).toMatch(/needs_in belongs with needs/);
    }
  });
});

describe('tokenizer', () => {
  const opts = { ...readingOf(bundled), canon: new Map<string, string>(), vocab: new Set(['prabowo', 'gibran', 'fit', 'ri', 'menang']) };
  const words = (s: string) => tokenize(normalize(s), opts).map((t) => t.canon);
  test('spaced letters join per word when the separator changes', () => {
    expect(words('P.i.l.i.h A.M.I.N sekarang')).toEqual(['pilih', 'amin', 'sekarang']);
    expect(words('p i l i h dia')).toEqual(['pilih', 'dia']);
  });
  test('all-capital words are marked, short acronyms keep their letters', () => {
    const toks = tokenize(normalize('AMIN Amin PPP PPPK AMINNNN'), opts);
    expect(toks.map((t) => t.caps)).toEqual([true, false, true, true, true]);
    expect(toks.map((t) => t.canon)).toEqual(['amin', 'amin', 'ppp', 'pppk', 'amin']);
  });
  test('a look-alike digit inside a hashtag word stays a letter', () => {
    expect(words('#GanjarM3nang')).toEqual(['ganjar', 'menang']);
    expect(words('#Jokowi2Periode')).toEqual(['jokowi', '2', 'periode']);
  });
  test('a Titlecase hashtag piece is split only into known words of three letters or more', () => {
    expect(words('#DarmawanFitriMenang')).toEqual(['darmawan', 'fitri', 'menang']);
    expect(words('#Prabowogibran')).toEqual(['prabowo', 'gibran']);
  });
  test('an ellipsis before a lower-case word does not end the sentence', () => {
    const toks = tokenize(normalize('nmr 02 ... korupsi. Besok lagi... Ya'), opts);
    expect(toks.map((t) => t.sentence)).toEqual([0, 0, 0, 1, 1, 2]);
  });
  test('English possessives read as the name', () => {
    expect(words("for Ganjar's posters")).toEqual(['for', 'ganjar', 'posters']);
  });
  test('"Pak." at the end of a sentence ends it', () => {
    const toks = tokenize(normalize('Siap, Pak. Laporan saya kirim'), opts);
    expect(toks.map((t) => t.sentence)).toEqual([0, 0, 1, 1, 1]);
  });
});

describe('matcher internals (speed work must not change what matches)', () => {
  test('a required word must be in the same sentence, also through a macro', () => {
    const e = engineOf(rule('req', 'category: partisan-support\nseverity: serious\npatterns: ["dukung ..2 @calon sampai menang"]'));
    expect(texts(e, 'Dukung pak Budi sampai menang')).toEqual(['Dukung pak Budi sampai menang']);
    // Every word is in the draft, but not in one sentence.
    expect(texts(e, 'Dukung pak Budi. Sampai menang')).toEqual([]);
    expect(texts(e, 'Sampai menang. Dukung pak Budi')).toEqual([]);
  });
  test('a position with many words matches any of them, by word, surface form or stem', () => {
    const e = engineOf(
      rule('many', 'category: partisan-support\nseverity: serious\npatterns: ["ayo milih|coblos|~dukung|menangkan|AMIN|#gas budi"]'),
    );
    expect(texts(e, 'ayo milih budi')).toEqual(['ayo milih budi']); // the surface form (its canon is "pilih")
    expect(texts(e, 'ayo coblos budi')).toEqual(['ayo coblos budi']);
    expect(texts(e, 'ayo mendukung budi')).toEqual(['ayo mendukung budi']); // stem
    expect(texts(e, 'ayo menangkan budi')).toEqual(['ayo menangkan budi']);
    expect(texts(e, 'ayo AMIN budi')).toEqual(['ayo AMIN budi']);
    expect(texts(e, 'ayo amin budi')).toEqual([]); // the capitals-only word stays exact
    expect(texts(e, 'ayo gas budi')).toEqual([]); // a hashtag-only word needs a hashtag
  });
  test('a regex start is tested per word and remembered, not confused between tokens', () => {
    const e = engineOf(rule('rx', 'category: job-title\nseverity: info\npatterns: ["/(19|20)[0-9]{6}/ sah"]'));
    for (let k = 0; k < 3; k++) {
      expect(texts(e, 'nomor 19800101 sah')).toEqual(['19800101 sah']);
      expect(texts(e, 'nomor 18800101 sah')).toEqual([]);
    }
  });
});

describe('normalize', () => {
  test('plain ASCII and mixed text give the same lower-case text and offsets', () => {
    const a = normalize('Pilih BUDI\tsekarang');
    expect(a.text).toBe('pilih budi sekarang');
    expect(Array.from(a.map)).toEqual([...Array(20).keys()]);
    expect(a.upper[6]).toBe(1);
    const b = normalize('Pilih BUDI\r\nsekarang é');
    expect(b.text).toBe('pilih budi\nsekarang e');
    expect(b.map[11]).toBe(12); // the \r is dropped
  });
});
