import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { afterNetraTimer, dialogReady, fixtureHtml, flaggedDraft, highlighted, launch, netraState, netraView, posted, settled, waitFor, type Browser } from './harness';
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
      expect(await flaggedDraft(page)).toBe(true);
      expect(await waitFor(async () => /coblos nomor 2/.test((await highlighted(page)).join(' ')))).toBe(true);
      // Shift+Enter was a new line, not a send, and Netra let it through.
      expect(await posted(page)).toEqual([]);
      expect((await netraState(page)).dialog).toBe(false);
      // Netra looks for the send button a second after the first key; it is there while the box
      // holds text. Posting before that would make the look come too late.
      await afterNetraTimer(page, 1000);

      await page.keyboard.press('Enter');
      expect(await dialogReady(page)).toBe(true);
      expect(await posted(page)).toEqual([]);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await waitFor(async () => (await posted(page)).length > 0)).toBe(true);
      // Once the bypass window has closed, Netra would ask to press again if the draft had stayed.
      await afterNetraTimer(page, 1500);
      await settled(page);
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
    // The same draft typed afterwards in the chat box is flagged: a check the search box would
    // have had, had it been a composer, was due before that one.
    await page.click(CHAT);
    await page.keyboard.insertText(PARTISAN);
    expect(await flaggedDraft(page)).toBe(true);
    // One composer marked and badged: the chat box, not the search box.
    const marks = async () => {
      const { layers } = await netraView(page);
      return { marked: layers.filter((l) => l.startsWith('marks-')).length, badges: layers.filter((l) => l.startsWith('badge-')).length };
    };
    expect(await marks()).toEqual({ marked: 1, badges: 1 });
    await page.click('div[data-tab="3"]');
    await page.keyboard.press('Enter');
    await settled(page);
    expect((await netraState(page)).dialog).toBe(false);
    await page.close();
  });

  test('the extension requested nothing from the network', () => {
    expect(b.stray).toEqual([]);
  });
});
