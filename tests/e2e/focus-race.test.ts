/**
 * Keyboard posting right after typing, on the Lexical fixtures whose Post is a div[role="button"]
 * activated by Enter (Facebook's post dialog, Threads). On a loaded machine Chromium may deliver
 * the typing's `selectionchange` after a test has moved the focus to Post; Lexical then commits
 * the selection and takes the focus back, and the Enter becomes a line break in the draft, with
 * or without Netra. That is what failed "a clean draft submits immediately, by click and by key"
 * in CI. Here the steps are overlapped on purpose (one DevTools session, commands sent without
 * waiting); waiting for the typing's `selectionchange` (`typedAndSettled`) and then `focusHeld`
 * must still put the key on Post: the draft posts once, as typed.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureHtml, focusHeld, launch, posted, typedAndSettled, waitFor, type Browser } from './harness';
import { CLEAN } from './platform-flows';

const COMPOSER = 'div[role="dialog"] div[role="textbox"][data-lexical-editor="true"]';
const SITES = [
  { id: 'facebook', url: 'https://www.facebook.com/', post: 'div[role="dialog"] div[role="button"][aria-label="Posting"]', open: (p: Page) => p.click('text=Apa yang Anda pikirkan, Rina?') },
  { id: 'threads', url: 'https://www.threads.com/', post: 'div[role="dialog"] div[role="button"]:has-text("Posting")', open: (p: Page) => p.click('text=Apa yang baru?') },
];
/** Each overlap loses the focus most of the time, not always: a few rounds make a miss certain to show. */
const ROUNDS = 3;

describe('Enter on Post while the editor is still taking in the typing', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
    for (const s of SITES) b.serve(s.url, await fixtureHtml(s.id, s.id));
  });
  afterAll(async () => {
    await b?.close();
  });

  for (const site of SITES) {
    test(`${site.id}: the clean draft posts once, as typed`, async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const page = await b.context.newPage();
        await page.goto(site.url);
        await site.open(page);
        await page.waitForSelector(COMPOSER);
        const box = (await page.locator(COMPOSER).boundingBox())!;
        const at = { x: box.x + box.width / 2, y: box.y + box.height / 2, button: 'left' as const, clickCount: 1 };
        await page.locator(site.post).evaluate((el) => el.setAttribute('data-test-post', ''));
        const cdp = await page.context().newCDPSession(page);
        // Click into the box, type, move the focus to Post: on one session, sent at once, so the
        // focus runs before the editor is done with the click and the text, as a busy renderer
        // may run a test's sequential steps. Pressing Enter now would add a line break instead.
        await typedAndSettled(page, COMPOSER, CLEAN.slice(-12), () =>
          Promise.all([
            cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...at }),
            cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at }),
            cdp.send('Input.insertText', { text: CLEAN }),
            cdp.send('Runtime.evaluate', { expression: `document.querySelector('[data-test-post]').focus()` }),
          ]),
        );
        await cdp.detach();
        expect(await focusHeld(page, site.post)).toBe(true);
        await page.keyboard.press('Enter');
        expect(await waitFor(async () => (await posted(page)).length > 0)).toBe(true);
        expect(await posted(page)).toEqual([CLEAN]);
        await page.close();
      }
    });
  }

  test('the extension requested nothing from the network', () => {
    expect(b.stray).toEqual([]);
  });
});
