/**
 * X / Twitter: Draft.js (X's fork) on desktop. The editable is Draft's .public-DraftEditor-content
 * carrying data-testid="tweetTextarea_N" (N = 0, 1, … for the posts of a thread) and
 * role="textbox"; the non-editable wrappers tweetTextarea_N_label and
 * tweetTextarea_NRichTextInputContainer share the prefix, hence [contenteditable="true"]. The
 * narrow layout uses a <textarea> under the same test-id prefix. Posting is a click on
 * tweetButtonInline (home box, inline reply) or tweetButton (the /compose/post modal and the reply
 * modal, "Post all" for threads), or Ctrl/Cmd+Enter in the editor. The toolBar holding the button
 * is a sibling subtree of the editor, so the inline box is bounded by the nearest ancestor that
 * holds both; the modal is bounded by its role="dialog".
 * Sources: shared/research/platforms.md §2.1 and §4.6 (control-panel-for-twitter, tang-vu
 * DOM_SELECTORS.md 2026-02, Maskbook, Harper #2596).
 *
 * Test pages: tests/e2e/fixtures/x.tsx, served at https://x.com/home, https://x.com/compose/post
 * and https://x.com/<user>/status/<id>.
 * Real composers: https://x.com/home (top of the timeline), https://x.com/compose/post (also the
 * sidebar "Post" button, with "Add post" for threads), the reply box under any post.
 */
import { defineSite } from './types';

export default defineSite({
  id: 'x',
  name: 'X',
  hosts: ['x.com', 'twitter.com'],
  composers: [
    '[data-testid^="tweetTextarea_"][contenteditable="true"]',
    '[data-testid^="tweetTextarea_"] .public-DraftEditor-content[contenteditable="true"]',
    'main [data-testid^="tweetTextarea"] textarea',
  ],
  submits: ['button[data-testid="tweetButtonInline"]', 'button[data-testid="tweetButton"]'],
  scopes: ['[role="dialog"]'],
  keys: { modEnter: true },
  editor: (el) => (el instanceof HTMLTextAreaElement ? 'textarea' : 'draftjs'),
  // Attached media show as blob: previews under the editor (platforms.md §4.3).
  pictures: { previews: ['[data-testid="attachments"] img'] },
});
