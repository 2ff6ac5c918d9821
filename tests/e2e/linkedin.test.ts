import type { Page } from 'playwright-core';
import { platformFlows } from './platform-flows';

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
