/**
 * The extension's own pages in Chromium: popup, options, guideline library, practice room.
 * Main flows, accessibility (axe-core: no serious or critical violations), and a screenshot of
 * each page in both languages for review.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureHtml, flaggedDraft, launch, screenshot, waitFor, type Browser } from './harness';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axe(page: Page) {
  // Through DevTools evaluation: extension pages' CSP rightly refuses inline script tags.
  await page.evaluate(axeSource);
  const result = (await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe.run({ resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  })) as Array<{ id: string; impact: string; nodes: number }>;
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

describe('extension pages', () => {
  let b: Browser;
  const url = (p: string) => `chrome-extension://${b.extensionId}/${p}`;
  const setLang = async (lang: 'id' | 'en') => {
    await b.context.serviceWorkers()[0]!.evaluate(async (l) => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: unknown): Promise<void> } } } }).chrome;
      const cur = ((await c.storage.local.get('settings')).settings as Record<string, unknown>) ?? {};
      await c.storage.local.set({ settings: { ...cur, lang: l } });
    }, lang);
  };
  const readStorage = () =>
    b.context.serviceWorkers()[0]!.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
      return c.storage.local.get(null);
    });

  beforeAll(async () => {
    b = await launch();
  });
  afterAll(async () => {
    await b?.close();
  });

  for (const lang of ['id', 'en'] as const) {
    describe(`in ${lang === 'id' ? 'Indonesian' : 'English'}`, () => {
      beforeAll(async () => setLang(lang));
      for (const p of ['popup.html', 'options.html', 'guidelines.html', 'practice.html']) {
        test(`${p} renders in ${lang}, has no serious accessibility violations, and is screenshotted`, async () => {
          const page = await b.context.newPage();
          await page.goto(url(p));
          await page.waitForSelector('main');
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
          await screenshot(page, `page-${p.replace('.html', '')}-${lang}`);
          expect(await axe(page)).toEqual([]);
          await page.close();
        });
      }
    });
  }

  test('options: switching a site off is saved and shows as off', async () => {
    await setLang('id');
    const page = await b.context.newPage();
    await page.goto(url('options.html'));
    const box = page.getByRole('checkbox', { name: 'Mastodon' });
    await expect.poll(() => box.isChecked()).toBe(true);
    await box.click();
    expect(await waitFor(async () => ((await readStorage()).settings as { disabledSites?: string[] })?.disabledSites?.includes('mastodon') ?? false)).toBe(true);
    await page.reload();
    expect(await page.getByRole('checkbox', { name: 'Mastodon' }).isChecked()).toBe(false);
    await page.getByRole('checkbox', { name: 'Mastodon' }).click();
    await page.close();
  });

  test('options: a broken pack file is rejected with file and line, and a good one is installed', async () => {
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

  test('practice room: a quiz round keeps score, and the composer shows the same dialog as on the sites', async () => {
    const page = await b.context.newPage();
    await page.goto(url('practice.html'));
    await page.getByRole('button', { name: 'Kuis' }).click();
    await expect.poll(() => page.locator('.score').textContent()).toMatch(/0 benar dari 0/);
    await page.getByRole('button', { name: 'Tidak boleh' }).click();
    await expect.poll(() => page.locator('.score').textContent()).toMatch(/dari 1/);
    await expect.poll(() => page.locator('.verdict').count()).toBe(1);
    await screenshot(page, 'practice-quiz-id');

    await page.getByRole('button', { name: 'Tulis bebas' }).click();
    await page.click('#practice-composer');
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('Ayo coblos nomor 2 besok!');
    expect(await flaggedDraft(page)).toBe(true);
    await page.click('#practice-post');
    expect(await waitFor(() => page.evaluate(() => document.querySelector('netra-ui')?.hasAttribute('data-dialog') ?? false))).toBe(true);
    await screenshot(page, 'practice-dialog-id');
    await page.keyboard.press('Escape');
    await page.close();
  });

  test('practice room: presenter mode shows the reasoning', async () => {
    const page = await b.context.newPage();
    await page.goto(url('practice.html'));
    await page.getByRole('checkbox', { name: 'Mode presentasi' }).check();
    await page.getByRole('checkbox', { name: 'Tunjukkan alasan' }).check();
    await page.click('#practice-composer');
    await page.keyboard.insertText('Ayo c0bl0s nomor 2');
    await expect.poll(() => page.locator('.reasoning').textContent()).toMatch(/coblos/);
    await expect.poll(() => page.locator('.reasoning').textContent()).toMatch(/ditahan/);
    await screenshot(page, 'practice-presenter-id');
    await page.close();
  });

  test('guideline library: search narrows the list and a guideline is linkable by id', async () => {
    const page = await b.context.newPage();
    await page.goto(url('guidelines.html#keanggotaan-partai'));
    await expect.poll(() => page.locator('article.guideline').count()).toBeGreaterThan(10);
    await page.getByRole('searchbox').fill('KTA');
    await expect.poll(() => page.locator('article.guideline').count()).toBeLessThan(5);
    expect(await page.locator('#keanggotaan-partai').count()).toBe(1);
    await page.close();
  });

  test("the popup's view of a tab: the content script reports the site and the draft's findings", async () => {
    b.serve('https://mastodon.social/', await fixtureHtml('mastodon', 'mastodon'));
    const page = await b.context.newPage();
    await page.goto('https://mastodon.social/home');
    await page.click('form.compose-form textarea');
    await page.keyboard.insertText('Ayo coblos nomor 2!');
    type Status = { site: string; active: boolean; findings: Array<{ ruleId: string; guidelineId: string }> };
    const ask = () =>
      b.context.serviceWorkers()[0]!.evaluate(async () => {
        type Tab = { id: number; url: string };
        const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
        const tab = (await c.tabs.query({})).find((t) => t.url?.startsWith('https://mastodon.social/'))!;
        return c.tabs.sendMessage(tab.id, { type: 'netra:status' });
      }) as Promise<Status>;
    // Asked until the draft has been checked: the findings are the state waited for.
    expect(await waitFor(async () => (await ask()).findings.length > 0)).toBe(true);
    const status = await ask();
    expect(status.site).toBe('mastodon');
    expect(status.active).toBe(true);
    expect(status.findings.length).toBeGreaterThan(0);
    expect(status.findings[0]!.guidelineId).toBeTruthy();
    await page.close();
  });

  test('no page requested anything from the network', () => {
    expect(b.stray).toEqual([]);
  });
});
