/**
 * Replies read with the post they answer (issue 15, point 5): a short cheer typed in the reply
 * box under a campaign post is flagged and held on send; the same words under neutral news, and
 * a questioning reply under the campaign post, go out at once with no badge. One browser per
 * platform; the fixtures pick the answered post's text from the URL.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { netraRunning } from './engage-flows';
import { browserFor, dialogReady, flaggedDraft, highlighted, netraState, posted, settled, waitFor } from './harness';

interface ReplySpec {
  id: string;
  fixture: string;
  /** A reply box under a campaign post, and one under neutral news. */
  campaignUrl: string;
  neutralUrl: string;
  composer: string;
  send(page: Page): Promise<void>;
}

const CHEER = 'Lanjutkan, Pak!';

function replyFlows(spec: ReplySpec) {
  describe(`${spec.id}: a reply read with the post it answers`, () => {
    const b = browserFor(spec.campaignUrl, spec.fixture);
    const open = async (url: string) => {
      const page = await b().context.newPage();
      await page.goto(url);
      expect(await netraRunning(b(), page.url())).toBe(true);
      await page.click(spec.composer);
      return page;
    };
    /** The reply goes out at once: the app posts it, and Netra shows nothing. */
    const goesOut = async (page: Page, text: string) => {
      await page.keyboard.insertText(text);
      await spec.send(page);
      expect(await waitFor(async () => (await posted(page)).length > 0)).toBe(true);
      await settled(page);
      expect(await posted(page)).toEqual([text]);
      expect(await netraState(page)).toMatchObject({ dialog: false, badge: false });
    };

    test(`"${CHEER}" under a campaign post: marked, and held on send`, async () => {
      const page = await open(spec.campaignUrl);
      await page.keyboard.insertText(CHEER);
      expect(await flaggedDraft(page)).toBe(true);
      expect(await highlighted(page)).toEqual([CHEER]);
      await spec.send(page);
      expect(await dialogReady(page)).toBe(true);
      await settled(page);
      expect(await posted(page)).toEqual([]);
      await page.close();
    });

    test(`"${CHEER}" under neutral news: sent at once, no badge`, async () => {
      const page = await open(spec.neutralUrl);
      await goesOut(page, CHEER);
      await page.close();
    });

    test('a question under the campaign post: sent at once; no network requests', async () => {
      const page = await open(spec.campaignUrl);
      await goesOut(page, 'Sumbernya dari mana, Pak?');
      await page.close();
      expect(b().stray).toEqual([]);
    });
  });
}

replyFlows({
  id: 'x',
  fixture: 'x',
  campaignUrl: 'https://x.com/dimas_arya88/status/1700000000000000001',
  neutralUrl: 'https://x.com/kabarharian_id/status/1700000000000000002',
  composer: '[data-testid="tweetTextarea_0"]',
  send: (page) => page.click('[data-testid="tweetButtonInline"]'),
});

replyFlows({
  id: 'facebook',
  fixture: 'facebook',
  campaignUrl: 'https://web.facebook.com/timhendra/posts/pfbid0Kampanye',
  neutralUrl: 'https://web.facebook.com/kabarharian/posts/pfbid0Berita',
  composer: 'form[role="presentation"] [role="textbox"]',
  send: (page) => page.keyboard.press('Enter'),
});
