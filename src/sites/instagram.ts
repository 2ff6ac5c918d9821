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
 */
import { defineSite } from './types';

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
  ],
  submits: ['form button[type="submit"]'],
  submitNames: [
    { selector: 'div[role="dialog"] div[role="button"], div[role="dialog"] button', names: ['Bagikan', 'Share'] },
    { selector: 'form div[role="button"]', names: ['Kirim', 'Posting', 'Post'] },
  ],
  // The nearest one wins: a comment form inside a post opened as a dialog bounds the comment.
  scopes: ['form', 'div[role="dialog"]'],
  keys: { enter: (el) => el.matches(COMMENT.join(',')) },
  editor: (el) => (el instanceof HTMLTextAreaElement ? 'textarea' : 'lexical'),
  // The create flow takes the photo first (crop and edit steps) and shows the caption only
  // afterwards: the file is handed over before any composer exists, so the blob: preview next
  // to the caption is how the picture reaches the caption (platforms.md §4.3). Comments take no
  // pictures on the web.
  pictures: { previews: ['div[role="dialog"] img[src^="blob:"]'] },
});
