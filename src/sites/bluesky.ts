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
});
