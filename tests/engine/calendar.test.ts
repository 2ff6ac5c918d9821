/**
 * The election calendar: the day a draft is written decides which election packs run and who
 * is a candidate. Support framed around a candidacy is partisan on any day; thanks to an official
 * for public work is partisan only while they stand.
 */
import { describe, expect, test } from 'vitest';
import { isFlagged } from '../../src/engine/finding';
import { isCalendarDate } from '../../src/engine/merge';
import { compiled, engine } from '../helpers';

const flagged = (text: string, date: string) => isFlagged(engine.check(text, { date }));
const CAMPAIGN = '2024-11-01'; // Pilkada 2024 campaign
const TODAY = '2026-12-04'; // no campaign runs

describe('the election calendar', () => {
  test('the bundled packs carry windows: Pilkada 2024 ends with 2024, Pemilu 2024 with the inauguration', () => {
    expect(compiled.packs.find((p) => p.id === 'pilkada-2024')).toMatchObject({ validUntil: '2024-12-31' });
    expect(compiled.packs.find((p) => p.id === 'pemilu-2024')).toMatchObject({ validFrom: '2023-11-13', validUntil: '2024-10-20' });
  });
  test('thanks to a governor candidate for public work: partisan during the campaign, not after it', () => {
    const text = 'Terima kasih Bu Khofifah atas bantuan untuk sekolah kami.';
    expect(flagged(text, CAMPAIGN)).toBe(true);
    expect(flagged(text, TODAY)).toBe(false);
  });
  test('a figure who stood in past elections is no current candidate after them: thanks to the sitting president for a programme', () => {
    const text = 'Terima kasih Pak Prabowo, program makan bergizi sudah jalan di sekolah anak saya.';
    expect(flagged(text, '2024-01-20'), 'during the 2024 presidential campaign').toBe(true);
    expect(flagged(text, TODAY)).toBe(false);
    expect(engine.explain(text, { date: TODAY }).targets.find((t) => t.id === 'prabowo-subianto')?.candidate).toBe(false);
  });
  test('thanks to an official named only by office is not partisan on any day', () => {
    for (const d of [CAMPAIGN, TODAY]) expect(flagged('Terima kasih Pak Gubernur atas bantuan untuk sekolah kami.', d)).toBe(false);
  });
  test.each(['Bu Khofifah harus maju lagi, Jatim masih butuh beliau.', 'Mas Gibran capres 2029, siapin dari sekarang!', 'Pak Bobby dua periode!'])(
    'support framed around a candidacy is partisan on any day: %s',
    (text) => {
      expect(flagged(text, CAMPAIGN)).toBe(true);
      expect(flagged(text, TODAY)).toBe(true);
    },
  );
  test('a vote call is partisan on any day, the person a figure or a candidate', () => {
    for (const d of [CAMPAIGN, TODAY, '2029-01-10']) expect(flagged('Ayo coblos Bu Khofifah!', d)).toBe(true);
  });
  test('a person is a candidate while a pair they belong to stands', () => {
    const at = (date: string) => engine.explain('Bu Khofifah hebat', { date }).targets.find((t) => t.id === 'khofifah-indar-parawansa');
    expect(at(CAMPAIGN)).toMatchObject({ candidate: true });
    expect(at(TODAY)).toMatchObject({ candidate: false });
  });
  test('only real days are dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    for (const d of ['2023-02-29', '2024-13-01', '2024-04-31', '9999-99-99', '2024-1-1', '']) expect(isCalendarDate(d)).toBe(false);
  });
});
