/**
 * Rule kinds and exceptions, on small packs written here, so these tests hold whatever the
 * real packs say.
 */
import { describe, expect, test } from 'vitest';
import { compileSources, CompileErrors, type SourceFile } from '../../src/build/compile';
import { createEngine } from '../../src/engine/engine';
import { isFlagged } from '../../src/engine/finding';

const base: SourceFile[] = [
  {
    path: 'contexts.yml',
    text: `
quoted:
  scope: sentence
  patterns: ["menurut kpu"]
negated:
  scope: before
  patterns: ["tidak ~dukung"]
`,
  },
  { path: 'packs/t/pack.yml', text: 'name: T\nversion: 1.0.0\nkind: generic\n' },
  {
    path: 'packs/t/lexicon.yml',
    text: `
canon: { nyoblos: coblos }
macros:
  calon: ["budi [santoso]", "paslon @nomor"]
  nomor: ["1", "2", "satu", "dua"]
`,
  },
];

const rule = (name: string, body: string): SourceFile => ({
  path: `packs/t/${name}.yml`,
  text: `id: t.${name}\nguideline: g\nmessage: { id: "x {match}", en: "x {match}" }\n${body}\nexamples:\n  flag: ["[[x]]"]\n  allow: ["y"]\n`,
});

const engineOf = (...rules: SourceFile[]) => createEngine(compileSources([...base, ...rules]));

describe('phrase rules', () => {
  const e = engineOf(rule('p', 'category: partisan-support\nseverity: serious\npatterns: ["~coblos @calon"]'));
  test('stems and macros across several words', () => {
    expect(e.check('Besok mencoblos Budi Santoso ya').map((f) => f.text)).toEqual(['mencoblos Budi Santoso']);
    expect(e.check('nyoblos paslon dua').map((f) => f.text)).toEqual(['nyoblos paslon dua']);
  });
  test('never across a sentence boundary', () => {
    expect(e.check('Coblos. Budi datang')).toEqual([]);
  });
});

describe('co-occurrence rules', () => {
  const e = engineOf(rule('c', 'kind: cooccurrence\ncategory: partisan-support\nseverity: warning\nfirst: ["~dukung"]\nsecond: ["@calon"]\nwithin: 3\nreport: both\ncontexts: [quoted, negated]'));
  test('both patterns within the window', () => {
    expect(e.check('Saya dukung penuh Budi').map((f) => f.text)).toEqual(['dukung penuh Budi']);
    expect(e.check('Budi, saya dukung!').map((f) => f.text)).toEqual(['Budi, saya dukung']);
  });
  test('too far apart, or in another sentence: nothing', () => {
    expect(e.check('Saya dukung kegiatan olahraga pagi di lapangan bersama Budi')).toEqual([]);
    expect(e.check('Saya dukung. Budi juga datang.')).toEqual([]);
  });
  test('a context silences it: in the sentence, or before the match', () => {
    expect(e.check('Menurut KPU, pendukung Budi paling banyak')).toEqual([]);
    expect(e.check('Saya tidak mendukung Budi')).toEqual([]);
    expect(e.check('Budi saya dukung, tidak mendukung yang lain')).toHaveLength(1);
  });
});

