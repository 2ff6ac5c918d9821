/**
 * Conventions every rule pack must keep, one test per rule, each failure saying what to fix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { compileGuidelines, findHedge } from '../src/build/guidelines';
import { compileLanguage } from '../src/build/compile-language';
import { CITATION_WORDS } from '../src/engine/guideline';
import { loadGuidelines, RULES_DIR, shippedGuidelines } from '../src/build/load-rules';
import { compiled } from './helpers';

const library = loadGuidelines();
interface Behaviour {
  id: string;
  guideline: string;
  detectable: string;
  rules?: string[];
  why_not?: { id: string; en: string };
}
const behaviours = parse(readFileSync(join(RULES_DIR, 'behaviours.yml'), 'utf8')) as Behaviour[];
const covered = new Set(behaviours.flatMap((b) => b.rules ?? []));

describe.each(compiled.rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  test('points to a guideline that exists', () => {
    expect(library.guidelines[rule.guideline], `${rule.file}: guideline "${rule.guideline}" is not in rules/guidelines/`).toBeDefined();
  });
  test('has flag and allow examples', () => {
    expect(rule.examples.flag.length, `${rule.file}: add a flag example`).toBeGreaterThan(0);
    expect(rule.examples.allow.length, `${rule.file}: add an allow example`).toBeGreaterThan(0);
  });
  test('is listed in rules/behaviours.yml under the behaviour it catches', () => {
    expect(covered.has(id), `add "${id}" to the rules: list of a behaviour in rules/behaviours.yml`).toBe(true);
  });
  test('message names the match and has both languages', () => {
    expect(rule.message.id).toContain('{match}');
    expect(rule.message.en).toContain('{match}');
  });
});

test('rule ids are unique', () => {
  const ids = compiled.rules.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
});

describe('guideline library', () => {
  test.each(Object.values(library.guidelines).map((g) => [g.id, g] as const))('%s: no citation graded M, sanctions worded as possibilities', (_id, g) => {
    for (const r of g.legal) expect(['V1', 'V2', 'V3', 'C'], `${g.id}: ${r.ref}`).toContain(r.grade);
    expect(g.sanction.text.id).toMatch(/^Dapat berujung/);
    expect(g.sanction.text.en).toMatch(/^Can lead to/);
    // The strongest evidence is listed first; a V3/C citation alone is not enough.
    expect(['V1', 'V2'], `${g.id}: cite a V1 or V2 source first`).toContain(g.legal[0]!.grade);
  });
  test('what users read carries no research grade, no maintainers\' note and no hedge', () => {
    const shipped = shippedGuidelines();
    const strings: string[] = [];
    const walk = (v: unknown, key: string) => {
      expect(['grade', 'notes', 'says'], `"${key}" must not ship`).not.toContain(key);
      if (typeof v === 'string') strings.push(v);
      else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
    };
    walk(shipped, '');
    for (const g of Object.values(shipped.guidelines)) {
      for (const r of g.legal) {
        expect(Object.keys(r).sort(), g.id).toEqual(['meaning', 'ref']);
        // The English UI is English: references read "Article 5(n)", not "Pasal 5 huruf n".
        expect(r.ref.en, `${g.id}: ${r.ref.id}`).not.toMatch(CITATION_WORDS);
      }
    }
    expect(strings.length).toBeGreaterThan(500);
    for (const s of strings) expect(findHedge(s), s).toBeNull();
    // The maintainers keep them.
    expect(Object.values(library.guidelines).some((g) => g.legal.some((r) => r.note))).toBe(true);
  });
  test('a hedge in a user-facing field fails the build, naming the file', () => {
    const yml = readFileSync(join(RULES_DIR, 'guidelines', 'kampanye-media-sosial.yml'), 'utf8').replace('Pegawai ASN wajib menjaga netralitas.', 'Pegawai ASN wajib menjaga netralitas; sumbernya menyebut sanksi berat.');
    const files = [{ path: 'guidelines/kampanye-media-sosial.yml', text: yml }, { path: 'channels.yml', text: readFileSync(join(RULES_DIR, 'channels.yml'), 'utf8') }];
    expect(() => compileGuidelines(files)).toThrow(/kampanye-media-sosial\.yml.*sumbernya/);
  });
  test('every dialog line names the words and stays one line', () => {
    for (const g of Object.values(library.guidelines)) {
      for (const lang of ['id', 'en'] as const) {
        expect(g.dialog.found[lang], g.id).toContain('{match}');
        expect(g.dialog.found[lang].length, `${g.id} dialog.found.${lang}`).toBeLessThanOrEqual(80);
        expect(g.dialog.do[lang].length, `${g.id} dialog.do.${lang}`).toBeLessThanOrEqual(75);
      }
    }
  });
  test('raw files never contain a grade M', () => {
    for (const g of Object.keys(library.guidelines)) {
      const raw = readFileSync(join(RULES_DIR, 'guidelines', `${g}.yml`), 'utf8');
      expect(raw, g).not.toMatch(/grade:\s*M\b/);
    }
  });
});

describe('coverage of forbidden behaviours', () => {
  test.each(behaviours.map((b) => [b.id, b] as const))('%s is caught by a rule or says why it cannot be', (_id, b) => {
    expect(library.guidelines[b.guideline], `${b.id}: unknown guideline ${b.guideline}`).toBeDefined();
    if (b.detectable === 'none' || b.detectable === 'image') expect(b.why_not ?? b.rules, `${b.id}: say why no text rule can catch it`).toBeTruthy();
    else expect(b.rules?.length ?? 0, `${b.id}: list the rules that catch it`).toBeGreaterThan(0);
    for (const r of b.rules ?? []) expect(compiled.rules.some((x) => x.id === r), `${b.id}: unknown rule ${r}`).toBe(true);
  });
});

describe('the words of institutions\' handles (language.yml institution_handles)', () => {
  const list = compiled.language?.institutionHandles ?? [];
  test('hold words, words that open and close a name, and endings, each well formed', () => {
    expect(list.length).toBeGreaterThan(20);
    for (const e of list) expect(e, 'a word, word-, -word or +word').toMatch(/^([-+]?[a-z]+|[a-z]+-)$/);
    for (const form of [/^[a-z]+$/, /^[a-z]+-$/, /^-[a-z]+$/, /^\+[a-z]+$/]) expect(list.some((e) => form.test(e)), String(form)).toBe(true);
    expect(new Set(list).size, 'each entry listed once').toBe(list.length);
  });
  test('a malformed entry fails the build, naming it', () => {
    const fails: string[] = [];
    compileLanguage({ fail: (path, reason) => fails.push(`${path.join('.')}: ${reason}`) }, { institution_handles: ['kpu', 'tv one', '-info-', '+', 'pemkab-'] });
    expect(fails).toEqual([expect.stringMatching(/^institution_handles\.1: "tv one"/), expect.stringMatching(/^institution_handles\.2: "-info-"/), expect.stringMatching(/^institution_handles\.3: "\+"/)]);
  });
});
