/**
 * The submit gate under attack, in Chromium (issue 16, posting gate): a site slow to clear its
 * composer after "Post anyway" gets one post; a second composer is still checked after the first
 * was let through; focus moved back to the editor while the dialog is open posts nothing; and
 * "Post anyway" after the site closed its composer sends nothing and records nothing. Also: a
 * page forging the newer-script event cannot stop Netra, and a newer copy takes over cleanly.
 * The page is tests/e2e/fixtures/gate-site.tsx, served where Mastodon lives.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { clickDialogButton, dialogReady, fixtureHtml, launch, netraState, posted, storedValue, waitFor, type Browser } from './harness';
import { PARTISAN } from './platform-flows';

const box = (name: 'a' | 'b') => `#compose-${name} textarea`;
const send = (name: 'a' | 'b') => `#compose-${name} button[type="submit"]`;

describe('submit gate attacks', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
    b.serve('https://mastodon.social/', await fixtureHtml('gate-site', 'gate'));
  });
  afterAll(async () => {
    await b?.close();
  });

  const open = async (query = '') => {
    const page = await b.context.newPage();
    await page.goto(`https://mastodon.social/home${query}`);
    await page.waitForSelector(box('b'));
    return page;
  };
  const write = async (page: Page, name: 'a' | 'b', text = PARTISAN) => {
    await page.click(box(name));
    await page.keyboard.insertText(text);
    expect(await waitFor(async () => (await netraState(page)).badge, 8000)).toBe(true);
  };
  /** The dialog is up and has the focus, so keys go to it. */
  const dialogOpen = (page: Page) => dialogReady(page);
  const acks = async () => ((await storedValue(b, 'acknowledgments')) as unknown[] | undefined)?.length ?? 0;

  test('a site that takes 2.5 s to clear its composer: Post anyway posts once, and pressing Post again is checked', async () => {
    const page = await open('?clearMs=2500');
    await write(page, 'a');
    await page.click(send('a'));
    expect(await dialogOpen(page)).toBe(true);
    await clickDialogButton(page, 'Tetap kirim');
    expect(await waitFor(async () => (await posted(page)).length === 1)).toBe(true);
    // The draft is still in the box; Netra asks nothing, and the user presses Post once more.
    expect(await page.locator(box('a')).inputValue()).toBe(PARTISAN);
    expect((await netraState(page)).toast).toBe(false);
    await page.click(send('a'));
    expect(await dialogOpen(page)).toBe(true);
    await page.keyboard.press('Escape');
    // Until the site has cleared the box, and after: still exactly one post, and no notice.
    expect(await waitFor(async () => (await page.locator(box('a')).inputValue()) === '', 8000)).toBe(true);
    expect(await posted(page)).toEqual([`a: ${PARTISAN}`]);
    expect((await netraState(page)).toast).toBe(false);
    await page.close();
  });

  test('two composers with the same draft: letting the first through leaves the second checked', async () => {
    const page = await open('?clearMs=2500');
    await write(page, 'a');
    await write(page, 'b');
    await page.click(send('a'));
    expect(await dialogOpen(page)).toBe(true);
    await clickDialogButton(page, 'Tetap kirim');
    expect(await waitFor(async () => (await posted(page)).length === 1)).toBe(true);
    // At once, within the allowance's lifetime: by click, and by Ctrl+Enter.
    await page.click(send('b'));
    expect(await dialogOpen(page)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await waitFor(async () => !(await netraState(page)).dialog)).toBe(true);
    await page.focus(box('b'));
    await page.keyboard.press('Control+Enter');
    expect(await dialogOpen(page)).toBe(true);
    expect(await posted(page)).toEqual([`a: ${PARTISAN}`]);
    await page.keyboard.press('Escape');
    await page.close();
  });

  test('the site moves focus back to its editor while the dialog is open: Ctrl+Enter and a scripted click post nothing', async () => {
    const page = await open();
    await write(page, 'a');
    await page.click(send('a'));
    expect(await dialogOpen(page)).toBe(true);
    await page.evaluate((sel) => (document.querySelector(sel) as HTMLTextAreaElement).focus(), box('a'));
    await page.keyboard.press('Control+Enter');
    await page.evaluate((sel) => (document.querySelector(sel) as HTMLButtonElement).click(), send('a'));
    await page.evaluate((sel) => (document.querySelector(sel) as HTMLFormElement).requestSubmit(), '#compose-a');
    // The dialog is kept (and takes focus back); nothing went out.
    expect(await dialogReady(page)).toBe(true);
    expect(await posted(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await waitFor(async () => !(await netraState(page)).dialog)).toBe(true);
    expect(await posted(page)).toEqual([]);
    await page.close();
  });

  test('Post anyway after the site closed its composer sends nothing and records no acknowledgement', async () => {
    const page = await open();
    await write(page, 'a');
    await page.click(send('a'));
    expect(await dialogOpen(page)).toBe(true);
    const before = await acks();
    await page.evaluate(() => document.querySelector('#compose-a')!.remove());
    await clickDialogButton(page, 'Tetap kirim');
    expect(await waitFor(async () => (await netraState(page)).toast)).toBe(true);
    expect(await posted(page)).toEqual([]);
    expect(await acks()).toBe(before);
    await page.close();
  });

  test('a page that forges the "newer script started" event cannot switch Netra off', async () => {
    const page = await open();
    await write(page, 'a');
    // The event WXT's newer copy of a content script announces itself with, fired by the page.
    await page.evaluate((id) => document.dispatchEvent(new CustomEvent(`${id}:content:wxt:content-script-started`, { detail: { contentScriptName: 'content', messageId: 'newer' } })), b.extensionId);
    await page.evaluate(() => window.postMessage({ type: 'wxt:content-script-started', contentScriptName: 'content', messageId: 'newer' }, '*'));
    await page.click(send('a'));
    expect(await dialogOpen(page)).toBe(true);
    expect(await posted(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.close();
  });

  test('a newer copy of the content script takes over: one UI, the post still checked', async () => {
    const page = await open();
    await write(page, 'a');
    // What an update does to an open page: the extension injects its script again.
    await b.context.serviceWorkers()[0]!.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>> }; scripting: { executeScript(o: object): Promise<unknown> } } }).chrome;
      const [tab] = await c.tabs.query({ url: 'https://mastodon.social/*' });
      await c.scripting.executeScript({ target: { tabId: tab!.id }, files: ['content-scripts/content.js'] });
    });
    await page.click(box('a'));
    await page.keyboard.insertText(' ');
    expect(await waitFor(async () => (await netraState(page)).badge)).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('netra-ui').length)).toBe(1);
    await page.click(send('a'));
    expect(await dialogOpen(page)).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('netra-ui').length)).toBe(1);
    expect(await posted(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.close();
  });

  test('a page stylesheet or script that hides netra-ui cannot hide the dialog: the post is held', async () => {
    const page = await open();
    await page.addStyleTag({ content: 'netra-ui { display: none !important; visibility: hidden !important; opacity: 0 !important; transform: scale(0) !important; }' });
    // A page script's inline style on the host loses too (the host is there once the page starts).
    await page.waitForSelector('netra-ui', { state: 'attached' });
    await page.evaluate(() => document.querySelector('netra-ui')!.setAttribute('style', 'display: none !important; clip-path: inset(50%) !important'));
    await write(page, 'a');
    await page.click(send('a'));
    expect(await dialogOpen(page)).toBe(true);
    // The dialog's backdrop is what the page's centre shows: it is painted, on top.
    expect(await page.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.localName)).toBe('netra-ui');
    // A second press from the editor is checked again; nothing went out.
    await page.evaluate((sel) => (document.querySelector(sel) as HTMLTextAreaElement).focus(), box('a'));
    await page.keyboard.press('Control+Enter');
    expect(await dialogReady(page)).toBe(true);
    expect(await posted(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.close();
  });

  test('a stored pack that breaks the engine and a hostile import: settings and popup render, posts are still held', async () => {
    const sw = b.context.serviceWorkers()[0]!;
    type Local = { chrome: { storage: { local: { set(v: object): Promise<void>; remove(k: string): Promise<void> } } } };
    // What a pack naming @constructor stored before names were checked: a rule that names a
    // macro every plain object seems to have.
    const rule = { id: 'lama.x', pack: 'lama', kind: 'phrase', category: 'partisan-support', severity: 'warning', confidence: 0.8, guideline: 'kampanye-media-sosial', message: { id: 'x', en: 'x' }, patterns: [[{ k: 'e', alts: [{ k: 'm', v: 'constructor' }] }]], second: [], window: 0, report: 'both', requires: [], unless: [], needs: [], contexts: [], examples: { flag: [], allow: [] }, file: '' };
    const broken = { info: { id: 'lama', name: 'Paket lama', version: '1.0.0', description: '', kind: 'agency' }, source: 'user', fileName: 'lama.pack.yml', checksum: '', installedAt: 0, compiled: { packs: [], rules: [rule], macros: {}, contexts: [], canon: {}, vocab: [] } };
    await sw.evaluate((v) => (globalThis as unknown as Local).chrome.storage.local.set({ userPacks: [v] }), broken);
    try {
      const options = await b.context.newPage();
      await options.goto(`chrome-extension://${b.extensionId}/options.html`);
      await options.waitForSelector('main h1');
      await expect.poll(() => options.locator('tr[data-pack="lama"]').textContent()).toMatch(/rusak, tidak dipakai: unknown macro @constructor/);
      // Importing the hostile pack itself is refused with its line.
      const hostile = 'pack:\n  id: jahat\n  name: Jahat\n  version: 1.0.0\nlexicon:\n  macros:\n    constructor: [coblos]\nrules: []\n';
      await options.locator('input[type="file"][accept=".yml,.yaml,.json"]').setInputFiles({ name: 'jahat.pack.yml', mimeType: 'text/yaml', buffer: Buffer.from(hostile) });
      await expect.poll(() => options.locator('[role="alert"]').textContent()).toMatch(/jahat\.pack\.yml:7: bad macro name "constructor"/);
      const popup = await b.context.newPage();
      await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
      await popup.waitForSelector('main h1');
      await popup.close();
      await options.close();
      // The site: the flagged draft is still held.
      const page = await open();
      await write(page, 'a');
      await page.click(send('a'));
      expect(await dialogOpen(page)).toBe(true);
      expect(await posted(page)).toEqual([]);
      await page.close();
    } finally {
      await sw.evaluate(() => (globalThis as unknown as Local).chrome.storage.local.remove('userPacks'));
    }
  });

  test('the extension requested nothing from the network', () => {
    expect(b.stray).toEqual([]);
  });
});
