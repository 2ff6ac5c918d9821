import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureHtml, highlighted, launch, netraState, posted, type Browser } from './harness';
import { PARTISAN, platformFlows } from './platform-flows';

const CHAT = 'footer div[role="textbox"][data-lexical-editor="true"]';

// The chat box: Enter sends (Lexical's KEY_ENTER_COMMAND), or the send button while there is text.
platformFlows({
  id: 'whatsapp',
  url: 'https://web.whatsapp.com/',
  fixture: 'whatsapp',
  composer: CHAT,
  submit: 'footer button[aria-label="Kirim"]',
  key: 'Enter',
});

// Text status: the send control is a div[role="button"] around span[data-icon="send"].
platformFlows({
  id: 'whatsapp-status',
  url: 'https://web.whatsapp.com/',
  fixture: 'whatsapp',
  composer: 'div[role="textbox"][aria-label="Ketik status"]',
  submit: '[role="button"][aria-label="Kirim"]',
  key: 'Enter',
  keyOn: 'submit',
  open: (page) => page.click('[aria-label="Status"]'),
});

describe('whatsapp: Enter, Shift+Enter and the search box', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
    b.serve('https://web.whatsapp.com/', await fixtureHtml('whatsapp', 'whatsapp'));
  });
  afterAll(async () => {
    await b?.close();
  });

  for (let round = 1; round <= 2; round++) {
    test(`round ${round}: Enter on a partisan message, then Post anyway, sends it once through the send button`, async () => {
      const page = await b.context.newPage();
      const warnings: string[] = [];
      page.on('console', (m) => m.text().includes('[Netra]') && warnings.push(m.text()));
      await page.goto('https://web.whatsapp.com/');
      await page.click(CHAT);
      await page.keyboard.insertText('Pagi semua.');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.insertText(PARTISAN);
      await page.waitForTimeout(350);
      // Shift+Enter was a new line, not a send, and Netra let it through.
      expect(await posted(page)).toEqual([]);
      expect((await netraState(page)).dialog).toBe(false);
      // The first check also builds the engine, which takes longer on a loaded machine.
      await expect.poll(async () => (await highlighted(page)).join(' '), { timeout: 5000 }).toMatch(/coblos nomor 2/);
      expect((await netraState(page)).badge).toBe(true);

      await page.keyboard.press('Enter');
      await expect.poll(async () => (await netraState(page)).dialog, { timeout: 5000 }).toBe(true);
      expect(await posted(page)).toEqual([]);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => posted(page), { timeout: 5000 }).toEqual([`Pagi semua.\n${PARTISAN}`]);
      await page.waitForTimeout(1700);
      expect(await posted(page)).toEqual([`Pagi semua.\n${PARTISAN}`]);
      expect((await netraState(page)).toast).toBe(false);
      // The send button only exists while the box holds text: no false "site changed" report.
      expect(warnings).toEqual([]);
      await page.close();
    });
  }

  test('the chat-list search box is not a composer', async () => {
    const page = await b.context.newPage();
    await page.goto('https://web.whatsapp.com/');
    await page.click('div[data-tab="3"]');
    await page.keyboard.insertText(PARTISAN);
    await page.waitForTimeout(1000); // well past the debounced check a composer would get
    expect((await netraState(page)).badge).toBe(false);
    expect(await highlighted(page)).toEqual([]);
    await page.keyboard.press('Enter');
    expect((await netraState(page)).dialog).toBe(false);
    await page.close();
  });

  test('the extension requested nothing from the network', () => {
    expect(b.stray).toEqual([]);
  });
});
