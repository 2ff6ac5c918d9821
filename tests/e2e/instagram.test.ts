import type { Page } from 'playwright-core';
import { platformFlows } from './platform-flows';

// The create flow: pick a photo, "Berikutnya" past crop and edit, then the caption and "Bagikan".
const openCreate = async (page: Page) => {
  const close = page.locator('[aria-label="Tutup"]');
  if (await close.count()) await close.click(); // the "shared" screen of a previous post
  await page.click('svg[aria-label="Postingan baru"]');
  await page.click('text=Pilih dari komputer');
  await page.click('div[role="dialog"] div[role="button"]:has-text("Berikutnya")');
  await page.waitForSelector('h1:has-text("Edit")');
  await page.click('div[role="dialog"] div[role="button"]:has-text("Berikutnya")');
};

// The caption has no posting shortcut (Enter is a new line): a keyboard user presses Enter on
// the focused "Bagikan" div[role="button"].
platformFlows({
  id: 'instagram',
  url: 'https://www.instagram.com/',
  fixture: 'instagram',
  composer: 'div[role="dialog"] div[contenteditable="true"][aria-label="Tulis keterangan..."]',
  submit: 'div[role="dialog"] div[role="button"]:has-text("Bagikan")',
  key: 'Enter',
  keyOn: 'submit',
  open: openCreate,
  withPicture: true,
});

// Comments: a React-controlled <textarea> in a form; Enter sends, as does "Kirim".
platformFlows({
  id: 'instagram-comment',
  url: 'https://www.instagram.com/p/C0ffee123/',
  fixture: 'instagram',
  composer: 'form textarea[aria-label="Tambahkan komentar..."]',
  submit: 'form div[role="button"]:has-text("Kirim")',
  key: 'Enter',
  field: true,
});
