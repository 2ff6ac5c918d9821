/**
 * Agency policy in a real browser: Chromium on Linux reads JSON policy files from
 * /etc/chromium/policies/managed/, and hands the "3rdparty" part for Netra's id to the extension
 * as storage.managed. The tests write such a file (they run as root in CI), start Chromium, and
 * remove the file afterwards.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DEV_EXTENSION_ID } from '../../src/build/extension-key';
import { engaged, engageShown, netraRunning } from './engage-flows';
import { clickDialogButton, dialogA11y, dialogReady, fixtureHtml, flaggedDraft, launch, netraState, posted, settled, waitFor, type Browser } from './harness';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, `netra-e2e-${process.pid}.json`);
const isRoot = process.getuid?.() === 0;
const PACK = readFileSync(join(__dirname, '../../docs/examples/pilkada-sukamaju-2024.pack.yml'), 'utf8');
const PARTISAN = 'Ayo coblos nomor 2 besok ya!';

function writePolicy(policy: Record<string, unknown>) {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [DEV_EXTENSION_ID]: policy } } }));
}

let b: Browser | null = null;
async function start(policy: Record<string, unknown>) {
  writePolicy(policy);
  b = await launch();
  expect(b.extensionId, 'the manifest key fixes the id policies target').toBe(DEV_EXTENSION_ID);
  b.serve('https://mastodon.social/', await fixtureHtml('mastodon', 'mastodon'));
  // Managed policy can arrive a moment after start; wait until the extension sees it.
  const sw = b.context.serviceWorkers()[0]!;
  const seen = await waitFor(async () => {
    const managed = await sw.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { managed: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
      return c.storage.managed.get(null);
    });
    return Object.keys(managed).length > 0;
  }, 10_000);
  expect(seen, 'Chromium delivered the policy to the extension').toBe(true);
  return b;
}

async function mastodon(br: Browser, text: string): Promise<Page> {
  const page = await br.context.newPage();
  await page.goto('https://mastodon.social/home');
  await page.click('form.compose-form textarea');
  await page.keyboard.insertText(text);
  // Every draft these tests type is flagged (the agency pack's ones only with the pack).
  expect(await flaggedDraft(page)).toBe(true);
  return page;
}

afterEach(async () => {
  await b?.close();
  b = null;
  rmSync(POLICY_FILE, { force: true });
});
afterAll(() => rmSync(POLICY_FILE, { force: true }));

// Writing the policy file needs root. CI runs as root, so there these tests always run; a run
// without root reports them as skipped with the reason (and fails under CI), never silently.
test(`the managed policy tests can run: root writes ${POLICY_DIR}`, (ctx) => {
  if (isRoot) {
    mkdirSync(POLICY_DIR, { recursive: true });
    return;
  }
  if (process.env.CI) throw new Error(`CI runs as root, but this run is uid ${process.getuid?.()}: the managed policy tests cannot run`);
  ctx.skip(`not root: the managed policy tests did not run (they write ${POLICY_DIR})`);
});

describe.runIf(isRoot)('managed policy (Chromium policy file)', () => {
  test('advise: findings are shown, but Post is never held', async () => {
    const br = await start({ enforcement: 'advise' });
    const page = await mastodon(br, PARTISAN);
    expect((await netraState(page)).badge).toBe(true);
    await page.click('form.compose-form button[type="submit"]');
    expect(await waitFor(async () => (await posted(page)).length === 1)).toBe(true);
    expect((await netraState(page)).dialog).toBe(false);
  });

  test('acknowledge: Post anyway stays disabled until the acknowledgment is ticked', async () => {
    const br = await start({ enforcement: 'acknowledge', agencyName: 'BKD Sukamaju', helpdesk: 'helpdesk@sukamaju.go.id', guidelineUrl: 'https://intranet.sukamajukab.go.id/netralitas-asn' });
    const page = await mastodon(br, PARTISAN);
    await page.click('form.compose-form button[type="submit"]');
    expect(await dialogReady(page)).toBe(true);
    const a11y = await dialogA11y(page);
    expect(a11y?.text).toMatch(/helpdesk@sukamaju\.go\.id/);
    // The agency's own guidance, as the policy schema promises.
    expect(a11y?.text).toMatch(/Pedoman netralitas instansi BKD Sukamaju/);
    expect(a11y?.disabled).toEqual(['Tetap kirim']);
    // Focus starts on Edit draft; the acknowledgment box is just before it.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    expect((await dialogA11y(page))?.disabled).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await waitFor(async () => (await posted(page)).length === 1)).toBe(true);
  });

  test('block-serious: a serious finding cannot be posted through the dialog', async () => {
    const br = await start({ enforcement: 'block-serious' });
    const page = await mastodon(br, PARTISAN);
    await page.click('form.compose-form button[type="submit"]');
    expect(await dialogReady(page)).toBe(true);
    const a11y = await dialogA11y(page);
    expect(a11y?.buttons).not.toContain('Tetap kirim');
    expect(a11y?.text).toMatch(/tidak mengizinkan/);
    await page.keyboard.press('Escape');
    expect(await posted(page)).toEqual([]);
  });

  test('locked settings cannot be changed from the options page, and show who set them', async () => {
    const br = await start({ locked: ['sites', 'pause', 'rules', 'info'], agencyName: 'Pemkab Sukamaju' });
    const page = await br.context.newPage();
    await page.goto(`chrome-extension://${br.extensionId}/options.html`);
    // The site switch, listed before the engagement guard's own "Mastodon" switch.
    const box = page.getByRole('checkbox', { name: 'Mastodon' }).first();
    await expect.poll(() => box.isDisabled()).toBe(true);
    expect(await page.getByText('Diatur oleh instansi Anda (Pemkab Sukamaju).').count()).toBeGreaterThan(0);
    await box.click({ force: true });
    expect(await box.isChecked()).toBe(true);
    const popup = await br.context.newPage();
    await popup.goto(`chrome-extension://${br.extensionId}/popup.html`);
    expect(await popup.getByRole('button', { name: 'Jeda 1 jam' }).count()).toBe(0);
  });

  test("an agency pack's candidate and slogan are detected", async () => {
    const br = await start({ extraPacks: [PACK] });
    const page = await mastodon(br, 'Bismillah, Sukamaju Makin Maju bersama Pak Hendra Wiratmaja!');
    await page.click('form.compose-form button[type="submit"]');
    expect(await dialogReady(page)).toBe(true);
  });

  test('a policy change while the browser runs applies live, without reloading the page', async () => {
    const br = await start({ enforcement: 'block-serious' });
    const page = await mastodon(br, PARTISAN);
    await page.click('form.compose-form button[type="submit"]');
    expect(await dialogReady(page)).toBe(true);
    await page.keyboard.press('Escape');
    // The agency switches to advise; Chromium picks the file up on "Reload policies".
    writePolicy({ enforcement: 'advise' });
    const admin = await br.context.newPage();
    await admin.goto('chrome://policy');
    await admin.locator('#reload-policies').click();
    await admin.close();
    await page.bringToFront();
    // The page learns of the change from storage events; no sign of it shows before a press.
    // Each press is decided at once (dialog or post): until the post goes out, close the dialog
    // and press again.
    expect(
      await waitFor(async () => {
        await page.click('form.compose-form button[type="submit"]');
        await settled(page);
        if (!(await netraState(page)).dialog) return (await posted(page)).length === 1;
        await page.keyboard.press('Escape');
        return false;
      }, undefined, 200),
    ).toBe(true);
  });

  test('a typo in enforcement and a bad lock name are reported in Settings in Indonesian; the valid lock holds', async () => {
    // Both used to break the schema's enums: Chrome dropped them and Netra saw nothing at all.
    const br = await start({ enforcement: 'block', locked: ['site', 'pause'], agencyName: 'BKD Sukamaju' });
    const options = await br.context.newPage();
    await options.goto(`chrome-extension://${br.extensionId}/options.html`);
    const problems = options.getByRole('region', { name: 'Bagian kebijakan instansi yang tidak berlaku' });
    await expect.poll(() => problems.textContent(), { timeout: 20_000 }).toContain('enforcement: nilai "block" tidak dikenal, jadi mode bawaan (confirm) yang berlaku.');
    expect(await problems.textContent()).toContain('locked[0]: "site" bukan nama sakelar; yang ini diabaikan, kunci lainnya tetap berlaku.');
    // What arrived, for the administrator to verify.
    expect(await options.locator('[data-field="locked"]').textContent()).toBe('jeda');
    expect(await options.locator('[data-field="enforcement"]').textContent()).toMatch(/^Konfirmasi.*\(bawaan/);
    // The valid lock holds: the popup offers no pause.
    const popup = await br.context.newPage();
    await popup.goto(`chrome-extension://${br.extensionId}/popup.html`);
    await expect.poll(() => popup.getByRole('button').count()).toBeGreaterThan(0);
    expect(await popup.getByRole('button', { name: /^Jeda/ }).count()).toBe(0);
    // And confirm applies: the dialog, with Tetap kirim.
    const page = await mastodon(br, PARTISAN);
    await page.click('form.compose-form button[type="submit"]');
    expect(await dialogReady(page)).toBe(true);
    expect((await dialogA11y(page))?.buttons).toContain('Tetap kirim');
    expect(await posted(page)).toEqual([]);
  });

  test('an invalid policy is reported in the options page and checks keep working', async () => {
    // Chromium itself drops fields that break public/managed_schema.json (shown in chrome://policy);
    // what passes the schema but not Netra's own checks is listed in the options page.
    const br = await start({ enforcement: 'confirm', guidelineUrl: 'http://intranet/netralitas', agencyLogos: [{ name: 'Logo' }], extraPacks: ['pack: {id: "Bad Pack"}\nrules: []'] });
    const options = await br.context.newPage();
    await options.goto(`chrome-extension://${br.extensionId}/options.html`);
    await expect.poll(() => options.locator('.errors').textContent(), { timeout: 10_000 }).toMatch(/guidelineUrl/);
    expect(await options.locator('.errors').textContent()).toMatch(/agencyLogos\[0\]/);
    expect(await options.locator('.errors').textContent()).toMatch(/extraPacks\[0\]/);
    const page = await mastodon(br, PARTISAN);
    await page.click('form.compose-form button[type="submit"]');
    expect(await dialogReady(page)).toBe(true);
    expect(await posted(page)).toEqual([]);
  });
});

/** Netra's engagement confirmation offers a button of this name (its closed root, through the accessibility tree). */
async function offers(page: Page, name: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
    const { nodes } = (await cdp.send('Accessibility.queryAXTree', { nodeId: root.nodeId, accessibleName: name, role: 'button' } as never)) as { nodes: unknown[] };
    return nodes.length > 0;
  } finally {
    await cdp.detach();
  }
}

