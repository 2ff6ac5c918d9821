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
 */
import { defineSite } from './types';

const COMMENT_BOX = '[data-e2e="comment-input"]';

export default defineSite({
  id: 'tiktok',
  name: 'TikTok',
  hosts: ['www.tiktok.com'],
  composers: [
    '[data-e2e="caption_container"] .public-DraftEditor-content[contenteditable="true"]',
    `${COMMENT_BOX} [contenteditable="true"]`,
    `${COMMENT_BOX}[contenteditable="true"]`,
  ],
  submits: ['button[data-e2e="post_video_button"]', '[data-e2e="comment-post"]'],
  keys: { enter: (composer) => composer.closest(COMMENT_BOX) !== null },
  editor: 'draftjs',
  // Photo posts in TikTok Studio show the picked photos as blob: previews (platforms.md §4.3:
  // `div[role="dialog"] img[src^="blob:"]` in the photo editor; on the upload form itself no
  // stable container is documented, and the lookup is bounded by the caption's form anyway).
  // Videos are <video src="blob:">, which the picture check does not read. Comment boxes take
  // no pictures on the web, and their box holds no blob: image.
  pictures: { previews: ['img[src^="blob:"]'] },
});
