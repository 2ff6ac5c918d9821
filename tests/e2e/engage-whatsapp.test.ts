import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { engaged, engageShown, netraRunning } from './engage-flows';
import { browserFor, clickDialogButton, settled, waitFor } from './harness';

// An invitation dialog appears only after the invite link is clicked, so the shared flows
// (which press a control on a loaded page) are written out here.
describe('whatsapp: joining a group from an invite link', () => {
  const b = browserFor('https://web.whatsapp.com/', 'whatsapp-engage');
  const open = async () => {
    const page = await b().context.newPage();
    await page.goto('https://web.whatsapp.com/');
    expect(await netraRunning(b(), page.url())).toBe(true);
    return page;
  };
  const join = async (page: Page, code: string) => {
    await page.click(`a[data-invite="${code}"]`);
    await page.click('button.wa-join');
  };

  test('a winning team\'s group: held; Batal leaves it; Tetap lakukan joins once', async () => {
    const page = await open();
    await join(page, 'K4mp4nyeRatna');
    expect(await waitFor(async () => (await engageShown(page)).confirm)).toBe(true);
    await clickDialogButton(page, 'Batal');
    expect(await waitFor(async () => !(await engageShown(page)).confirm)).toBe(true);
    await settled(page);
    expect(await engaged(page)).toEqual([]);
    await page.click('button.wa-join');
    expect(await waitFor(async () => (await engageShown(page)).confirm)).toBe(true);
    await clickDialogButton(page, 'Tetap lakukan');
    expect(await waitFor(async () => (await engaged(page)).length > 0)).toBe(true);
    await settled(page);
    expect(await engaged(page)).toEqual(['join:K4mp4nyeRatna']);
    await page.close();
  });

  test('an office group: joined at once, no UI; no network requests', async () => {
    const page = await open();
    await join(page, 'InfoKantor01');
    expect(await waitFor(async () => (await engaged(page)).length > 0)).toBe(true);
    await settled(page);
    expect(await engaged(page)).toEqual(['join:InfoKantor01']);
    expect(await engageShown(page)).toEqual({ confirm: false, hint: false });
    expect(b().stray).toEqual([]);
    await page.close();
  });
});
