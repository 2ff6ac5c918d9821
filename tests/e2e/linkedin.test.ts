import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { dialogReady, fixtureHtml, highlighted, launch, netraState, netraView, posted, waitFor, type Browser } from './harness';
import { loadRules, shippedRules } from '../../src/build/load-rules';
import { createEngine } from '../../src/engine/engine';
import { PARTISAN, platformFlows } from './platform-flows';

// The post box: Quill 1 inside #interop-outlet's open shadow root (Playwright's CSS pierces it).
platformFlows({
  id: 'linkedin',
  url: 'https://www.linkedin.com/feed/',
  fixture: 'linkedin',
  composer: '.ql-editor[contenteditable="true"]',
  submit: 'button.share-actions__primary-action',
  key: null,
  open: async (page: Page) => {
    if (!(await page.$('.ql-editor'))) await page.click('button.share-box-feed-entry__trigger');
  },
});

// A comment box of the React UI (TipTap) on the same feed page.
platformFlows({
  id: 'linkedin-comment',
  url: 'https://www.linkedin.com/feed/',
  fixture: 'linkedin',
  composer: '[componentkey^="commentBox-"] .tiptap.ProseMirror[role="textbox"]',
  submit: '[componentkey*="commentButtonSection"] button',
  key: null,
});

// What the shared flows do not look at, and the shadow root makes hard: the ::highlight styles
// reach into it, hovering a highlight shows its message, and Edit puts the caret back.
describe('linkedin: the post box inside #interop-outlet', () => {
  const fullEngine = createEngine(shippedRules(loadRules()));
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
    b.serve('https://www.linkedin.com/', await fixtureHtml('linkedin', 'linkedin'));
  });
  afterAll(async () => {
    await b?.close();
  });

  test('marks are drawn over the editor in its shadow root, with nothing added to the page, hover shows the message, Edit restores the caret', async () => {
    const page = await b.context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    await page.click('button.share-box-feed-entry__trigger');
    await page.click('.ql-editor');
    await page.keyboard.insertText(PARTISAN);
    expect(await waitFor(async () => /coblos/.test((await highlighted(page)).join(' ')))).toBe(true);
    // Netra's marks live in its own closed root: the site's shadow root gets no stylesheet.
    const adopted = await page.evaluate(() => document.querySelector('#interop-outlet')!.shadowRoot!.adoptedStyleSheets.length + document.adoptedStyleSheets.length);
    expect(adopted).toBe(0);

    // Hover the middle of "coblos".
    const at = await page.locator('.ql-editor').evaluate((el) => {
      const t = el.querySelector('p')!.firstChild as Text;
      const i = t.data.indexOf('coblos');
      const r = document.createRange();
      r.setStart(t, i + 2);
      r.setEnd(t, i + 3);
      const box = r.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    await page.mouse.move(at.x, at.y);
    await page.mouse.move(at.x + 1, at.y);
    expect(await waitFor(async () => (await netraState(page)).tooltip)).toBe(true);
    // The rule's own message, which the page asked of the background (the content script carries none).
    const hovered = PARTISAN.indexOf('coblos') + 2;
    const messages = fullEngine.check(PARTISAN, { lang: 'id' }).filter((f) => f.start <= hovered && hovered < f.end).map((f) => f.message);
    expect(messages.length).toBeGreaterThan(0);
    expect(
      await waitFor(async () => {
        const { tooltip } = await netraView(page);
        return messages.some((m) => tooltip.includes(m));
      }),
    ).toBe(true);

    // Caret after "Besok", then Post, then Edit: typing lands where the caret was.
    await page.locator('.ql-editor').evaluate((el) => {
      const r = document.createRange();
      r.setStart(el.querySelector('p')!.firstChild!, 5);
      const s = getSelection()!;
      s.removeAllRanges();
      s.addRange(r);
    });
    await page.click('button.share-actions__primary-action');
    expect(await dialogReady(page)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await waitFor(async () => !(await netraState(page)).dialog)).toBe(true);
    await page.keyboard.insertText('X');
    expect(await page.locator('.ql-editor').innerText()).toMatch(/^BesokX jangan/);
    expect(await posted(page)).toEqual([]);
    await page.close();
  });
});
