/**
 * Typed storage: settings migrate to the full v2 shape, and drafts are re-checked only when
 * something that changes judgement changes (not on every acknowledgement). Runs against WXT's
 * fake browser, no extension needed.
 */
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, migrateUserSettings } from '../src/settings/model';

// WXT's storage reads `globalThis.chrome` when it loads: the fake browser must be there first.
const { fakeBrowser } = await vi.hoisted(async () => {
  const testing = await import('wxt/testing');
  (globalThis as { chrome?: unknown }).chrome = testing.fakeBrowser;
  return testing;
});
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing')).fakeBrowser }));

describe('settings migration', () => {
  test('anything stored becomes the full, well-typed shape', () => {
    expect(migrateUserSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(migrateUserSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    const m = migrateUserSettings({ lang: 'en', showInfo: 'yes', disabledRules: ['a.b', 3], pausedUntil: 'soon', profile: { jobTitle: 'Camat', region: 7 }, stray: true });
    expect(m).toEqual({ ...DEFAULT_SETTINGS, lang: 'en', disabledRules: ['a.b'], profile: { jobTitle: 'Camat', agency: '', region: '' } });
    expect(Object.keys(m).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });
});

describe('storage items', () => {
  let store: typeof import('../src/settings/store');
  beforeAll(async () => {
    fakeBrowser.reset();
    // What an older build left: a partial v1 object with no version metadata.
    await fakeBrowser.storage.local.set({ settings: { version: 1, lang: 'id', showInfo: true, junk: 'x' } });
    store = await import('../src/settings/store');
  });

  test('a v1 value is migrated to v2 on start, metadata included', async () => {
    const v = await store.userSettingsItem.getValue();
    expect(v).toEqual({ ...DEFAULT_SETTINGS, lang: 'id', showInfo: true });
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: 2 });
  });

  test('acknowledgements and dismissals do not re-check drafts; settings changes do', async () => {
    const cb = vi.fn();
    const stop = store.watchJudgement(cb);
    await store.addAcknowledgment({ time: 1, site: 'x', ruleIds: ['a.b'] });
    await store.addDismissal({ time: 2, site: 'x', ruleIds: ['c.d'] });
    expect(cb).not.toHaveBeenCalled();
    await store.saveUserSettings({ showInfo: false });
    expect(cb).toHaveBeenCalledTimes(1);
    stop();
    await store.saveUserSettings({ showInfo: true });
    expect(cb).toHaveBeenCalledTimes(1);
  });

  test('records keep rule ids, site and time only', async () => {
    await store.addDismissal({ time: 3, site: 'facebook', ruleIds: ['e.f'], text: 'never stored' } as never);
    const list = await store.loadDismissals();
    expect(list.at(-1)).toEqual({ time: 3, site: 'facebook', ruleIds: ['e.f'] });
    expect(Object.keys((await store.loadAcknowledgments())[0]!).sort()).toEqual(['ruleIds', 'site', 'time']);
  });

  test('until the policy answers, the last cached policy applies, locks included', async () => {
    await store.saveUserSettings({ pausedUntil: Date.now() + 3_600_000, disabledSites: ['x'] });
    const managed = fakeBrowser.storage.managed as unknown as { get: (k: null) => Promise<unknown> };
    const real = managed.get;
    const i18n = fakeBrowser.i18n as unknown as { getUILanguage: () => string };
    const realLang = i18n.getUILanguage;
    i18n.getUILanguage = () => 'id';
    try {
      // The browser delivers the policy once: the background keeps a copy, packs and logos left out.
      managed.get = async () => ({ enforcement: 'block-serious', locked: ['pause', 'sites'], agencyName: 'BKD', extraPacks: ['pack: {}'] });
      await store.cachePolicy();
      expect(await store.policyCacheItem.getValue()).toEqual({ enforcement: 'block-serious', locked: ['pause', 'sites'], agencyName: 'BKD' });
      // Next start: storage.managed has not answered yet (or fails): the copy applies.
      managed.get = () => Promise.reject(new Error('not yet'));
      await store.cachePolicy();
      const s = await store.loadEffectiveCached();
      expect(s.paused).toBe(false);
      expect(s.disabledSites).toEqual([]);
      expect(s.enforcement).toBe('block-serious');
      // The agency removed its policy: the copy goes too, and the user's pause applies again.
      managed.get = async () => ({});
      await store.cachePolicy();
      expect(await store.policyCacheItem.getValue()).toBeNull();
      expect((await store.loadEffectiveCached()).paused).toBe(true);
    } finally {
      managed.get = real;
      i18n.getUILanguage = realLang;
      await store.saveUserSettings({ pausedUntil: 0, disabledSites: [] });
    }
  });
});
