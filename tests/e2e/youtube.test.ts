import type { Page } from 'playwright-core';
import { platformFlows } from './platform-flows';

const TOP = 'ytd-comments-header-renderer ytd-commentbox';

// The top-level comment box; a reply box is open on the same page, so scoping is exercised too.
platformFlows({
  id: 'youtube',
  url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  fixture: 'youtube',
  composer: `${TOP} #contenteditable-root`,
  submit: `${TOP} #submit-button button`,
  key: 'Control+Enter',
  // "Add a comment…" turns into the commentbox when clicked, and back after posting.
  open: async (page: Page) => {
    if (await page.$('#placeholder-area')) await page.click('#placeholder-area');
  },
});
