/**
 * The welcome page opens once, when Netra is installed, and never again: a fresh profile gets it
 * as a new tab; the same profile started again with a newer version does not (Chrome reports
 * every start of a command-line build as an install, so this also checks that Netra remembers
 * having shown it). On the page, a draft can be tried and the language switched. (An agency's `showWelcome: false`
 * is unit-tested with the policy parser: a browser test would need the machine-wide policy file.)
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { EXTENSION_DIR, launch, screenshot, waitFor, type Browser } from './harness';

const work = mkdtempSync(join(tmpdir(), 'netra-welcome-'));
const extensionDir = join(work, 'extension');
const userDataDir = join(work, 'profile');
cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
let b: Browser | undefined;

afterAll(async () => {
  await b?.close();
  rmSync(work, { recursive: true, force: true });
});

const welcomePage = () => b!.context.pages().find((p) => p.url().endsWith('/welcome.html'));
let installDelay = 0;

test('on install: the welcome page opens by itself; a draft can be tried; the language switch sets Netra\'s language', async () => {
  b = await launch({ userDataDir, extensionDir, welcome: true });
  const started = Date.now();
  expect(await waitFor(async () => !!welcomePage(), 20_000, 100)).toBe(true);
  installDelay = Date.now() - started;
  const page = welcomePage()!;
  await page.waitForSelector('main h1');
  expect(await page.locator('h1').textContent()).toBe('Selamat datang di Netra');
  expect(await page.locator('#privacy-h + p').textContent()).toMatch(/di perangkat ini/);
  await page.getByRole('button', { name: 'Periksa draf ini' }).click();
  await expect.poll(() => page.locator('.welcome-try .fline').count()).toBeGreaterThan(0);
  expect(await page.locator('.welcome-try .fline').first().getAttribute('class')).toMatch(/sev-serious/);
  await page.locator('#try-text').fill('Selamat pagi, rapat koordinasi dimulai pukul sembilan di aula kantor.');
  await page.getByRole('button', { name: 'Periksa draf ini' }).click();
  await expect.poll(() => page.locator('.welcome-try .ok').textContent()).toBe('Netra tidak menemukan masalah pada teks ini.');
  await screenshot(page, 'welcome-on-install-id');
  await page.getByRole('radio', { name: 'English' }).check();
  await expect.poll(() => page.locator('h1').textContent()).toBe('Welcome to Netra');
  const settings = await b.context.serviceWorkers()[0]!.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { lang?: string }>> } } } }).chrome.storage.local.get('settings')).settings);
  expect(settings?.lang).toBe('en');
  await screenshot(page, 'welcome-on-install-en');
  // Closed first, so that the next start cannot bring it back by restoring the session.
  await page.close();
  await b.close();
  b = undefined;
});

test('on update (same profile, new version): no welcome page', async () => {
  const manifestPath = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
  const bumped = manifest.version.replace(/(\d+)$/, (n) => String(Number(n) + 1));
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: bumped }));
  b = await launch({ userDataDir, extensionDir, welcome: true });
  // The updated build is the one running.
  expect(await b.context.serviceWorkers()[0]!.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }).chrome.runtime.getManifest().version)).toBe(bumped);
  // Nothing can prove a tab will never open; give it well over the time the install took.
  expect(await waitFor(async () => !!welcomePage(), Math.min(20_000, 2 * installDelay + 2000), 100)).toBe(false);
});
