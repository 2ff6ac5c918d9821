/**
 * Threads: Lexical, div[role="textbox"][data-lexical-editor="true"], the one attribute set that is
 * stable across languages. The new-post dialog holds one box per post ("Add to thread" adds
 * more) and a single Post div[role="button"] that publishes them all; that button has no
 * aria-label or test id, only its text ("Posting" in Indonesian, "Post" in English), so it is
 * matched by name inside the dialog. Replies use the same editor and button.
 * Sources: shared/research/platforms.md §2.5 and §4.6 (tang-vu DOM_SELECTORS.md §2, 2026-02;
 * hashed-class matches seen elsewhere are deliberately not used).
 * Unverified: whether Ctrl/Cmd+Enter posts, so no shortcut is claimed; a keyboard user reaches
 * the Post button and presses Enter or Space, which the manager intercepts on the button.
 *
 * Test pages: tests/e2e/fixtures/threads.tsx, served at https://www.threads.com/ (and the same
 * adapter serves www.threads.net).
 * Real composer: https://www.threads.com/ ("Apa yang baru?" opens the dialog), replies under a post.
 *
 * Engagement (src/page/engage.ts). Relied on: a post is div[data-pressable-container="true"];
 * its author the first link to "/@<handle>"; its text the span[dir="auto"] blocks after the
 * header (the author's span is inside the link and carries no dir). Like is the
 * div[role="button"] around svg[aria-label="Suka"|"Like"] ("Batal suka"/"Unlike" once liked);
 * Repost the one around svg[aria-label="Posting ulang"|"Repost"] (it opens the Repost/Quote
 * menu, so both are held there). Follow on a profile (/@handle) is a div[role="button"] known
 * only by its text "Ikuti"/"Follow"; the profile's name is its h1 and its bio the
 * span[dir="auto"] under it, the handle the URL path. The same icons as Instagram (Meta).
 * Unverified: the Indonesian labels. Not covered: follow from a post's avatar "+" button.
 * Test page: tests/e2e/fixtures/threads-engage.tsx at https://www.threads.com/ and a profile.
 */
import { defineSite, type TargetReader } from './types';

/** A post, as the engagement guard and comments read it. */
const POST: TargetReader = { containers: ['div[data-pressable-container="true"]'], text: ['span[dir="auto"]'], name: ['a[href^="/@"]'], handle: ['a[href^="/@"]'] };

const POST_NAMES = ['Posting', 'Post'];

export default defineSite({
  id: 'threads',
  name: 'Threads',
  hosts: ['www.threads.com', 'www.threads.net'],
  composers: ['div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]'],
  submits: POST_NAMES.map((n) => `div[role="dialog"] div[role="button"][aria-label="${n}"]`),
  // The inline composer on top of the feed has its own Post button outside any dialog.
  submitNames: [{ selector: 'div[role="button"]', names: POST_NAMES }],
  scopes: ['div[role="dialog"]'],
  keys: {},
  editor: 'lexical',
  // Media attached to a post of the thread show as blob: previews under its box, in the dialog
  // or the inline composer; Meta's upload path, as on Facebook (platforms.md §4.3). One Post
  // publishes every box, so every preview in reach belongs to the post being checked.
  pictures: { previews: ['img[src^="blob:"]'] },
  engage: {
    controls: [
      ...['Suka', 'Like'].map((l) => ({ selector: `div[role="button"]:has(svg[aria-label="${l}"])`, action: 'like' as const, on: 'post' as const })),
      ...['Posting ulang', 'Repost'].map((l) => ({ selector: `div[role="button"]:has(svg[aria-label="${l}"])`, action: 'repost' as const, on: 'post' as const })),
      { selector: 'div[role="main"] div[role="button"]', action: 'follow', on: 'account', names: ['Ikuti', 'Follow'] },
    ],
    undo: ['div[role="button"]:has(svg[aria-label="Batal suka"])', 'div[role="button"]:has(svg[aria-label="Unlike"])'],
    post: POST,
    account: { containers: ['div[role="main"]'], text: ['h1 ~ span[dir="auto"]'], name: ['h1'], pathHandle: {} },
  },
  // The reply dialog repeats the post it answers above the box (unverified: its container is
  // taken to be the feed's pressable container).
  replies: { within: ['div[role="dialog"]'], post: POST },
});
