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
 *
 * Engagement (src/page/engage.ts), from the Ember feed's class names (research notes 2.4, feed
 * automations), not yet checked on a live page:
 * - a post is div.feed-shared-update-v2 (data-urn); its text .update-components-text; its author
 *   .update-components-actor__title (no handle: actor links are /in/<id> or /company/<slug>);
 * - like is button.react-button__trigger with aria-pressed="false" ("true" once liked: undo);
 *   hovering it opens the reactions (Celebrate, Support …), which are not read yet; repost is
 *   button.social-reshare-button, which opens the Repost menu, so both kinds are held at it;
 * - follow: the actor's button.follow in a post (judged by the post), and button.follow on a
 *   company page's .org-top-card (h1.org-top-card-summary__title, .org-top-card-summary__tagline,
 *   the slug from /company/<slug>); "is-following" once followed. People's profiles are not read.
 * Test page: tests/e2e/fixtures/linkedin-engage.tsx at https://www.linkedin.com/feed/ and
 * /company/<slug>/.
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
  engage: {
    controls: [
      { selector: 'button.react-button__trigger[aria-pressed="false"]', action: 'like', on: 'post' },
      { selector: 'button.social-reshare-button', action: 'repost', on: 'post' },
      { selector: '.feed-shared-update-v2 button.follow', action: 'follow', on: 'post' },
      { selector: '.org-top-card button.follow', action: 'follow', on: 'account' },
    ],
    undo: ['button.react-button__trigger[aria-pressed="true"]', 'button.follow.is-following'],
    post: { containers: ['.feed-shared-update-v2'], text: ['.update-components-text'], name: ['.update-components-actor__title'] },
    account: { containers: ['.org-top-card'], text: ['.org-top-card-summary__tagline'], name: ['.org-top-card-summary__title'], pathHandle: { prefix: '/company/' } },
  },
});
