/**
 * The engagement guard's decision over real-looking targets: what a like, repost or follow acts
 * on, whether it is a campaign target, why, and what each enforcement mode then does. The
 * targets are made up in the platforms' usual shapes; the entities are the shipped packs'.
 */
import { describe, expect, test } from 'vitest';
import { AccountIndex, isTeamName } from '../src/engage/accounts';
import { ACCOUNT_RULE_ID, classifyTarget, engageDecision } from '../src/engage/decide';
import type { EngageTarget } from '../src/engage/types';
import { effectiveSettings, migrateUserSettings } from '../src/settings/model';
import { parsePolicy } from '../src/settings/policy';
import { compiled, engine } from './helpers';

const accounts = new AccountIndex(compiled);
const CAMPAIGN_2024 = '2024-01-15';
const PILKADA_2024 = '2024-10-10';
const AFTER = '2026-12-04';
const judge = (t: EngageTarget, date = CAMPAIGN_2024, disabledRules: string[] = []) => classifyTarget(t, { engine, accounts, date, lang: 'id', disabledRules });

describe('campaign targets', () => {
  test("a candidate's reel with a plain caption, during the candidacy: a candidate's post", () => {
    const v = judge({ kind: 'post', text: 'Pagi ini menyapa pedagang di pasar, terima kasih atas sambutannya.', name: 'Prabowo Subianto', handle: 'prabowo' });
    expect(v).toMatchObject({ campaign: true, label: 'candidate-post', reason: { kind: 'known-account', entity: 'person', id: 'prabowo-subianto' }, severity: 'warning' });
    expect(v.findings.map((f) => f.ruleId)).toEqual([ACCOUNT_RULE_ID]);
  });

  test("following a candidate's account during the candidacy, known by handle alone", () => {
    expect(judge({ kind: 'account', text: '', handle: '@ganjarpranowo' })).toMatchObject({ campaign: true, label: 'candidate-account' });
  });

  test('a vote call with a campaign hashtag, from an ordinary account: a campaign post, serious', () => {
    const v = judge({ kind: 'post', text: 'Tanggal 14 Februari jangan lupa, ayo coblos nomor 2! #PrabowoGibran2024', name: 'Dimas Arya', handle: 'dimas_arya88' });
    expect(v).toMatchObject({ campaign: true, label: 'campaign-post', severity: 'serious', reason: { kind: 'findings' } });
    expect(v.findings.every((f) => f.category === 'partisan-support' || f.category === 'campaign-engagement' || f.category === 'party-membership')).toBe(true);
  });

  test('a campaign post is one whatever the date: its words campaign', () => {
    expect(judge({ kind: 'post', text: 'Ayo coblos nomor 2 tanggal 14 Februari!', name: 'Dimas Arya' }, AFTER).campaign).toBe(true);
  });

  test('a volunteer team account "Relawan Hendra Menang": a campaign team, serious, any day', () => {
    for (const date of [CAMPAIGN_2024, AFTER]) {
      expect(judge({ kind: 'account', name: 'Relawan Hendra Menang', handle: 'relawan.hendra', text: 'Bersama kawal program Pak Hendra.' }, date)).toMatchObject({ campaign: true, label: 'team-account', severity: 'serious', reason: { kind: 'team-name' } });
    }
  });

  test('"Relawan Ganjar Jateng" during the candidacy: supporters named for a candidate', () => {
    expect(judge({ kind: 'account', name: 'Relawan Ganjar Jateng', handle: 'rlwn_jateng', text: '' })).toMatchObject({ campaign: true, label: 'team-account' });
  });

  test('a national campaign team (TKN) and a Pilkada team account', () => {
    expect(judge({ kind: 'account', name: 'TKN Prabowo-Gibran', text: '' })).toMatchObject({ campaign: true, label: 'team-account' });
    expect(judge({ kind: 'account', name: 'Tim Pemenangan Yusuf Hadi', text: 'Akun resmi tim.' }, PILKADA_2024)).toMatchObject({ campaign: true, label: 'team-account' });
  });

  test('a party account during the election window; a WhatsApp group of a winning team', () => {
    expect(judge({ kind: 'account', name: 'Partai Gerindra', handle: 'gerindra', text: '' })).toMatchObject({ campaign: true, label: 'party-account' });
    expect(judge({ kind: 'group', name: 'Relawan Ratna Menang 2024', text: '' })).toMatchObject({ campaign: true, label: 'campaign-group', severity: 'serious' });
  });

  test('a Pilkada candidate during the regional window, not after', () => {
    expect(judge({ kind: 'account', name: 'Ridwan Kamil', handle: 'ridwankamil', text: '' }, PILKADA_2024).campaign).toBe(true);
    expect(judge({ kind: 'account', name: 'Ridwan Kamil', handle: 'ridwankamil', text: '' }, AFTER).campaign).toBe(false);
  });
});

