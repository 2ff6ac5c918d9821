/**
 * Pictures attached to a post, on two fixture platforms (Mastodon's textarea form, X's Draft.js
 * box): a campaign poster, and an official logo in a partisan post, open the dialog with the
 * picture's thumbnail; a logo-free holiday photo, and a logo on a work post, go out. Pictures are
 * attached the ways users do: the site's file input (a real change, through setInputFiles),
 * a paste into the editor and a drop on it (real DataTransfer files in the events). All
 * generated (tests/images/generate.ts); the analysis runs in the extension's offscreen document.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureHtml, launch, netraState, posted, screenshot, waitFor, type Browser } from './harness';
import { CLEAN, PARTISAN } from './platform-flows';
import { holidayPhoto, logoPhoto, poster, rng } from '../images/generate';
import { encodeJpeg } from '../images/io';

interface Platform {
  id: string;
  url: string;
  fixture: string;
  composer: string;
  submit: string;
  fileInput: string;
  /** Where the site shows the attachment once it has it. */
  preview: string;
  /** How the second picture is handed over here. */
  handOver: 'paste' | 'drop';
}

const PLATFORMS: Platform[] = [
  {
    id: 'mastodon',
    url: 'https://mastodon.social/home',
    fixture: 'mastodon',
    composer: 'form.compose-form textarea',
    submit: 'form.compose-form button[type="submit"]',
    fileInput: 'form.compose-form input[type="file"]',
    preview: '.compose-form__upload',
    handOver: 'drop',
  },
  {
    id: 'x',
    url: 'https://x.com/home',
    fixture: 'x',
    composer: '[data-testid="tweetTextarea_0"]',
    submit: '[data-testid="tweetButtonInline"]',
    fileInput: '[data-testid="fileInput"]',
    preview: '[data-testid="attachments"] img',
    handOver: 'paste',
  },
];

const PICTURE_TIMEOUT = 30_000;

interface Picture {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

let images: { poster: Picture; logo: Picture; holiday: Picture };

beforeAll(() => {
  images = {
    poster: { name: 'poster.jpg', mimeType: 'image/jpeg', buffer: encodeJpeg(poster(rng(41), ['AYO COBLOS', 'NOMOR 2'], { width: 1080, height: 1350, quality: 90 }), 90) },
    logo: {
      name: 'apel-pagi.jpg',
      mimeType: 'image/jpeg',
      buffer: encodeJpeg(
        logoPhoto(rng(42), { logo: 'builtin:korpri', area: 0.15, rotation: 4, quality: 85, shift: null, width: 1080, height: 810, crop: 0.92, banner: true }).image,
        90,
      ),
    },
    holiday: { name: 'liburan.jpg', mimeType: 'image/jpeg', buffer: encodeJpeg(holidayPhoto(7), 88) },
  };
});

/**
 * The dialog as a screen reader sees it (the accessibility tree reaches into the closed shadow
 * root): its text and the names of its images.
 */
async function dialogContent(page: Page): Promise<{ text: string; images: string[] } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ nodeId: string; role?: { value: string }; name?: { value: string }; childIds?: string[]; ignored?: boolean }> };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const dialog = nodes.filter((n) => n.role?.value === 'dialog' && !n.ignored).at(-1);
    if (!dialog) return null;
    const texts: string[] = [];
    const imgs: string[] = [];
    const walk = (id: string) => {
      const n = byId.get(id);
      if (!n) return;
      if ((n.role?.value === 'image' || n.role?.value === 'img') && n.name?.value) imgs.push(n.name.value);
      if ((n.role?.value === 'StaticText' || n.role?.value === 'heading') && n.name?.value) texts.push(n.name.value);
      for (const c of n.childIds ?? []) walk(c);
    };
    walk(dialog.nodeId);
    return { text: texts.join(' '), images: imgs };
  } finally {
    await cdp.detach();
  }
}

