/** The merge of agency policy and user settings, and the validation of a policy field by field. */
import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, effectiveSettings } from '../src/settings/model';
import { parsePolicy } from '../src/settings/policy';
import { acknowledgmentsCsv, parseSettingsFile, settingsFile } from '../src/settings/transfer';

const NOW = Date.UTC(2026, 10, 27, 10);

describe('effective settings', () => {
  test('defaults: confirm mode, nothing locked, browser language', () => {
    const e = effectiveSettings(undefined, undefined, NOW, 'en');
    expect(e).toMatchObject({ enforcement: 'confirm', lang: 'en', paused: false, showInfo: false, disabledRules: [], disabledSites: [] });
    expect(e.locked.size).toBe(0);
  });
  test('the user chooses language, info hints, switches and pause', () => {
    const e = effectiveSettings({ lang: 'id', showInfo: true, disabledRules: ['a.b'], disabledSites: ['x'], pausedUntil: NOW + 1000 }, {}, NOW, 'en');
    expect(e).toMatchObject({ lang: 'id', showInfo: true, disabledRules: ['a.b'], disabledSites: ['x'], paused: true });
  });
  test('a pause in the past is over', () => {
    expect(effectiveSettings({ pausedUntil: NOW - 1 }, {}, NOW, 'id').paused).toBe(false);
  });
  test('policy beats the user: locked switches fall back to their defaults', () => {
    const user = { showInfo: true, disabledRules: ['a.b'], disabledSites: ['x' as const], pausedUntil: NOW + 1000 };
    const e = effectiveSettings(user, { locked: ['pause', 'sites', 'rules', 'info'], enforcement: 'block-serious' }, NOW, 'id');
    expect(e).toMatchObject({ paused: false, disabledSites: [], disabledRules: [], showInfo: DEFAULT_SETTINGS.showInfo, enforcement: 'block-serious' });
  });
  test('rules the agency switches off stay off whatever the user chose', () => {
    const e = effectiveSettings({ disabledRules: ['u.one'] }, { disabledRules: ['p.two'] }, NOW, 'id');
    expect(e.disabledRules.sort()).toEqual(['p.two', 'u.one']);
    const locked = effectiveSettings({ disabledRules: ['u.one'] }, { disabledRules: ['p.two'], locked: ['rules'] }, NOW, 'id');
    expect(locked.disabledRules).toEqual(['p.two']);
  });
  test('the picture check is on by default; the user can switch it off unless the agency locks it', () => {
    expect(effectiveSettings(undefined, undefined, NOW, 'id').pictures).toBe(true);
    expect(effectiveSettings({ checkPictures: false }, {}, NOW, 'id').pictures).toBe(false);
    expect(effectiveSettings({ checkPictures: false }, { locked: ['pictures'] }, NOW, 'id').pictures).toBe(true);
    expect(parsePolicy({ locked: ['pictures'] }).policy.locked).toEqual(['pictures']);
  });
  test('agency contact appears only when the policy gives one', () => {
    expect(effectiveSettings({}, {}, NOW, 'id').agency).toBeUndefined();
    expect(effectiveSettings({}, { agencyName: 'Pemkab Sukamaju', helpdesk: 'ext. 123' }, NOW, 'id').agency).toEqual({ name: 'Pemkab Sukamaju', helpdesk: 'ext. 123', guidelineUrl: undefined });
  });
});

// Policy validation field by field: tests/policy.test.ts.

describe('settings file and CSV', () => {
  test('export then import gives the same settings; the pause is not carried over', () => {
    const s = { ...DEFAULT_SETTINGS, lang: 'en' as const, showInfo: true, disabledRules: ['a.b'], pausedUntil: NOW, profile: { jobTitle: 'Camat', agency: 'Pemkab', region: 'Sukamaju' } };
    const r = parseSettingsFile(JSON.stringify(settingsFile(s, [{ time: NOW, site: 'x', ruleIds: ['a.b'] }])));
    expect(r.ok && r.settings).toEqual({ ...s, pausedUntil: 0 });
    expect(r.ok && r.acknowledgments).toEqual([{ time: NOW, site: 'x', ruleIds: ['a.b'] }]);
  });
  test("the user's own logos travel with the settings; malformed ones are dropped", () => {
    const logo = { id: 'k1', name: 'Logo Dinas', image: 'data:image/png;base64,iVBORw0KGgo=', added: NOW };
    const s = { ...DEFAULT_SETTINGS, checkPictures: false };
    const file = JSON.parse(JSON.stringify(settingsFile(s, [], [logo])));
    file.logos.push({ id: 'k2', name: 'remote', image: 'https://example.org/logo.png' }, { name: 'no id' });
    const r = parseSettingsFile(JSON.stringify(file));
    expect(r.ok && r.logos).toEqual([logo]);
    expect(r.ok && r.settings.checkPictures).toBe(false);
    // Older files have neither: the picture check stays on, no logos.
    const old = parseSettingsFile(JSON.stringify({ kind: 'netra-settings', version: 1, settings: { lang: 'id' } }));
    expect(old.ok && [old.settings.checkPictures, old.logos]).toEqual([true, []]);
  });
  test('a file that is not Netra settings is rejected with the reason', () => {
    expect(parseSettingsFile('{')).toMatchObject({ ok: false, error: expect.stringMatching(/not JSON/) });
    expect(parseSettingsFile('{"kind":"other"}')).toMatchObject({ ok: false, error: 'not a Netra settings file' });
  });
  test('CSV has a header, one row per record and never any draft text', () => {
    const csv = acknowledgmentsCsv([{ time: NOW, site: 'facebook', ruleIds: ['dukungan.ajakan-memilih', 'jabatan.x'] }]);
    expect(csv.trim().split('\n')).toEqual(['time,site,rule_ids', '2026-11-27T10:00:00.000Z,facebook,dukungan.ajakan-memilih jabatan.x']);
  });
});
