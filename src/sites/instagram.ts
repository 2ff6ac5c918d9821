/**
 * Instagram: the new-post caption is a contenteditable div[aria-label="Tulis keterangan..."]
 * ("Write a caption...") in the "Create new post" div[role="dialog"] (older UI: a textarea),
 * posted by the dialog's "Bagikan"/"Share" div[role="button"], which carries only its text;
 * Enter there is a new line. Comments are a React-controlled <textarea aria-label="Tambahkan
 * komentar..."> ("Add a comment…") in a <form>: Enter sends, as does the form's "Kirim"/"Post"
 * control (a div[role="button"] with only text, or a submit button in older UIs).
 * Sources: shared/research/platforms.md §2.3 and §4.6 (Golgrax/kawayan content_instagram.js,
 * Playwright scripts matching the caption label and getByRole('button', {name: 'Share'}),
 * "Instagram Selectors Reference" 2026-01).
 * Unverified: that the caption editor is Lexical (Instagram's DMs are), and the Indonesian
 * labels; the data-lexical-editor marker and the English labels are matched as well.
 *
 * Test pages: tests/e2e/fixtures/instagram.tsx, served at https://www.instagram.com/ (the
 * create dialog) and https://www.instagram.com/p/C0ffee123/ (comments).
 * Real composer: https://www.instagram.com/ ("Buat" > "Postingan" > Next twice), comments under any post.
 *
 * Engagement (src/page/engage.ts). Relied on: a post (feed, /p/, /reel/) is an <article>; its
 * author is the first link in its <header> (href "/<handle>/"); its caption is the h1 of the
 * post page, or the caption span under the actions in the feed. Like is the div[role="button"]
 * (or <button>) around svg[aria-label="Suka"|"Like"], whose label becomes "Batal Suka"/"Unlike";
 * Share (send) wraps svg[aria-label="Bagikan"|"Share"] (newer) or "Bagikan Postingan"|"Share Post".
 * Follow is a <button> known only by its text "Ikuti"/"Follow" ("Mengikuti"/"Following" when
 * followed) in a post header or a profile's <header>, whose h2 is the handle and whose section
 * holds the name and bio; the handle is also the URL path.
 * Unverified: the Indonesian labels. Not covered: Stories and the reels viewer's side bar.
 * Test page: tests/e2e/fixtures/instagram-engage.tsx at https://www.instagram.com/ and a profile.
 */
import { defineSite, type TargetReader } from './types';

/** A post, as the engagement guard and comments read it. */
const POST: TargetReader = { containers: ['article'], text: ['h1', 'header ~ div span[dir="auto"]'], name: ['header a[href^="/"]'], handle: ['header a[href^="/"]'] };

const COMMENT = ['form textarea[aria-label^="Tambahkan komentar"]', 'form textarea[aria-label^="Add a comment"]'];

export default defineSite({
  id: 'instagram',
  name: 'Instagram',
  hosts: ['www.instagram.com'],
  composers: [
    'div[role="dialog"] div[contenteditable="true"][aria-label^="Tulis keterangan"]',
    'div[role="dialog"] div[contenteditable="true"][aria-label^="Write a caption"]',
    'div[role="dialog"] div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
    'div[role="dialog"] textarea[aria-label^="Tulis keterangan"]',
    'div[role="dialog"] textarea[aria-label^="Write a caption"]',
    ...COMMENT,
    // Profile edit (https://www.instagram.com/accounts/edit/): the bio, saved by the form's
    // "Kirim"/"Submit". Unverified: textarea#pepBio is the long-standing id; the display name is
    // edited in Meta's Accounts Center, outside instagram.com. A new profile photo's file input
    // is caught as any (src/page/capture.ts) and goes with the bio.
    'form textarea#pepBio',
    'main form textarea[name="biography"]',
  ],
  submits: ['form button[type="submit"]'],
  submitNames: [
    { selector: 'div[role="dialog"] div[role="button"], div[role="dialog"] button', names: ['Bagikan', 'Share'] },
    { selector: 'form div[role="button"]', names: ['Kirim', 'Posting', 'Post', 'Submit'] },
  ],
  engage: {
    controls: [
      ...['Suka', 'Like'].flatMap((l) => [`div[role="button"]:has(> svg[aria-label="${l}"])`, `button:has(> svg[aria-label="${l}"])`].map((selector) => ({ selector, action: 'like' as const, on: 'post' as const }))),
      ...['Bagikan', 'Share', 'Bagikan Postingan', 'Share Post'].flatMap((l) => [`div[role="button"]:has(> svg[aria-label="${l}"])`, `button:has(> svg[aria-label="${l}"])`].map((selector) => ({ selector, action: 'share' as const, on: 'post' as const }))),
      { selector: 'main header button, main header div[role="button"]', action: 'follow', on: 'account', names: ['Ikuti', 'Follow'] },
    ],
    undo: [':has(> svg[aria-label="Batal Suka"])', ':has(> svg[aria-label="Unlike"])', 'button[aria-label="Mengikuti"]'],
    post: POST,
    account: { containers: ['article header', 'main header'], text: ['section h1', 'section span[dir="auto"]'], name: ['section span[dir="auto"]', 'h2'], handle: ['a[href^="/"]', 'h2'], pathHandle: {} },
  },
  // The nearest one wins: a comment form inside a post opened as a dialog bounds the comment.
  scopes: ['form', 'div[role="dialog"]'],
  keys: { enter: (el) => el.matches(COMMENT.join(',')) },
  editor: (el) => (el instanceof HTMLTextAreaElement ? 'textarea' : 'lexical'),
  // The create flow takes the photo first (crop and edit steps) and shows the caption only
  // afterwards: the file is handed over before any composer exists, so the blob: preview next
  // to the caption is how the picture reaches the caption (platforms.md §4.3). Comments take no
  // pictures on the web.
  pictures: { previews: ['div[role="dialog"] img[src^="blob:"]'] },
  // The comment form sits inside the post's article, in the feed and in the post dialog.
  replies: { within: ['div[role="dialog"]'], post: POST },
});
