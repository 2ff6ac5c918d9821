import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dialogReady, fixtureHtml, flaggedDraft, launch, posted, settled, waitFor, type Browser } from './harness';
import { CLEAN, PARTISAN, platformFlows } from './platform-flows';

const COMPOSER = 'div[role="dialog"] div[role="textbox"][data-lexical-editor="true"]';
// The Post button has no aria-label: the test finds it by its text, as Netra does.
const POST = 'div[role="dialog"] div[role="button"]:has-text("Posting")';

// Threads has no known posting shortcut: a keyboard user presses Enter on the focused Post button.
platformFlows({
  id: 'threads',
  url: 'https://www.threads.com/',
  fixture: 'threads',
  composer: COMPOSER,
  submit: POST,
  key: 'Enter',
  keyOn: 'submit',
  open: (page) => page.click('text=Apa yang baru?'),
});

describe('threads: one Post button publishes every box of the thread', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
    b.serve('https://www.threads.net/', await fixtureHtml('threads', 'threads'));
  });
  afterAll(async () => {
    await b?.close();
  });

  for (let round = 1; round <= 2; round++) {
    test(`round ${round}: a partisan second post blocks Post even when the user is back in a clean first one`, async () => {
      const page = await b.context.newPage();
      await page.goto('https://www.threads.net/');
      await page.click('text=Apa yang baru?');
      const boxes = page.locator(COMPOSER);
      await boxes.first().click();
      await page.keyboard.insertText(CLEAN);
      await page.click('text=Tambahkan ke utas');
      await boxes.nth(1).click();
      await page.keyboard.insertText(PARTISAN);
      expect(await flaggedDraft(page)).toBe(true);
      await boxes.first().click();
      // Back in the clean first box: focus has moved there before Post is pressed.
      expect(await waitFor(() => boxes.first().evaluate((el) => el === document.activeElement || el.contains(document.activeElement)))).toBe(true);

      await page.click(POST);
      expect(await dialogReady(page)).toBe(true);
      expect(await posted(page)).toEqual([]);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await waitFor(async () => (await posted(page)).length >= 2)).toBe(true);
      await settled(page); // a second send caused by the first would be out by now
      expect(await posted(page)).toEqual([CLEAN, PARTISAN]);
      await page.close();
    });
  }

  test('the extension requested nothing from the network', () => {
    expect(b.stray).toEqual([]);
  });
});
