/** The dialog's cards and one-click fixes, decided without a browser. */
import { describe, expect, test } from 'vitest';
import type { Finding } from '../src/engine/finding';
import { clauseRemoval, reviewCards } from '../src/page/review';
import { engine } from './helpers';

const DRAFT = 'Sebagai Kepala Dinas saya ajak warga coblos nomor 2 ✌️';

function f(text: string, words: string, over: Partial<Finding> = {}): Finding {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { ruleId: 'x.y', category: 'partisan-support', severity: 'serious', confidence: 0.9, start, end: start + words.length, text: words, message: words, guidelineId: 'kampanye-media-sosial', ...over };
}

const apply = (text: string, r: { start: number; end: number } | null | undefined) => (r ? text.slice(0, r.start) + text.slice(r.end) : text);

describe('cards', () => {
  test('the draft from the issue: one card per guideline, serious first, the fix removes the vote call with its number and hand sign', () => {
    const cards = reviewCards(DRAFT, engine.check(DRAFT, { lang: 'id' }));
    const ids = cards.map((c) => c.guidelineId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(cards[0]!.severity).toBe('serious');
    expect(cards[0]!.guidelineId).toBe('kampanye-media-sosial');
    for (let i = 1; i < cards.length; i++) expect(['info', 'warning', 'serious'].indexOf(cards[i - 1]!.severity)).toBeGreaterThanOrEqual(['info', 'warning', 'serious'].indexOf(cards[i]!.severity));
    const fixes = cards.filter((c) => c.fix);
    expect(fixes).toHaveLength(1);
    expect(fixes[0]).toBe(cards[0]);
    const after = apply(DRAFT, cards[0]!.fix);
    expect(after).not.toMatch(/coblos|nomor|2|✌/);
    expect(after).toBe('Sebagai Kepala Dinas');
  });

  test('quotes name the exact words, overlapping matches merged', () => {
    const cards = reviewCards(DRAFT, [f(DRAFT, 'coblos nomor 2'), f(DRAFT, 'nomor 2 ✌️', { confidence: 0.8 })]);
    expect(cards).toHaveLength(1);
    expect(cards[0]!.quotes).toEqual(['coblos nomor 2 ✌️']);
  });

  test('a lesser card offers its own removal only when nothing is serious', () => {
    const text = 'Camat Sukasari siap memenangkan AMIN di kecamatan kami!';
    const title = f(text, 'Camat', { severity: 'warning', guidelineId: 'identitas-jabatan', suggestions: [{ kind: 'remove', start: 0, end: 6 }] });
    const call = f(text, 'siap memenangkan AMIN');
    const both = reviewCards(text, [title, call]);
    expect(both.find((c) => c.guidelineId === 'identitas-jabatan')!.fix).toBeUndefined();
    expect(apply(text, both.find((c) => c.severity === 'serious')!.fix)).toBe('');
    const alone = reviewCards(text, [title]);
    expect(apply(text, alone[0]!.fix)).toBe('Sukasari siap memenangkan AMIN di kecamatan kami!');
  });

  test('picture findings join the card of their guideline and are quoted by their own text', () => {
    const cards = reviewCards('Halo', [f('Logo Pemkab', 'Logo Pemkab', { source: 'image', imageId: 'picture-1', guidelineId: 'logo-instansi', severity: 'warning' })]);
    expect(cards[0]!.inPicture).toBe(true);
    expect(cards[0]!.quotes).toEqual(['Logo Pemkab']);
    expect(cards[0]!.fix).toBeUndefined();
  });
});

describe('clause removal', () => {
  const cases: Array<[string, string, string]> = [
    ['Besok jangan lupa ya, ayo coblos nomor 2 biar menang satu putaran! 🇮🇩', 'ayo coblos nomor 2', 'Besok jangan lupa ya! 🇮🇩'],
    ['Coblos nomor 2! ✌️ Salam sehat semua', 'Coblos nomor 2', 'Salam sehat semua'],
    ['Rapat jam 9.30 di aula. Ayo pilih nomor 1 ya', 'pilih nomor 1', 'Rapat jam 9.30 di aula.'],
    ['Ayo pilih nomor 1, jangan golput ya', 'pilih nomor 1', 'jangan golput ya'],
    ['Besok jangan lupa, coblos nomor 2! ✌️', 'coblos nomor 2', 'Besok jangan lupa'],
    ['Selamat pagi, sebagai guru saya ingatkan: pilih nomor 1 ya 👆', 'pilih nomor 1', 'Selamat pagi, sebagai guru saya ingatkan'],
    ['Sebagai camat, ajak warga coblos nomor 3', 'coblos nomor 3', 'Sebagai camat'],
  ];
  test.each(cases)('%s', (text, words, expected) => {
    const r = clauseRemoval(text, [f(text, words)]);
    expect(apply(text, r)).toBe(expected);
    expect(r!.removes).toContain(words);
  });
});

test('a vote call after a neutral sentence: the call goes, the neutral sentence stays', () => {
  const text = 'Rapat jam 9 di aula. Camat Sukasari siap memenangkan AMIN di kecamatan kami!';
  const r = clauseRemoval(text, [f(text, 'siap memenangkan AMIN')]);
  expect(apply(text, r)).toBe('Rapat jam 9 di aula.');
});
