/**
 * The first picture of a session needs the analyser set up (Chrome's offscreen document, the
 * reader's wasm core and language data, the logo templates): seconds. Netra starts that when the
 * user opens the site's file picker, so it overlaps the time spent choosing a file. Observed
 * through the extension's own contexts: no offscreen document before the picker opens, one after,
 * while no picture has been chosen yet.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { browserFor, dialogReady, fixtureHtml, flaggedDraft, launch, netraState, offscreenDocuments, posted, waitFor } from './harness';
import { CLEAN, PARTISAN } from './platform-flows';
import { poster, rng } from '../images/generate';
import { encodeJpeg } from '../images/io';

const COMPOSER = '[data-testid="tweetTextarea_0"]';

/**
 * Type a draft as a user does and wait until Netra has checked it: a partisan draft first (its
 * badge shows the check ran), then the clean `text` in its place (the badge goes away).
 */
async function typeChecked(page: Page, text: string) {
  await page.click(COMPOSER);
  await page.keyboard.insertText(PARTISAN);
  expect(await flaggedDraft(page)).toBe(true);
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
  expect(await waitFor(async () => !(await netraState(page)).badge)).toBe(true);
}

describe('picture analyser warm-up', () => {
  const browser = browserFor('https://x.com/home', 'x');

  test('opening the file picker starts the analyser; the chosen poster is then checked', async () => {
    const page = await browser().context.newPage();
    await page.goto('https://x.com/home');
    await page.waitForSelector(COMPOSER);
    await typeChecked(page, CLEAN);
    expect(await offscreenDocuments(browser())).toBe(0);

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[aria-label="Tambahkan foto atau video"]')]);
    // Nothing chosen yet, and the analyser is on its way.
    expect(await waitFor(async () => (await offscreenDocuments(browser())) === 1, 10_000, 100)).toBe(true);

    await chooser.setFiles({ name: 'poster.jpg', mimeType: 'image/jpeg', buffer: encodeJpeg(poster(rng(41), ['AYO COBLOS', 'NOMOR 2'], { width: 1080, height: 1350, quality: 90 }), 90) });
    await page.click('[data-testid="tweetButtonInline"]');
    expect(await dialogReady(page, 30_000)).toBe(true);
    expect(await posted(page)).toEqual([]);
    await page.close();
  });

  test('typing alone never starts it', async () => {
    const fresh = await launch();
    try {
      fresh.serve('https://x.com/', await fixtureHtml('x', 'x'));
      const page = await fresh.context.newPage();
      await page.goto('https://x.com/home');
      await page.waitForSelector(COMPOSER);
      await typeChecked(page, CLEAN);
      expect(await offscreenDocuments(fresh)).toBe(0);
    } finally {
      await fresh.close();
    }
  });

  test('the extension requested nothing from the network', () => {
    expect(browser().stray).toEqual([]);
  });
});
