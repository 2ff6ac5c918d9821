/**
 * YouTube (www.youtube.com): comments, replies and community posts all use ytd-commentbox, a
 * Polymer element in the light DOM whose editable is a plain contenteditable
 * div#contenteditable-root, with its submit button in #submit-button (aria-label "Comment" or
 * "Reply"; disabled while empty). Community posts wrap the same ytd-commentbox in
 * ytd-backstage-post-dialog-renderer, which also holds a hidden 0x0 #submit-button of its own, so
 * the scope is the commentbox, not the dialog. Ctrl+Enter submits (research notes 2.7, unverified
 * there). Emoji are <img alt> and are read as their alt text.
 *
 * Test pages: tests/e2e/fixtures/youtube.tsx, served at https://www.youtube.com/watch?v=dQw4w9WgXcQ
 * Real composer: under any video ("Add a comment…"), "Reply" on a comment, and a channel's
 * Community tab ("Create post").
 *
 * Engagement (src/page/engage.ts), on the watch page. Relied on (YouTube's custom elements,
 * which are stable names, unlike its classes):
 * - the video's metadata is ytd-watch-metadata: the title in its h1, the description in
 *   #description (ytd-text-inline-expander), the channel in ytd-channel-name, whose link goes
 *   to /@handle;
 * - Like is the button in like-button-view-model (or #segmented-like-button) with
 *   aria-pressed="false", "true" once liked; Share is the actions' button labelled
 *   "Share"/"Bagikan";
 * - Subscribe is the button in ytd-subscribe-button-renderer, which carries the `subscribed`
 *   attribute once subscribed (then the button opens the unsubscribe menu).
 * Unverified: the Indonesian Share label. Not covered: channel pages (/@handle) and Shorts.
 * Test page: tests/e2e/fixtures/youtube-engage.tsx at https://www.youtube.com/watch?v=….
 */
import { defineSite, type TargetReader } from './types';

/** A post, as the engagement guard and comments read it. */
const POST: TargetReader = { containers: ['ytd-watch-metadata'], text: ['h1', '#description'], name: ['ytd-channel-name a', 'ytd-channel-name'], handle: ['ytd-channel-name a'] };

export default defineSite({
  id: 'youtube',
  name: 'YouTube',
  hosts: ['www.youtube.com'],
  composers: ['ytd-commentbox #contenteditable-root[contenteditable="true"]'],
  submits: ['ytd-commentbox #submit-button button'],
  scopes: ['ytd-commentbox'],
  keys: { modEnter: true },
  editor: 'contenteditable',
  // No `pictures`: comment boxes take text and emoji only; nothing can be attached.
  engage: {
    controls: [
      { selector: 'like-button-view-model button[aria-pressed="false"]', action: 'like', on: 'post' },
      { selector: '#segmented-like-button button[aria-pressed="false"]', action: 'like', on: 'post' },
      { selector: 'ytd-watch-metadata button[aria-label="Share"]', action: 'share', on: 'post' },
      { selector: 'ytd-watch-metadata button[aria-label="Bagikan"]', action: 'share', on: 'post' },
      { selector: 'ytd-subscribe-button-renderer:not([subscribed]) button', action: 'follow', on: 'account' },
    ],
    undo: ['like-button-view-model button[aria-pressed="true"]', '#segmented-like-button button[aria-pressed="true"]', 'ytd-subscribe-button-renderer[subscribed] button'],
    post: POST,
    account: { containers: ['ytd-watch-metadata'], text: [], name: ['ytd-channel-name a', 'ytd-channel-name'], handle: ['ytd-channel-name a'] },
  },
  // Comments answer the video: ytd-comments follows ytd-watch-metadata inside ytd-watch-flexy.
  replies: { within: ['ytd-watch-flexy'], post: POST },
});
