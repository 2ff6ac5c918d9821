/**
 * The rule patterns and entity lists the content script does not carry (issue 11: its size), in
 * Chromium: the background stores them when Netra is installed; a page reads them from storage,
 * and when storage has none, or another version's, gets them from the background, which stores
 * them again. Either way the draft is checked. The page is tests/e2e/fixtures/gate-site.tsx,
 * served where Mastodon lives.
 */
import { describe, expect, test } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { browserFor, netraState, storedValue, waitFor, type Browser } from './harness';
import { PARTISAN } from './platform-flows';

const KEY = 'netra:rules-body';
const box = '#compose-a textarea';

/** The text of a stored value: stored packed (src/page/stored-text.ts: gzip, base64, after a prefix). */
function unpacked(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  return v.startsWith('gz64:') ? gunzipSync(Buffer.from(v.slice(5), 'base64')).toString('utf8') : v;
}

/** Sets (or, with undefined, removes) a key of storage.local through the service worker. */
function store(b: Browser, key: string, value: string | undefined): Promise<void> {
  return b.context.serviceWorkers()[0]!.evaluate(
    async ([k, v]) => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { set(x: object): Promise<void>; remove(k: string): Promise<void> } } } }).chrome.storage.local;
      await (v === undefined ? local.remove(k!) : local.set({ [k!]: v }));
    },
    [key, value] as const,
  );
}

describe('the rule patterns in extension storage', () => {
  const browser = browserFor('https://mastodon.social/', 'gate-site', 'gate');

  test('stored at install; without them, or with another version’s, a page gets them from the background and still checks', async () => {
    const b = browser();
    expect(await waitFor(async () => typeof (await storedValue(b, KEY)) === 'string')).toBe(true);
    const good = (await storedValue(b, KEY)) as string;
    expect(good.startsWith('gz64:')).toBe(true);
    // The id, a line break, the JSON of the patterns and entity lists (src/build/content-lean.ts, cutRules).
    expect(unpacked(good)).toMatch(/^[0-9a-f]{16}\n\{"macros":/);
    // None, another version's (plain, as older versions stored it), a damaged one, this one.
    for (const value of [undefined, `0000000000000000\n{"macros":{}}`, good.slice(0, 40), good]) {
      await store(b, KEY, value);
      const page = await b.context.newPage();
      await page.goto('https://mastodon.social/home');
      await page.waitForSelector(box);
      await page.click(box);
      await page.keyboard.insertText(PARTISAN);
      expect(await waitFor(async () => (await netraState(page)).badge)).toBe(true);
      // What was missing or stale is stored again for the next pages.
      expect(unpacked(await storedValue(b, KEY))).toBe(unpacked(good));
      await page.close();
    }
  });
});
