import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureHtml, highlighted, launch, netraState, posted, screenshot, waitFor, type Browser } from './harness';
import { CLEAN, PARTISAN, platformFlows } from './platform-flows';

// The inline box at the top of the home timeline.
platformFlows({
  id: 'x',
  url: 'https://x.com/home',
  fixture: 'x',
  composer: '[data-testid="tweetTextarea_0"]',
  submit: '[data-testid="tweetButtonInline"]',
  key: 'Control+Enter',
});

// The /compose/post modal over the home timeline (whose inline box is still in the page behind
// it): it closes after posting and is opened again from the sidebar.
const openModal = async (page: Page) => {
  if (!(await page.$('[role="dialog"]'))) await page.click('[data-testid="SideNav_NewTweet_Button"]');
};
platformFlows({
  id: 'x-modal',
  url: 'https://x.com/compose/post',
  fixture: 'x',
  composer: '[role="dialog"] [data-testid="tweetTextarea_0"]',
  submit: '[role="dialog"] [data-testid="tweetButton"]',
  key: 'Control+Enter',
  open: openModal,
});

// The inline reply box under a post.
platformFlows({
  id: 'x-reply',
  url: 'https://x.com/pemkab_sleman/status/1834567890123456789',
  fixture: 'x',
  composer: '[data-testid="tweetTextarea_0"]',
  submit: '[data-testid="tweetButtonInline"]',
  key: 'Control+Enter',
});

// "Post all" sends every post of a thread: a flagged post blocks it even when the user last
// typed in a clean one, by click and by Ctrl+Enter. The second post is typed key by key, so
// Draft's own keystroke path (keydown, beforeinput from textInput) is covered as well.
describe('x: a thread in the compose modal', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
    b.serve('https://x.com/', await fixtureHtml('x', 'x'));
  });
  afterAll(async () => {
    await b?.close();
  });

  const box = (i: number) => `[role="dialog"] [data-testid="tweetTextarea_${i}"]`;
  const button = '[role="dialog"] [data-testid="tweetButton"]';

  const thread = async () => {
    const page = await b.context.newPage();
    await page.goto('https://x.com/compose/post');
    await page.click(box(0));
    await page.keyboard.insertText(PARTISAN);
    await page.click('[role="dialog"] [data-testid="addButton"]');
    await page.click(box(1));
    await page.keyboard.type(CLEAN, { delay: 5 });
    await page.waitForTimeout(350);
    return page;
  };

  for (let round = 1; round <= 2; round++) {
    test(`round ${round}: Post all is blocked for a flagged first post, and Post anyway sends the whole thread once`, async () => {
      const page = await thread();
      expect(await waitFor(async () => /coblos nomor 2/i.test((await highlighted(page)).join(' ')))).toBe(true);
      expect(await page.locator(button).innerText()).toMatch(/semua/i);
      await page.click(button);
      expect(await waitFor(async () => (await netraState(page)).dialog)).toBe(true);
      expect(await posted(page)).toEqual([]);
      if (round === 1) await screenshot(page, 'x-thread-dialog');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await waitFor(async () => (await posted(page)).length > 0)).toBe(true);
      await page.waitForTimeout(1700);
      expect(await posted(page)).toEqual([PARTISAN, CLEAN]);
      await page.close();
    });

    test(`round ${round}: Ctrl+Enter in the clean post of a flagged thread is intercepted`, async () => {
      const page = await thread();
      await page.keyboard.press('Control+Enter');
      expect(await waitFor(async () => (await netraState(page)).dialog)).toBe(true);
      expect(await posted(page)).toEqual([]);
      await page.keyboard.press('Escape');
      expect(await waitFor(async () => !(await netraState(page)).dialog)).toBe(true);
      expect(await posted(page)).toEqual([]);
      await page.close();
    });
  }

  test('the extension requested nothing from the network', () => {
    expect(b.stray).toEqual([]);
  });
});
