/**
 * A Mastodon instance the user added (src/background/instances.ts), end to end in Chromium except
 * for the permission prompt, which a headless browser cannot answer: the build is copied with the
 * instance's origin already granted, as it is once the user accepts. The background must then
 * register the content script there by itself, and the page must be recognised as Mastodon.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dialogReady, EXTENSION_DIR, fixtureHtml, flaggedDraft, launch, posted, waitFor, type Browser } from './harness';
import { CLEAN, PARTISAN } from './platform-flows';

const INSTANCE = 'https://toot.example';

describe('mastodon: an instance the user added', () => {
  let b: Browser;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'netra-ext-'));
    cpSync(EXTENSION_DIR, dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { host_permissions: string[] };
    manifest.host_permissions.push(`${INSTANCE}/*`);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    b = await launch({ extensionDir: dir });
    b.serve(`${INSTANCE}/`, await fixtureHtml('mastodon', 'toot.example'));
  });
  afterAll(async () => {
    await b?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the background registers the content script for the granted instance only', async () => {
    const sw = b.context.serviceWorkers()[0]!;
    const registered = () =>
      sw.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>> } } }).chrome;
        return c.scripting.getRegisteredContentScripts();
      });
    expect(await waitFor(async () => (await registered()).length > 0, 5000)).toBe(true);
    expect((await registered()).map((s) => s.matches)).toEqual([[`${INSTANCE}/*`]]);
  });

  test('a partisan draft is blocked there, a clean one posts', async () => {
    const page = await b.context.newPage();
    await page.goto(`${INSTANCE}/home`);
    await page.click('form.compose-form textarea');
    await page.keyboard.insertText(PARTISAN);
    expect(await flaggedDraft(page)).toBe(true);
    await page.click('form.compose-form button[type="submit"]');
    expect(await dialogReady(page)).toBe(true);
    expect(await posted(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.fill('form.compose-form textarea', '');
    await page.click('form.compose-form textarea');
    await page.keyboard.insertText(CLEAN);
    await page.click('form.compose-form button[type="submit"]');
    expect(await waitFor(async () => (await posted(page)).length === 1)).toBe(true);
    await page.close();
  });

  test('the extension requested nothing from the network', () => {
    expect(b.stray).toEqual([]);
  });
});