describe('not campaign targets', () => {
  test('KPU and Bawaslu accounts and their posts', () => {
    expect(judge({ kind: 'account', name: 'KPU RI', handle: 'KPU_ID', text: 'Akun resmi Komisi Pemilihan Umum Republik Indonesia.' }).campaign).toBe(false);
    expect(judge({ kind: 'account', name: 'Bawaslu RI', handle: 'bawaslu_RI', text: 'Badan Pengawas Pemilihan Umum. Awasi, cegah, tindak.' }).campaign).toBe(false);
    expect(judge({ kind: 'post', name: 'KPU RI', handle: 'KPU_ID', text: 'Debat ketiga calon presiden digelar Minggu malam pukul 19.00 WIB. Saksikan di televisi nasional.' }).campaign).toBe(false);
  });

  test('neutral news about a candidate', () => {
    const v = judge({ kind: 'post', name: 'Kabar Harian', handle: 'kabarharian_id', text: 'Prabowo dan Anies bertemu dalam debat kedua; keduanya membahas harga pangan dan subsidi pupuk.' });
    expect(v.campaign).toBe(false);
  });

  test('an ordinary post and an ordinary account', () => {
    expect(judge({ kind: 'post', name: 'Sri Wahyuni', handle: 'sriwahyuni', text: 'Hujan deras sejak pagi, hati-hati di jalan menuju kantor ya.' }).campaign).toBe(false);
    expect(judge({ kind: 'account', name: 'Dinas Pendidikan Kota', handle: 'disdik_kota', text: 'Informasi layanan pendidikan.' }).campaign).toBe(false);
  });

  test("a sitting official's account outside the candidacy", () => {
    const v = judge({ kind: 'post', name: 'Prabowo Subianto', handle: 'prabowo', text: 'Hari ini rapat terbatas bersama para menteri membahas ketahanan pangan.' }, AFTER);
    expect(v.campaign).toBe(false);
    expect(judge({ kind: 'account', name: 'Gibran Rakabuming', handle: 'gibran_rakabuming', text: 'Wakil Presiden Republik Indonesia' }, AFTER).campaign).toBe(false);
  });

  test('volunteer accounts that are not campaigns: KPU\'s Relawan Demokrasi, a disaster team', () => {
    expect(judge({ kind: 'account', name: 'Relawan Demokrasi Kota Malang', text: 'Sosialisasi pemilu untuk pemilih pemula.' }).campaign).toBe(false);
    expect(judge({ kind: 'group', name: 'Relawan Bencana Sulteng', text: '' }).campaign).toBe(false);
    expect(isTeamName('Relawan PMI Sleman')).toBe(false);
  });

  test('a disabled account rule leaves only the words to judge', () => {
    expect(judge({ kind: 'account', handle: 'ganjarpranowo', text: '' }, CAMPAIGN_2024, [ACCOUNT_RULE_ID]).campaign).toBe(false);
  });
});

describe('enforcement modes', () => {
  const team = judge({ kind: 'account', name: 'Tim Pemenangan Hendra', text: '' });
  const candidate = judge({ kind: 'account', handle: 'aniesbaswedan', text: '' });
  const none = judge({ kind: 'post', text: 'Selamat pagi.', name: 'Budi' });

  test('confirm holds, advise only hints, a neutral target is left alone in every mode', () => {
    expect(engageDecision('confirm', candidate)).toEqual({ hold: true, hint: false, blocked: false, needsAcknowledgement: false });
    expect(engageDecision('advise', candidate)).toEqual({ hold: false, hint: true, blocked: false, needsAcknowledgement: false });
    for (const mode of ['advise', 'confirm', 'acknowledge', 'block-serious'] as const) expect(engageDecision(mode, none)).toEqual({ hold: false, hint: false, blocked: false, needsAcknowledgement: false });
  });

  test('acknowledge asks for a tick; block-serious blocks a serious target and only holds a warning', () => {
    expect(engageDecision('acknowledge', candidate).needsAcknowledgement).toBe(true);
    expect(engageDecision('block-serious', team)).toMatchObject({ hold: true, blocked: true });
    expect(engageDecision('block-serious', candidate)).toMatchObject({ hold: true, blocked: false });
  });
});

describe('the engagement guard switch', () => {
  test('on everywhere by default; off per platform by the user unless the agency locks it', () => {
    expect(effectiveSettings(undefined, undefined, 0, 'id').engageOffSites).toEqual([]);
    expect(effectiveSettings({ engageOffSites: ['x'] }, {}, 0, 'id').engageOffSites).toEqual(['x']);
    expect(effectiveSettings({ engageOffSites: ['x'] }, { locked: ['engage'] }, 0, 'id').engageOffSites).toEqual([]);
    expect(parsePolicy({ locked: ['engage'] }).policy.locked).toEqual(['engage']);
    expect(migrateUserSettings({ engageOffSites: ['facebook', 3] }).engageOffSites).toEqual(['facebook']);
  });
});
