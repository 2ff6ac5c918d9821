/**
 * Netra's voice in the data users read, not only in the locales: the guideline library (titles,
 * lines of the dialog, explanations, what to do instead, legal meanings, sanctions, report
 * channels), the rules' finding messages and the practice deck. Two checks: the copy guide's
 * forbidden words (tests/copy-words.ts), and the English UI is English — no Indonesian sentence or
 * grammar word in an English field, beyond the names of laws, institutions and menus (kept as
 * the user will meet them: "UU 20/2023", "SP4N-LAPOR!", "Pelaporan Publik").
 * Users' own example drafts may say "aman": they are the user's words, not Netra's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadRules, loadScenarios, shippedGuidelines } from '../src/build/load-rules';
import { FORBIDDEN } from './copy-words';

const library = shippedGuidelines();
const ROOT = join(__dirname, '..');
const enLocale = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

/** Indonesian grammar words that no English sentence needs. */
const INDONESIAN = /\b(yang|dan|untuk|dengan|tidak|ini|itu|atau|dari|pada|akan|bisa|dapat|saya|kami|anda|jangan|sudah|belum|harus|bukan|dalam|oleh|karena|juga|ke|di|tentang|sebagai|lebih|wajib|dilarang|menurut|berujung|huruf|ayat)\b/i;

type Text = { where: string; id: string; en: string };

/** Every text in Netra's own voice, by where it comes from. */
function netraTexts(): Text[] {
  const out: Text[] = [];
  const add = (where: string, x: { id: string; en: string }) => out.push({ where, ...x });
  for (const g of Object.values(library.guidelines)) {
    add(`${g.id} title`, g.title);
    add(`${g.id} short`, g.short);
    add(`${g.id} dialog.found`, g.dialog.found);
    add(`${g.id} dialog.do`, g.dialog.do);
    add(`${g.id} explanation`, g.explanation);
    g.instead.id.forEach((s, i) => add(`${g.id} instead[${i}]`, { id: s, en: g.instead.en[i] ?? '' }));
    g.legal.forEach((r, i) => add(`${g.id} legal[${i}].meaning`, r.meaning));
    add(`${g.id} sanction`, g.sanction.text);
  }
  for (const [id, c] of Object.entries(library.channels)) add(`channel ${id} note`, c.note);
  for (const r of loadRules().rules) add(`rule ${r.id} message`, r.message);
  for (const s of loadScenarios()) {
    add(`scenario ${s.id} why`, s.why);
    if (s.notes) add(`scenario ${s.id} notes`, s.notes);
  }
  return out;
}

const texts = netraTexts();

describe("Netra's words in the data", () => {
  test('there is data to check (the walk finds guidelines, channels, rules and scenarios)', () => {
    for (const kind of ['title', 'channel', 'rule', 'scenario']) expect(texts.some((x) => x.where.includes(kind)), kind).toBe(true);
    expect(texts.length).toBeGreaterThan(300);
  });

  for (const lang of ['id', 'en'] as const) {
    test(`no forbidden word in the ${lang} guideline texts, finding messages and practice notes`, () => {
      const bad = texts.flatMap((x) => FORBIDDEN[lang].filter(([re]) => re.test(x[lang])).map(([, w]) => `${x.where}: "${w}" in "${x[lang]}"`));
      expect(bad).toEqual([]);
    });
  }

  test('every English text is English', () => {
    const bad = texts.filter((x) => !x.en.trim() || INDONESIAN.test(x.en)).map((x) => `${x.where}: "${x.en}"`);
    expect(bad).toEqual([]);
  });

  test('the English locale is English', () => {
    const bad = Object.entries(enLocale).filter(([, v]) => INDONESIAN.test(v.message)).map(([k, v]) => `${k}: "${v.message}"`);
    expect(bad).toEqual([]);
  });

  test('English legal references and report channels use English words around the names', () => {
    for (const g of Object.values(library.guidelines)) for (const r of g.legal) expect(r.ref.en, g.id).not.toMatch(INDONESIAN);
    for (const [id, c] of Object.entries(library.channels)) expect(c.name.en, id).not.toMatch(INDONESIAN);
  });

  test('the checks catch an untranslated sentence and a promise of safety', () => {
    expect(INDONESIAN.test('Pegawai ASN dilarang memberi dukungan.')).toBe(true);
    expect(INDONESIAN.test('(menurut transkripsi sebuah aplikasi sumber terbuka)')).toBe(true);
    expect(INDONESIAN.test('Report it to Bawaslu or through SP4N-LAPOR! (UU 20/2023).')).toBe(false);
    expect(FORBIDDEN.en.some(([re]) => re.test('This text is safe.'))).toBe(true);
  });
});
