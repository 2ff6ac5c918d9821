import type { Page } from 'playwright-core';
import { platformFlows } from './platform-flows';

platformFlows({
  id: 'bluesky',
  url: 'https://bsky.app/',
  fixture: 'bluesky',
  composer: '.ProseMirror[contenteditable="true"]',
  submit: '[data-testid="composerPublishBtn"]',
  key: 'Control+Enter',
  // "New Post" opens the composer dialog; publishing closes it.
  open: async (page: Page) => {
    if (!(await page.$('.ProseMirror'))) await page.click('[data-testid="composeFAB"]');
  },
});
