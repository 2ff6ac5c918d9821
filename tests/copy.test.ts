/**
 * Netra's own words (docs/copy-guide.md): it never tells a user a draft is safe, never says it
 * "supports" a site, calls Mastodon instances servers, and keeps technical words and rule codes
 * out of what users read. Checked in both locales and in the practice deck's explanations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadRules, loadScenarios } from '../src/build/load-rules';
import { FORBIDDEN } from './copy-words';

const ROOT = join(__dirname, '..');
const load = (lang: string) => JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const guide = readFileSync(join(ROOT, 'docs/copy-guide.md'), 'utf8');


describe('copy', () => {
  for (const lang of ['id', 'en'] as const) {
    test(`the ${lang} locale has none of the forbidden words`, () => {
      const bad = Object.entries(load(lang)).flatMap(([k, v]) => FORBIDDEN[lang].filter(([re]) => re.test(v.message)).map(([, w]) => `${k}: "${w}" in "${v.message}"`));
      expect(bad).toEqual([]);
    });
    test(`the practice deck's explanations and notes in ${lang} have none either`, () => {
      const bad = loadScenarios().flatMap((s) => [s.why[lang], s.notes?.[lang] ?? ''].flatMap((text) => FORBIDDEN[lang].filter(([re]) => re.test(text)).map(([, w]) => `${s.id}: "${w}"`)));
      expect(bad).toEqual([]);
    });
  }

  test('every forbidden word is explained in the copy guide', () => {
    for (const [, word] of [...FORBIDDEN.id, ...FORBIDDEN.en]) expect(guide, word).toContain(word);
  });

  test('the checks catch what the issue found', () => {
    const hits = (lang: 'id' | 'en', s: string) => FORBIDDEN[lang].some(([re]) => re.test(s));
    expect(hits('id', 'Draf yang sedang Anda tulis aman.')).toBe(true);
    expect(hits('id', 'Netra mendukung Mastodon.')).toBe(true);
    expect(hits('id', '1. Teks setelah dinormalkan')).toBe(true);
    expect(hits('id', 'Instans Mastodon lain')).toBe(true);
    expect(hits('en', 'No findings. This text is safe.')).toBe(true);
    // Ordinary words that merely contain the letters are fine.
    expect(hits('id', 'Jabatan adalah amanah; pengamanan TPS; kursi yang nyaman; instansi Anda.')).toBe(false);
  });

  test('every bundled rule pack has a name in both languages (never its id)', () => {
    const id = load('id');
    const en = load('en');
    for (const p of loadRules().packs) {
      const key = `packName_${p.id.replace(/-/g, '_')}`;
      expect(id[key]?.message, key).toBeTruthy();
      expect(en[key]?.message, key).toBeTruthy();
    }
    for (const kind of ['generic', 'entities', 'regional', 'agency']) expect(id[`packKind_${kind}`], kind).toBeDefined();
  });
});
