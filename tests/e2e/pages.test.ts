/**
 * The extension's own pages in Chromium: popup, settings, guideline library, practice room and
 * welcome page. Each renders in both languages with no serious accessibility violation and no
 * text under 13 px, and is screenshotted (1280×800; the popup at 400×600) into
 * test-results/screenshots. Then the main flows of the popup, settings and library.
 * The practice room's flows are in practice.test.ts, the welcome page's in welcome.test.ts.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findHedge } from '../../src/build/guidelines';
import { fixtureHtml, launch, screenshot, waitFor, type Browser } from './harness';
import { axe, smallText } from './page-checks';

const DRAFT = 'Sebagai Kepala Dinas saya ajak warga coblos nomor 2 ✌️ Jangan pilih Pak Hendra! Besok ikut kampanye akbar di alun-alun pakai mobil dinas ya, dan jangan lupa follow akun tim pemenangan.';

describe('extension pages', () => {
  let b: Browser;
  const url = (p: string) => `chrome-extension://${b.extensionId}/${p}`;
  const sw = () => b.context.serviceWorkers()[0]!;
  const setLang = (lang: 'id' | 'en') =>
    sw().evaluate(async (l) => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: unknown): Promise<void> } } } }).chrome;
      const cur = ((await c.storage.local.get('settings')).settings as Record<string, unknown>) ?? {};
      await c.storage.local.set({ settings: { ...cur, lang: l } });
    }, lang);
  const readStorage = () =>
    sw().evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
      return c.storage.local.get(null);
    });

  /** What Netra's content script in the Mastodon tab reports (what the popup asks for). */
  const status = async () =>
    (await sw().evaluate(async () => {
      type Tab = { id: number; url: string };
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
      const tab = (await c.tabs.query({})).find((t) => t.url?.startsWith('https://mastodon.social/'))!;
      return c.tabs.sendMessage(tab.id, { type: 'netra:status' }).catch(() => ({ site: '', active: false, findings: [] }));
    })) as { site: string; active: boolean; findings: Array<{ ruleId: string; guidelineId: string }> };

  beforeAll(async () => {
    // The welcome page that opens on install is kept away (launch), so the popup tests control
    // which tab is active; welcome.test.ts tests it.
    b = await launch();
  });
  afterAll(async () => {
    await b?.close();
  });

  for (const lang of ['id', 'en'] as const) {
    describe(`in ${lang === 'id' ? 'Indonesian' : 'English'}`, () => {
      beforeAll(async () => setLang(lang));
      for (const p of ['popup.html', 'options.html', 'guidelines.html', 'practice.html', 'welcome.html']) {
        test(`${p} renders in ${lang}, readable and accessible, and is screenshotted`, async () => {
          const page = await b.context.newPage();
          if (p === 'popup.html') await page.setViewportSize({ width: 400, height: 600 });
          await page.goto(url(p));
          await page.waitForSelector('main h1');
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
          // Never a research grade, a source's hedge, or "safe" in anything a user can open.
          const all = (await page.evaluate(() => document.body.textContent ?? '')).replace(/\s+/g, ' ');
          expect(all).not.toMatch(/\((V[123]|C|M)\)|Tingkat keyakinan|confidence level/);
          expect(findHedge(all)).toBeNull();
          if (p === 'guidelines.html') expect(all.length, 'every guideline, collapsed or not, is in the page').toBeGreaterThan(20_000);
          await screenshot(page, `page-${p.replace('.html', '')}-${lang}`);
          expect(await smallText(page)).toEqual([]);
          expect(await axe(page)).toEqual([]);
          await page.close();
        });
      }
    });
  }

  test('settings: switching a site off is saved and shows as off', async () => {
    await setLang('id');
    const page = await b.context.newPage();
    await page.goto(url('options.html'));
    // The site switch, listed before the engagement guard's own "Mastodon" switch.
    const box = page.getByRole('checkbox', { name: 'Mastodon' }).first();
    await expect.poll(() => box.isChecked()).toBe(true);
    await box.click();
    expect(await waitFor(async () => ((await readStorage()).settings as { disabledSites?: string[] })?.disabledSites?.includes('mastodon') ?? false)).toBe(true);
    await page.reload();
    expect(await page.getByRole('checkbox', { name: 'Mastodon' }).first().isChecked()).toBe(false);
    await page.getByRole('checkbox', { name: 'Mastodon' }).first().click();
    // Switched back on and saved before the page goes: the popup tests below need Mastodon on.
    expect(await waitFor(async () => !(((await readStorage()).settings as { disabledSites?: string[] })?.disabledSites?.includes('mastodon') ?? false))).toBe(true);
    await page.close();
  });

  test('settings: human names for rule groups and pack kinds, one look for every file picker, a contents list', async () => {
    await setLang('id');
    const page = await b.context.newPage();
    await page.goto(url('options.html'));
    const groups = page.locator('.rule-group summary');
    await expect.poll(() => groups.count()).toBeGreaterThan(5);
    const names = await groups.allTextContents();
    expect(names.some((n) => n.startsWith('Dukungan dan ajakan memilih'))).toBe(true);
    for (const n of names) expect(n).not.toMatch(/^[a-z0-9-]+\s*\(\d+\)/);
    const kinds = await page.locator('section[aria-labelledby="packs-h"] tbody td:nth-child(3)').allTextContents();
    expect(kinds).toContain('Aturan umum');
    expect(kinds.join(' ')).not.toMatch(/\b(generic|entities|regional)\b/);
    // Every native file input is hidden inside a styled button: no "Choose File" anywhere.
    const pickers = await page.locator('input[type="file"]').evaluateAll((els) => els.map((el) => ({ styled: !!el.closest('label.btn'), opacity: getComputedStyle(el).opacity })));
    expect(pickers.length).toBeGreaterThanOrEqual(4);
    for (const p of pickers) expect(p).toEqual({ styled: true, opacity: '0' });
    const toc = await page.locator('nav.toc a').allTextContents();
    expect(toc).toEqual(expect.arrayContaining(['Bahasa', 'Situs yang diperiksa', 'Aturan', 'Paket aturan', 'Server Mastodon lain']));
    // A search opens the groups that match.
    await page.getByRole('searchbox', { name: 'Cari aturan' }).fill('seragam');
    await expect.poll(() => page.locator('.rule-group[open]').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('settings: the language switch is a choice of three and changes the page at once', async () => {
    await setLang('id');
    const page = await b.context.newPage();
    await page.goto(url('options.html'));
    const english = page.getByRole('radio', { name: 'English' });
    await english.check();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Netra settings');
    expect(((await readStorage()).settings as { lang: string }).lang).toBe('en');
    expect(await page.getByRole('radio').count()).toBe(3);
    await page.getByRole('radio', { name: 'Bahasa Indonesia' }).check();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Pengaturan Netra');
    await page.close();
  });

  test('settings: a broken pack file is rejected with file and line, and a good one is installed', async () => {
    await setLang('id');
    const page = await b.context.newPage();
    await page.goto(url('options.html'));
    const input = page.locator('input[type="file"][accept=".yml,.yaml,.json"]');
    await input.setInputFiles({ name: 'rusak.pack.yml', mimeType: 'text/yaml', buffer: Buffer.from('pack:\n  id: rusak\n  name: Rusak\n  version: 1.0.0\nrules:\n  - id: rusak.a\n    category: politik\n') });
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toMatch(/rusak\.pack\.yml:7: category must be one of/);
    expect(await page.locator('tr[data-pack="rusak"]').count()).toBe(0);
    const good = readFileSync(new URL('../../docs/examples/pilkada-sukamaju-2024.pack.yml', import.meta.url), 'utf8');
    await input.setInputFiles({ name: 'sukamaju.pack.yml', mimeType: 'text/yaml', buffer: Buffer.from(good) });
    await expect.poll(() => page.locator('tr[data-pack="pilkada-sukamaju-2024"]').count()).toBe(1);
    expect(await page.locator('tr[data-pack="pilkada-sukamaju-2024"]').textContent()).toMatch(/dipakai/);
    await page.close();
  });

  test('library: contents and search; a deep link opens its guideline, collapsed ones stay closed', async () => {
    await setLang('id');
    const page = await b.context.newPage();
    await page.goto(url('guidelines.html#keanggotaan-partai'));
    await expect.poll(() => page.locator('article.guideline').count()).toBeGreaterThan(10);
    expect(await page.locator('#keanggotaan-partai details').getAttribute('open')).not.toBeNull();
    expect(await page.locator('article.guideline details[open]').count()).toBe(1);
    expect(await page.locator('#keanggotaan-partai').evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
    expect(await page.locator('.library-toc a[href="#pose-simbol-jari"]').count()).toBe(1);
    // No research grades for users.
    expect(await page.locator('#keanggotaan-partai').textContent()).not.toMatch(/\((V[123]|C)\)|Tingkat keyakinan/);
    await page.locator('.library-toc a[href="#pose-simbol-jari"]').click();
    await expect.poll(() => page.locator('#pose-simbol-jari details').getAttribute('open')).not.toBeNull();
    await page.getByRole('searchbox').fill('KTA');
    await expect.poll(() => page.locator('article.guideline').count()).toBeLessThan(5);
    expect(await page.locator('#keanggotaan-partai').count()).toBe(1);
    expect(await page.getByRole('status').textContent()).toMatch(/pedoman cocok/);
    await page.close();
  });

  test("the popup's view of a tab: the content script reports the site and the draft's findings", async () => {
    b.serve('https://mastodon.social/', await fixtureHtml('mastodon', 'mastodon'));
    const page = await b.context.newPage();
    await page.goto('https://mastodon.social/home');
    await page.click('form.compose-form textarea');
    await page.keyboard.insertText('Ayo coblos nomor 2!');
    await expect.poll(async () => (await status()).findings.length).toBeGreaterThan(0);
    const s = await status();
    expect(s.site).toBe('mastodon');
    expect(s.active).toBe(true);
    expect(s.findings[0]!.guidelineId).toBeTruthy();
    await page.close();
  });

  for (const lang of ['id', 'en'] as const) {
    test(`popup over a draft with many findings (${lang}): state on top, one line per guideline, pause and the check box within 600 px`, async () => {
      await setLang(lang);
      b.serve('https://mastodon.social/', await fixtureHtml('mastodon', 'mastodon'));
      const site = await b.context.newPage();
      await site.goto('https://mastodon.social/home');
      await site.click('form.compose-form textarea');
      await site.keyboard.insertText(DRAFT);
      await expect.poll(async () => (await status()).findings.length).toBeGreaterThan(2);
      // The popup asks about the active tab of its window: open it behind the site's tab.
      await site.bringToFront();
      const address = url(`popup.html?over=${lang}`);
      await sw().evaluate(async (u) => {
        const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ url?: string; windowId: number }>>; create(o: object): Promise<unknown> } } }).chrome;
        const siteTab = (await c.tabs.query({})).find((t) => t.url?.startsWith('https://mastodon.social/'))!;
        await c.tabs.create({ url: u, active: false, windowId: siteTab.windowId });
      }, address);
      await expect.poll(() => b.context.pages().some((p) => p.url() === address)).toBe(true);
      const popup = b.context.pages().find((p) => p.url() === address)!;
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.waitForSelector('.state[data-state="active"]', { state: 'attached' });
      await expect.poll(() => popup.locator('.fline').count()).toBeGreaterThan(2);
      await popup.bringToFront();
      expect(await popup.locator('.state').textContent()).toBe(lang === 'id' ? 'Aktif di Mastodon' : 'Active on Mastodon');
      const lines = await popup.locator('.fline').evaluateAll((els) => els.map((el) => ({ height: el.getBoundingClientRect().height, sev: el.className })));
      for (const l of lines) expect(l.height).toBeLessThan(40);
      expect(lines[0]!.sev).toMatch(/sev-serious/);
      // Check a long text too: both lists scroll inside themselves.
      await popup.locator('#check-text').fill(DRAFT.repeat(3));
      await popup.getByRole('button', { name: lang === 'id' ? 'Periksa' : 'Check', exact: true }).click();
      await expect.poll(() => popup.locator('.popup-results .fline').count()).toBeGreaterThan(2);
      const withinFold = async () => {
        for (const name of lang === 'id' ? ['Jeda 1 jam', 'Jeda sampai besok', 'Periksa'] : ['Pause for 1 hour', 'Pause until tomorrow', 'Check']) {
          const box = (await popup.getByRole('button', { name, exact: true }).boundingBox())!;
          expect(box.y + box.height, name).toBeLessThanOrEqual(600);
        }
        expect(await popup.evaluate(() => document.scrollingElement!.scrollHeight)).toBeLessThanOrEqual(600);
      };
      await withinFold();
      await screenshot(popup, `popup-findings-${lang}`);
      expect(await smallText(popup)).toEqual([]);
      // A line opens the dialog's card for that guideline.
      await popup.locator('.popup-tab .fline').first().click();
      await popup.waitForSelector('.fdetail article.finding');
      await screenshot(popup, `popup-detail-${lang}`);
      // The dialog's card (severity, the words and what they do, what to do instead) with room
      // to read it: the checked text's list steps aside while a detail is open.
      expect(await popup.locator('.fdetail .finding-found').textContent()).toMatch(lang === 'id' ? /^serius “.+” /i : /^serious “.+” /i);
      expect(await popup.locator('.fdetail .finding-do').count()).toBe(1);
      const box = (await popup.locator('.fdetail').boundingBox())!;
      const todo = (await popup.locator('.fdetail .finding-do').boundingBox())!;
      expect(todo.y + todo.height, 'what to do instead is in view without scrolling').toBeLessThanOrEqual(box.y + box.height);
      await withinFold();
      expect(await axe(popup)).toEqual([]);
      await popup.getByRole('button', { name: lang === 'id' ? '‹ Kembali' : '‹ Back' }).click();
      await popup.waitForSelector('.popup-tab .fline');
      // Paused: the state line says so, with the time it ends; resuming brings "active" back.
      await popup.getByRole('button', { name: lang === 'id' ? 'Jeda 1 jam' : 'Pause for 1 hour' }).click();
      await expect.poll(() => popup.locator('.state').getAttribute('data-state')).toBe('paused');
      expect(await popup.locator('.state').textContent()).toMatch(lang === 'id' ? /^Dijeda sampai \d\d[.:]\d\d$/ : /^Paused until \d\d:\d\d$/);
      await popup.getByRole('button', { name: lang === 'id' ? 'Aktifkan lagi' : 'Turn back on' }).click();
      await expect.poll(() => popup.locator('.state').getAttribute('data-state')).toBe('active');
      await popup.close();
      await site.close();
    });
  }

  test('no page requested anything from the network', () => {
    expect(b.stray).toEqual([]);
  });
});