/** Hand a file over by a real paste or drop event carrying it, as the browser fires them. */
async function handOver(page: Page, selector: string, how: 'paste' | 'drop', pic: Picture) {
  await page.locator(selector).evaluate(
    (el, { how, b64, name, type }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name, { type }));
      if (how === 'paste') el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true }));
      else {
        for (const type of ['dragenter', 'dragover', 'drop']) el.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true, composed: true }));
      }
    },
    { how, b64: pic.buffer.toString('base64'), name: pic.name, type: pic.mimeType },
  );
}

for (const p of PLATFORMS) {
  describe(`${p.id}: pictures attached to a post`, () => {
    let b: Browser;
    beforeAll(async () => {
      b = await launch();
      b.serve(new URL(p.url).origin + '/', await fixtureHtml(p.fixture, p.id));
    });
    afterAll(async () => {
      await b?.close();
    });

    const open = async () => {
      const page = await b.context.newPage();
      await page.goto(p.url);
      await page.waitForSelector(p.composer);
      return page;
    };
    const type = async (page: Page, text: string) => {
      await page.click(p.composer);
      await page.keyboard.insertText(text);
      await page.waitForTimeout(300);
    };

    test('a campaign poster from the file input: Post waits for the check, then the dialog shows the picture', async () => {
      const page = await open();
      await type(page, CLEAN);
      await page.setInputFiles(p.fileInput, images.poster);
      await page.waitForSelector(p.preview);
      // Pressed at once, while the picture is still being read: held, not posted.
      await page.click(p.submit);
      expect(await posted(page)).toEqual([]);
      expect(await waitFor(async () => (await netraState(page)).dialog, PICTURE_TIMEOUT, 100)).toBe(true);
      expect(await posted(page)).toEqual([]);
      const d = await dialogContent(page);
      expect(d?.images).toContain('Gambar yang dilampirkan');
      expect(d?.text).toMatch(/di dalam gambar/);
      expect(d?.text).toMatch(/coblos/i);
      await screenshot(page, `${p.id}-picture-poster-dialog`);
      await page.keyboard.press('Escape');
      expect(await waitFor(async () => !(await netraState(page)).dialog)).toBe(true);
      expect(await posted(page)).toEqual([]);
      await page.close();
    });

    test(`an official logo in a partisan post (${p.handOver === 'paste' ? 'pasted' : 'dropped'}): the logo finding comes with the thumbnail`, async () => {
      const page = await open();
      await type(page, PARTISAN);
      await handOver(page, p.composer, p.handOver, images.logo);
      await page.waitForSelector(p.preview);
      // The text opens the dialog at once; the picture's finding joins it when the picture is read.
      await page.click(p.submit);
      expect(await waitFor(async () => (await netraState(page)).dialog)).toBe(true);
      expect(await waitFor(async () => /Memakai logo/.test((await dialogContent(page))?.text ?? ''), PICTURE_TIMEOUT, 250)).toBe(true);
      const d = await dialogContent(page);
      expect(d?.text).toMatch(/Memakai logo atau lambang instansi/);
      expect(d?.images).toContain('Gambar yang dilampirkan');
      await screenshot(page, `${p.id}-picture-logo-dialog`);
      expect(await posted(page)).toEqual([]);
      await page.close();
    });

    test('a logo-free holiday photo with a clean post goes out after the check, without a dialog', async () => {
      const page = await open();
      await type(page, CLEAN);
      await page.setInputFiles(p.fileInput, images.holiday);
      await page.waitForSelector(p.preview);
      await page.click(p.submit);
      expect(await waitFor(async () => (await posted(page)).length === 1, PICTURE_TIMEOUT, 100)).toBe(true);
      expect(await posted(page)).toEqual([CLEAN]);
      expect((await netraState(page)).dialog).toBe(false);
      await page.close();
    });

    test('an official logo on a work post is fine', async () => {
      const page = await open();
      await type(page, CLEAN);
      await page.setInputFiles(p.fileInput, images.logo);
      await page.waitForSelector(p.preview);
      await page.click(p.submit);
      expect(await waitFor(async () => (await posted(page)).length === 1, PICTURE_TIMEOUT, 100)).toBe(true);
      expect((await netraState(page)).dialog).toBe(false);
      await page.close();
    });

    test('the extension requested nothing from the network', () => {
      expect(b.stray).toEqual([]);
    });
  });
}
