/**
 * LinkedIn (www.linkedin.com) runs two front-ends side by side (research notes 2.4):
 * - the post box: Quill 1 `.ql-editor`, rendered INSIDE the open shadow root of
 *   div#interop-outlet (data-testid="interop-shadowdom"), with button.share-actions__primary-action
 *   in the same shadow tree: document.querySelector cannot see either;
 * - comments: Quill 1 in the Ember UI (.comments-comment-box__form, submit
 *   button.comments-comment-box__submit-button--cr), TipTap `.tiptap.ProseMirror[role=textbox]` in
 *   the React UI (container [componentkey^="commentBox-"], submit under
 *   [componentkey*="commentButtonSection"]).
 * No keyboard shortcut posts here as far as the research found, so keys are left to the site.
 *
 * Test pages: tests/e2e/fixtures/linkedin.tsx, served at https://www.linkedin.com/feed/
 * Real composer: https://www.linkedin.com/feed/ ("Start a post"), and "Comment" under any post.
 */
import { defineSite } from './types';

export default defineSite({
  id: 'linkedin',
  name: 'LinkedIn',
  hosts: ['www.linkedin.com'],
  composers: ['.ql-editor[contenteditable="true"]', '.tiptap.ProseMirror[contenteditable="true"][role="textbox"]'],
  submits: [
    'button.share-actions__primary-action',
    'button[class*="comments-comment-box__submit-button"]',
    'button[componentkey*="commentButtonSection"]',
    '[componentkey*="commentButtonSection"] button',
  ],
  scopes: ['.comments-comment-box__form', '[componentkey^="commentBox-"]'],
  shadowHosts: ['#interop-outlet'],
  keys: {},
  editor: (el) => (el.classList.contains('ql-editor') ? 'quill' : 'prosemirror'),
  // "Add media" in the share box puts the chosen photo back in the box as a blob: preview,
  // inside the same shadow root (read there: previews are looked up through shadowHosts), and a
  // comment's photo shows in its comment box. No container of the preview is documented, so it
  // is known by its local URL alone; the lookup is bounded by the composer's own box anyway.
  pictures: { previews: ['img[src^="blob:"]'] },
});