describe('identity rules count only in a partisan draft', () => {
  const e = engineOf(
    rule('p', 'category: partisan-support\nseverity: serious\npatterns: ["~coblos @calon"]'),
    rule('j', 'kind: identity\ncategory: job-title\nseverity: warning\nrequires: [partisan-support]\nfix: remove\npatterns: ["kepala dinas"]'),
  );
  test('alone it is fine', () => {
    expect(e.check('Kepala Dinas meresmikan taman baca.')).toEqual([]);
  });
  test('with partisan content it is a finding, with a removal suggestion', () => {
    const text = 'Saya Kepala Dinas, ayo coblos Budi';
    const fs = e.check(text);
    expect(fs.map((f) => f.category).sort()).toEqual(['job-title', 'partisan-support']);
    const j = fs.find((f) => f.category === 'job-title')!;
    expect(j.suggestions?.[0]).toEqual({ kind: 'remove', start: 5, end: 19 });
    const s = j.suggestions![0]!;
    expect(text.slice(0, s.start) + text.slice(s.end)).toBe('Saya ayo coblos Budi');
  });
  test('rule switches: disabled and only', () => {
    expect(e.check('ayo coblos Budi', { disabled: ['t.p'] })).toEqual([]);
    // `only` filters what is reported; identity rules still see the partisan rule's finding.
    expect(e.check('Kepala Dinas, ayo coblos Budi', { only: ['t.j'] }).map((f) => f.ruleId)).toEqual(['t.j']);
    expect(isFlagged(e.check('Kepala Dinas, ayo coblos Budi', { disabled: ['t.p'] }))).toBe(false);
  });
});

describe('hashtag-only words', () => {
  const e = engineOf(rule('h', 'category: partisan-support\nseverity: warning\npatterns: ["#budi #menang"]'));
  test('inside a hashtag', () => expect(e.check('Semangat #BudiMenang').map((f) => f.text)).toEqual(['#BudiMenang']));
  test('not in plain words', () => expect(e.check('Budi menang lomba lari')).toEqual([]));
});

describe('a word or a pattern written twice is compiled once', () => {
  const compiled = compileSources([...base, rule('d', 'category: partisan-support\nseverity: warning\npatterns: ["coblos budi|dua|budi", "coblos budi|dua|budi", "pilih budi"]')]);
  const r = compiled.rules.find((x) => x.id === 't.d')!;
  test('one pattern per pattern written', () => expect(r.patterns).toHaveLength(2));
  test('one atom per word in a slot', () => expect(r.patterns[0]![1]!.k === 'e' && r.patterns[0]![1]!.alts.map((a) => a.v)).toEqual(['budi', 'dua']));
  test('and it still matches', () => expect(createEngine(compiled).check('Ayo coblos Budi').map((f) => f.ruleId)).toContain('t.d'));
});

describe('compile errors name the file and line', () => {
  const broken = (text: string) => () => compileSources([...base, { path: 'packs/t/bad.yml', text }]);
  test('YAML syntax', () => {
    expect(broken('id: t.bad\npatterns: ["a"\n')).toThrow(/packs\/t\/bad\.yml:\d+: YAML/);
  });
  test('an unknown macro, on its line', () => {
    try {
      broken('id: t.bad\ncategory: partisan-support\nseverity: info\nguideline: g\nmessage: { id: "{match}", en: "{match}" }\npatterns:\n  - "@nope"\nexamples: { flag: ["[[a]]"], allow: ["b"] }\n')();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CompileErrors);
      expect((e as CompileErrors).message).toContain('packs/t/bad.yml:7: unknown macro @nope');
    }
  });
  test('a bad category and a missing example', () => {
    expect(broken('id: t.bad\ncategory: politics\nseverity: info\nguideline: g\nmessage: { id: "{match}", en: "{match}" }\npatterns: ["a"]\n')).toThrow(/bad\.yml:2: category must be one of[\s\S]*give at least one "flag" example/);
  });
  test('"described" only on a target cue', () => {
    expect(broken('id: t.bad\nkind: signal\nsignal: praise\ndescribed: true\npatterns: ["a"]\nexamples: { flag: ["[[a]]"] }\n')).toThrow(/bad\.yml:4: described is true, on a target cue only/);
  });
  test('an id that does not match the file', () => {
    expect(broken('id: t.other\ncategory: coercion\nseverity: info\nguideline: g\nmessage: { id: "{match}", en: "{match}" }\npatterns: ["a"]\nexamples: { flag: ["[[a]]"], allow: ["b"] }\n')).toThrow(/bad\.yml:1: id must be "t\.bad"/);
  });
});
