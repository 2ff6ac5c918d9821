/**
 * TikTok: Draft.js in both places a civil servant writes in public.
 * - TikTok Studio upload (/tiktokstudio/upload): the caption is Draft's
 *   .public-DraftEditor-content inside [data-e2e="caption_container"]; it posts with
 *   button[data-e2e="post_video_button"] only (Enter is a new line; no shortcut posts).
 * - Video comments: [data-e2e="comment-input"] wraps the Draft editor; the Post control is
 *   [data-e2e="comment-post"] (a div role="button"), and Enter without Shift posts.
 * Neither has a data-e2e container holding both editor and button, so each box is bounded by the
 * nearest ancestor that holds a submit control. Only a comment box takes Enter as "post": in the
 * caption, Enter must stay a line break and never raise the pre-post dialog.
 * Sources: shared/research/platforms.md §2.6 and §4.6 (unattributed tiktok-studio-automation.js
 * selectors; IsaiahDupree/MediaPoster TIKTOK_COMMENT_AUTOMATION.md, 2024-12).
 *
 * Test pages: tests/e2e/fixtures/tiktok.tsx at https://www.tiktok.com/tiktokstudio/upload, and
 * tests/e2e/fixtures/tiktok-comments.tsx at https://www.tiktok.com/@<user>/video/<id>.
 * Real composers: https://www.tiktok.com/tiktokstudio/upload (after picking a video), and the
 * comment box of any video page.
 *
 * Engagement (src/page/engage.ts). Relied on TikTok's data-e2e attributes, as automations use
 * them: a feed item is [data-e2e="recommend-list-item-container"] (a video page
 * [data-e2e="browse-video"]) with [data-e2e="video-desc"] / "browse-video-desc", the author's
 * [data-e2e="video-author-uniqueid"] / "browse-username" (the handle) and nickname; Like is the
 * button around [data-e2e="like-icon"] ("browse-like-icon") with aria-pressed; Share the button
 * around [data-e2e="share-icon"]; Follow on a video is button[data-e2e="feed-follow"] /
 * "browse-follow", on a profile button[data-e2e="follow-button"], both known by their text
 * "Ikuti"/"Follow" (they keep the test id and read "Mengikuti"/"Following" once followed). A
 * profile (https://www.tiktok.com/@handle) has [data-e2e="user-title"] (handle),
 * "user-subtitle" (name) and "user-bio". Unverified: the Indonesian texts.
 * Test page: tests/e2e/fixtures/tiktok-engage.tsx at https://www.tiktok.com/ and /@<handle>.
 */
import { defineSite, type TargetReader } from './types';

/** A post, as the engagement guard and comments read it. */
const POST: TargetReader = {
      containers: ['[data-e2e="recommend-list-item-container"]', '[data-e2e="browse-video"]', 'article'],
      text: ['[data-e2e="video-desc"]', '[data-e2e="browse-video-desc"]'],
      name: ['[data-e2e="video-author-nickname"]', '[data-e2e="browse-user-nickname"]'],
      handle: ['[data-e2e="video-author-uniqueid"]', '[data-e2e="browse-username"]', 'a[href^="/@"]'],
    };

const COMMENT_BOX = '[data-e2e="comment-input"]';

export default defineSite({
  id: 'tiktok',
  name: 'TikTok',
  hosts: ['www.tiktok.com'],
  composers: [
    '[data-e2e="caption_container"] .public-DraftEditor-content[contenteditable="true"]',
    `${COMMENT_BOX} [contenteditable="true"]`,
    `${COMMENT_BOX}[contenteditable="true"]`,
    // "Edit profile" (on the user's own profile page): name and bio, saved by its Save button; the
    // new photo's file input is caught as any. Unverified: the data-e2e names below.
    '[data-e2e="edit-profile-popup"] input[data-e2e="edit-profile-name-input"]',
    '[data-e2e="edit-profile-popup"] textarea[data-e2e="edit-profile-bio-input"]',
  ],
  submits: ['button[data-e2e="post_video_button"]', '[data-e2e="comment-post"]', '[data-e2e="edit-profile-save"]'],
  scopes: ['[data-e2e="edit-profile-popup"]'],
  keys: { enter: (composer) => composer.closest(COMMENT_BOX) !== null },
  editor: (el) => (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? 'textarea' : 'draftjs'),
  // Photo posts in TikTok Studio show the picked photos as blob: previews (platforms.md §4.3:
  // `div[role="dialog"] img[src^="blob:"]` in the photo editor; on the upload form itself no
  // stable container is documented, and the lookup is bounded by the caption's form anyway).
  // Videos are <video src="blob:">, which the picture check does not read. Comment boxes take
  // no pictures on the web, and their box holds no blob: image.
  pictures: { previews: ['img[src^="blob:"]'] },
  engage: {
    controls: [
      { selector: 'button[aria-pressed="false"]:has([data-e2e$="like-icon"])', action: 'like', on: 'post' },
      { selector: 'button:has([data-e2e$="share-icon"])', action: 'share', on: 'post' },
      { selector: 'button[data-e2e="feed-follow"], button[data-e2e="browse-follow"]', action: 'follow', on: 'post', names: ['Ikuti', 'Follow'] },
      { selector: 'button[data-e2e="follow-button"]', action: 'follow', on: 'account', names: ['Ikuti', 'Follow'] },
    ],
    undo: ['button[aria-pressed="true"]:has([data-e2e$="like-icon"])'],
    post: POST,
    account: { containers: ['[data-e2e="user-page"]', 'main'], text: ['[data-e2e="user-bio"]'], name: ['[data-e2e="user-subtitle"]'], handle: ['[data-e2e="user-title"]'], pathHandle: {} },
  },
  // A comment box answers the video it is shown with: on a video's page and in the browse dialog
  // the video (and its description) comes before the comment panel. Unverified: the page's
  // #main-content-video_detail container. Not the For You feed's side panel, which follows many videos.
  replies: { within: ['div[role="dialog"]', '[data-e2e="browse-video"]', '#main-content-video_detail'], post: POST },
});
