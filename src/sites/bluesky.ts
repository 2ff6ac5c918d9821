/**
 * Bluesky (bsky.app): a TipTap 2 (ProseMirror) editor with class ProseMirror-light/-dark, and a
 * plain textarea.composer-fallback-input while the lazily loaded editor arrives; the same
 * composer serves posts, replies and quotes. Ctrl/Cmd+Enter publishes from the editor's
 * handleKeyDown, so a window-capture keydown sees it first (bluesky-social/social-app:
 * src/view/com/composer/text-input/TextInput.web.tsx and web/RichTextInputWeb.tsx).
 * Publish button: data-testid="composerPublishBtn" (Composer.tsx; research notes 2.8).
 *
 * Test pages: tests/e2e/fixtures/bluesky.tsx, served at https://bsky.app/
 * Real composer: https://bsky.app/ ("New Post"), or "Reply" under any post.
 *
 * Engagement (src/page/engage.ts), from social-app's testIDs (data-testid on the web; PostCtrls,
 * FeedItem, ProfileHeader), not yet checked on a live page:
 * - a post is [data-testid="feedItem-by-<handle>"] (or "postThreadItem-by-<handle>" in a thread);
 *   its text [data-testid="postText"]; its author the link to /profile/<handle> whose text is the
 *   display name and "@handle";
 * - like is button[data-testid="likeBtn"] labelled "Like (…)" and "Unlike (…)" once liked; repost is
 *   button[data-testid="repostBtn"] (it opens the Repost/Quote menu, so both are held at this
 *   press), "Undo repost (…)" once reposted; English labels only (the Indonesian ones are unknown);
 * - follow is button[data-testid="followBtn"] ("unfollowBtn" when followed) in the profile at
 *   /profile/<handle>: [data-testid="profileHeaderDisplayName"], "profileHeaderHandle",
 *   "profileHeaderDescription".
 * Test page: tests/e2e/fixtures/bluesky-engage.tsx at https://bsky.app/ and /profile/<handle>.
 */
import { defineSite } from './types';

export default defineSite({
  id: 'bluesky',
  name: 'Bluesky',
  hosts: ['bsky.app'],
  composers: ['.ProseMirror[contenteditable="true"]', 'textarea.composer-fallback-input'],
  submits: ['[data-testid="composerPublishBtn"]'],
  keys: { modEnter: true },
  editor: (el) => (el instanceof HTMLTextAreaElement ? 'textarea' : 'prosemirror'),
  // Pasted and dropped pictures become data: URIs (getImageOrVideoFromUri → blobToDataUri,
  // platforms.md §2.8) shown in the composer's gallery; a picked file may come back as a blob:
  // URL. Raster types only, so that an inline data:image/svg+xml icon is never taken for one.
  pictures: {
    previews: ['img[src^="data:image/jpeg"]', 'img[src^="data:image/png"]', 'img[src^="data:image/webp"]', 'img[src^="data:image/gif"]', 'img[src^="blob:"]'],
  },
  engage: {
    controls: [
      { selector: 'button[data-testid="likeBtn"]', action: 'like', on: 'post' },
      { selector: 'button[data-testid="repostBtn"]', action: 'repost', on: 'post' },
      { selector: 'button[data-testid="followBtn"]', action: 'follow', on: 'account' },
    ],
    undo: ['button[data-testid="likeBtn"][aria-label^="Unlike"]', 'button[data-testid="repostBtn"][aria-label^="Undo"]', 'button[data-testid="unfollowBtn"]'],
    post: {
      containers: ['[data-testid^="feedItem-by-"]', '[data-testid^="postThreadItem-by-"]'],
      text: ['[data-testid="postText"]'],
      name: ['a[href^="/profile/"]'],
      handle: ['a[href^="/profile/"]'],
    },
    account: {
      containers: ['[data-testid="profileView"]', 'main'],
      text: ['[data-testid="profileHeaderDescription"]'],
      name: ['[data-testid="profileHeaderDisplayName"]'],
      handle: ['[data-testid="profileHeaderHandle"]'],
      pathHandle: { prefix: '/profile/' },
    },
  },
});
