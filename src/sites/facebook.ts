/**
 * Facebook: every composer is Lexical (data-lexical-editor on a div[role="textbox"]). The post
 * composer sits in the "Create post" div[role="dialog"] (inside a form[method="POST"]) and is posted by a div[role="button"]
 * labelled "Posting"/"Post" (not a <button>; Enter in the box is a new line). Comment boxes are
 * the same editor inside form[role="presentation"]: Enter sends, Shift+Enter is a new line, and
 * the arrow is a div[role="button"] in #focused-state-composer-submit.
 * Sources: shared/research/platforms.md §2.2 and §4.6 (tang-vu DOM_SELECTORS.md 2026-02,
 * Maskbook pasteTextToComposition.ts 2024-10, Harper's Lexical detection, comment automations;
 * posting bots that use `form[method="POST"] div[aria-label="Post"]`).
 * Unverified: the Indonesian comment-button labels (the container id is matched first).
 *
 * Test pages: tests/e2e/fixtures/facebook.tsx, served at https://www.facebook.com/ (post dialog)
 * and https://web.facebook.com/ (comments).
 * Real composer: https://www.facebook.com/ ("Apa yang Anda pikirkan?"), comments under any post.
 */
import { defineSite } from './types';

const COMMENT_FORM = 'form[role="presentation"]';

export default defineSite({
  id: 'facebook',
  name: 'Facebook',
  hosts: ['www.facebook.com', 'web.facebook.com'],
  composers: ['div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]', 'div[role="presentation"] .notranslate[role="textbox"][contenteditable="true"]'],
  submits: [
    '#focused-state-composer-submit [role="button"]',
    '#focused-state-composer-submit[role="button"]',
    'div[role="dialog"] div[role="button"][aria-label="Posting"]',
    'div[role="dialog"] div[role="button"][aria-label="Post"]',
    'form[method="POST"] div[role="button"][aria-label="Posting"]',
    'form[method="POST"] div[role="button"][aria-label="Post"]',
    `${COMMENT_FORM} div[role="button"][aria-label="Komentari"]`,
    `${COMMENT_FORM} div[role="button"][aria-label="Kirim komentar"]`,
    `${COMMENT_FORM} div[role="button"][aria-label="Comment"]`,
    `${COMMENT_FORM} div[role="button"][aria-label="Post comment"]`,
  ],
  // The nearest one wins: a comment form inside a post's dialog bounds the comment, not the dialog.
  scopes: [COMMENT_FORM, 'div[role="dialog"]'],
  keys: { enter: (el) => el.closest(COMMENT_FORM) !== null },
  editor: 'lexical',
  // Attachments show as blob: previews: in the "Create post" dialog (platforms.md §2.2, §4.3),
  // and under a comment box once a photo is added with its camera icon (inferred: same app,
  // same upload path). Only blob: URLs: the post viewer dialog also shows the post's own
  // pictures, which are CDN URLs and not the user's attachment.
  pictures: { previews: ['div[role="dialog"] img[src^="blob:"]', `${COMMENT_FORM} img[src^="blob:"]`] },
});