// The engagement guard under the agency's mode (src/engage/decide.ts `engageDecision`), on X's
// timeline fixture: a like of a vote call (a serious campaign target).
describe.runIf(isRoot)('managed policy: the engagement guard', () => {
  const likeCampaign = 'article[data-post="p-campaign"] [data-testid="like"]';
  const timeline = async (br: Browser) => {
    br.serve('https://x.com/', await fixtureHtml('x-engage', 'x-engage'));
    const page = await br.context.newPage();
    await page.goto('https://x.com/home');
    expect(await netraRunning(br, page.url())).toBe(true);
    return page;
  };

  test('advise: the like goes through at once, and a hint says what it was', async () => {
    const page = await timeline(await start({ enforcement: 'advise' }));
    await page.click(likeCampaign);
    expect(await waitFor(async () => (await engaged(page)).length > 0)).toBe(true);
    expect(await engaged(page)).toEqual(['like:p-campaign']);
    expect(await waitFor(async () => (await engageShown(page)).hint)).toBe(true);
    expect((await engageShown(page)).confirm).toBe(false);
  });

  test('block-serious: the like is held with no way through; Batal leaves it undone', async () => {
    const page = await timeline(await start({ enforcement: 'block-serious' }));
    await page.click(likeCampaign);
    expect(await waitFor(async () => (await engageShown(page)).confirm)).toBe(true);
    expect(await offers(page, 'Batal')).toBe(true);
    expect(await offers(page, 'Tetap lakukan')).toBe(false);
    await clickDialogButton(page, 'Batal');
    expect(await waitFor(async () => !(await engageShown(page)).confirm)).toBe(true);
    await settled(page);
    expect(await engaged(page)).toEqual([]);
  });
});
