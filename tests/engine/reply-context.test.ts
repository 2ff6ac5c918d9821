/**
 * A reply read with the post it answers: a short cheer under a campaign post is campaign
 * engagement; the same words alone, under neutral news, or a reply that disagrees or asks are
 * not. The posts are made up in the platforms' usual shapes.
 */
import { describe, expect, test } from 'vitest';
import { isFlagged } from '../../src/engine/finding';
import { cheerSpan as cheerSpanWith, cheerWordsOf, REPLY_RULE_ID } from '../../src/engine/reply-context';
import { compiled, engine } from '../helpers';

const DATE = '2024-01-15';
const CAMPAIGN = 'Tanggal 14 Februari jangan lupa, ayo coblos nomor 2! #PrabowoGibran2024';
const NEWS = 'Debat kedua: Prabowo dan Anies membahas harga pangan dan subsidi pupuk. Simak rangkumannya.';
const PLAIN = 'Hujan deras sejak pagi, hati-hati di jalan menuju kantor ya.';

const under = (reply: string, post?: string, extra: object = {}) => engine.check(reply, { date: DATE, ...(post === undefined ? {} : { context: { text: post } }), ...extra });
const replyFinding = (reply: string, post?: string, extra: object = {}) => under(reply, post, extra).find((f) => f.ruleId === REPLY_RULE_ID);

describe('flag: a short cheer under a campaign post', () => {
  test.each(['Lanjutkan, Pak!', 'Siap menangkan!', 'Gas terus!', 'Mantap, menang!', 'Setuju banget 👍', 'Gasss poll bang 🔥🔥', 'Aamiin, sukses selalu Pak', '💪💪', 'Semangat, Bu!', 'All out!'])('%s', (reply) => {
    const f = replyFinding(reply, CAMPAIGN);
    expect(f, reply).toBeDefined();
    expect(f).toMatchObject({ category: 'campaign-engagement', severity: 'warning', guidelineId: 'interaksi-akun-kampanye', start: 0, end: reply.length, text: reply });
    expect(f!.message).toContain(reply);
    expect(f!.message).toMatch(/unggahan kampanye/);
    expect(isFlagged(under(reply, CAMPAIGN))).toBe(true);
  });

  test('the finding covers the words without the surrounding blanks, and speaks English when asked', () => {
    const f = replyFinding('  Lanjutkan, Pak!\n', CAMPAIGN, { lang: 'en' });
    expect(f).toMatchObject({ start: 2, end: 17, text: 'Lanjutkan, Pak!' });
    expect(f!.message).toBe('“Lanjutkan, Pak!” supports the campaign post it answers');
  });

  test("the caller's verdict on the answered post stands for its text (a known campaign account's plain post)", () => {
    expect(engine.check('Lanjutkan, Pak!', { date: DATE, context: { campaign: true } }).some((f) => f.ruleId === REPLY_RULE_ID)).toBe(true);
    expect(engine.check('Lanjutkan, Pak!', { date: DATE, context: { text: CAMPAIGN, campaign: false } }).some((f) => f.ruleId === REPLY_RULE_ID)).toBe(false);
  });
});

test('a verdict given as a function is asked only for a short cheer (the page reads the post then)', () => {
  let asked = 0;
  const campaign = () => (asked++, true);
  expect(engine.check('Terima kasih infonya, nanti saya baca lagi di rumah.', { date: DATE, context: { campaign } }).some((f) => f.ruleId === REPLY_RULE_ID)).toBe(false);
  expect(asked).toBe(0);
  expect(engine.check('Gas terus!', { date: DATE, context: { campaign } }).some((f) => f.ruleId === REPLY_RULE_ID)).toBe(true);
  expect(asked).toBe(1);
});

describe('allow', () => {
  test.each(['Lanjutkan, Pak!', 'Siap menangkan!', 'Gas terus!', 'Mantap, menang!'])('%s alone: no finding', (reply) => {
    expect(under(reply)).toEqual([]);
  });

  test.each(['Lanjutkan, Pak!', 'Gas terus!', 'Mantap, menang!'])('%s under neutral news or an ordinary post: no finding', (reply) => {
    expect(replyFinding(reply, NEWS)).toBeUndefined();
    expect(replyFinding(reply, PLAIN)).toBeUndefined();
    expect(replyFinding(reply, '')).toBeUndefined();
  });

  test.each([
    'Tidak setuju, Pak.',
    'Sumbernya dari mana?',
    'Kapan debatnya?',
    'Gak usah lanjut deh',
    'Jangan kampanye di sini.',
    'Saya tetap netral.',
    'Terima kasih infonya.',
    'Programnya perlu dibahas lebih rinci lagi, terutama anggaran untuk sekolah dan puskesmas di desa kami.',
  ])('a disagreeing, questioning or neutral reply under a campaign post: %s', (reply) => {
    expect(replyFinding(reply, CAMPAIGN)).toBeUndefined();
  });

  test('switched off by rule id (user or policy)', () => {
    expect(replyFinding('Lanjutkan, Pak!', CAMPAIGN, { disabled: [REPLY_RULE_ID] })).toBeUndefined();
  });

  test('a reply that campaigns by itself keeps its own finding and gets no second one', () => {
    const fs = under('Ayo coblos nomor 2!', CAMPAIGN);
    expect(isFlagged(fs)).toBe(true);
    expect(fs.some((f) => f.ruleId === REPLY_RULE_ID)).toBe(false);
  });
});

const cheerWords = cheerWordsOf(compiled.language);
const cheerSpan = (text: string) => cheerSpanWith(text, cheerWords);

test('cheerSpan: what counts as a short cheer', () => {
  expect(cheerSpan('Mantappp')).toEqual({ start: 0, end: 8 });
  expect(cheerSpan('   ')).toBeNull();
  expect(cheerSpan('Selamat pagi semua')).toBeNull();
  expect(cheerSpan('Lanjutkan?')).toBeNull();
});

describe('a longer reply whose evaluations all side with the campaign post it answers', () => {
  test.each([
    'Bapak pemimpin yang jujur dan merakyat. Kami sekeluarga siap bantu sampai menang.',
    'Programnya mantap sekali pak, ini yang warga tunggu dari dulu. Semoga terpilih!',
    'Rakyat butuh pemimpin seperti Ibu. Sukses terus, semoga amanah sampai akhir.',
  ])('flag: %s', (reply) => {
    const f = replyFinding(reply, CAMPAIGN);
    expect(f, reply).toBeDefined();
    expect(f!.start).toBeGreaterThanOrEqual(0);
    expect(f!.end).toBeLessThanOrEqual(reply.length);
    expect(f!.text).toBe(reply.slice(f!.start, f!.end));
    expect(replyFinding(reply)).toBeUndefined();
    expect(replyFinding(reply, NEWS)).toBeUndefined();
  });

  test.each([
    'Programnya bagus, tapi anggarannya belum jelas. Mohon dirinci lagi.',
    'Programnya bagus. Anggarannya dari mana, Pak?',
    'Janjinya manis, nanti juga lupa seperti yang dulu-dulu.',
    'Terima kasih sudah datang ke desa kami, jalannya memang perlu diperbaiki.',
  ])('allow: %s', (reply) => {
    expect(replyFinding(reply, CAMPAIGN)).toBeUndefined();
  });
});
