/**
 * Profile edits (issue 15, point 6) on X's "Edit profile" modal: the display name and the bio
 * are checked like drafts and a campaign one is held at Save; clean ones save at once. (The new
 * avatar goes through the picture check: tests/e2e/images.test.ts, where the picture reader is
 * already warm.) One browser; the fixture records what Save stored in window.__posted.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { netraRunning } from './engage-flows';
import { browserFor, dialogReady, flaggedDraft, netraState, posted, settled, waitFor } from './harness';

const NAME = '[role="dialog"] input[name="displayName"]';
const BIO = '[role="dialog"] textarea[name="description"]';
const SAVE = '[data-testid="Profile_Save_Button"]';

describe('x: the Edit profile modal', () => {
  const b = browserFor('https://x.com/settings/profile', 'x');
  const open = async () => {
    const page = await b().context.newPage();
    await page.goto('https://x.com/settings/profile');
    expect(await netraRunning(b(), page.url())).toBe(true);
    return page;
  };
  const write = async (page: Page, field: string, text: string) => {
    await page.fill(field, '');
    await page.click(field);
    await page.keyboard.insertText(text);
  };
  const held = async (page: Page) => {
    expect(await flaggedDraft(page)).toBe(true);
    await page.click(SAVE);
    expect(await dialogReady(page)).toBe(true);
    await settled(page);
    expect(await posted(page)).toEqual([]);
  };

  test('a campaign hashtag in the display name: marked, and Save is held', async () => {
    const page = await open();
    await write(page, NAME, 'Rina #PrabowoGibran2024');
    await held(page);
    await page.close();
  });

  test('a vote call in the bio: Save is held even when the name was edited last', async () => {
    const page = await open();
    await write(page, BIO, 'Relawan Pak Hendra. Ayo coblos nomor 2!');
    expect(await flaggedDraft(page)).toBe(true);
    await write(page, NAME, 'Rina L.');
    await held(page);
    await page.close();
  });

  test('a plain name and bio: saved at once, nothing shown; no network requests', async () => {
    const page = await open();
    await write(page, BIO, 'ASN Dinas Kesehatan. Suka bersepeda.');
    await page.click(SAVE);
    expect(await waitFor(async () => (await posted(page)).length > 0)).toBe(true);
    expect(await posted(page)).toEqual(['profile:Rina Lestari|ASN Dinas Kesehatan. Suka bersepeda.']);
    expect(await netraState(page)).toMatchObject({ dialog: false, badge: false });
    await page.close();
    expect(b().stray).toEqual([]);
  });
});
