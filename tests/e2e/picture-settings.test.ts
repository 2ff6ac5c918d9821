/**
 * The picture settings a user has, end to end in Chromium: adding their office's own logo in the
 * options page (a plain shape is refused with the reason), trying a picture there, that logo then
 * being found in a partisan post on a site, removing it, and switching the picture check off.
 * The logo is a made-up emblem none of the built-in logos resembles (tests/images/generate.ts),
 * handed over as downloaded logos often are: a JPEG with white margins.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { browserFor, dialogA11y, dialogReady, netraState, posted, screenshot, waitFor } from './harness';
import { CLEAN, PARTISAN } from './platform-flows';
import { agencyEmblem, agencyLogoFile, poster, rng, scene } from '../images/generate';
import { encodeJpeg, encodePng } from '../images/io';
import { composite, createRgba, ellipse, fillRings, resize } from '../../src/images/raster';
import { cutBackground } from '../../src/images/cutout';

const X = { url: 'https://x.com/home', composer: '[data-testid="tweetTextarea_0"]', submit: '[data-testid="tweetButtonInline"]', fileInput: '[data-testid="fileInput"]', preview: '[data-testid="attachments"] img' };
const LOGO_NAME = 'Logo Dinas Contoh';
const PICTURE_TIMEOUT = 30_000;

interface Picture {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

let logoFile: Picture;
let plainFile: Picture;
let photoFile: Picture;
let posterFile: Picture;

beforeAll(() => {
  logoFile = { name: 'logo-dinas.jpg', mimeType: 'image/jpeg', buffer: encodeJpeg(agencyLogoFile(), 90) };
  const disc = createRgba(200, 200, [255, 255, 255, 255]);
  fillRings(disc, [ellipse(100, 100, 90)], [200, 0, 0]);
  plainFile = { name: 'lingkaran.png', mimeType: 'image/png', buffer: encodePng(disc) };
  // The office's emblem on the wall behind a gathering: about 12% of the picture.
  const photo = scene(rng(77), 1080, 810, 'office');
  composite(photo, resize(cutBackground(agencyEmblem(240)), 320, 320), 620, 140);
  photoFile = { name: 'kantor.jpg', mimeType: 'image/jpeg', buffer: encodeJpeg(photo, 85) };
  posterFile = { name: 'poster.jpg', mimeType: 'image/jpeg', buffer: encodeJpeg(poster(rng(41), ['AYO COBLOS', 'NOMOR 2'], { width: 1080, height: 1350, quality: 90 }), 90) };
});

describe('picture settings', () => {
  const browser = browserFor(X.url, 'x');
  const optionsUrl = () => `chrome-extension://${browser().extensionId}/options.html`;
  const storage = (key: string) =>
    browser().context.serviceWorkers()[0]!.evaluate(async (k) => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
      return (await c.storage.local.get(k))[k];
    }, key);


  const section = (page: Page) => page.locator('section[aria-labelledby="pictures-h"]');
  const tryPicture = async (page: Page, pic: Picture) => {
    await section(page).locator('.picture-try').evaluate((el) => (el.textContent = ''));
    await section(page).locator('input[type="file"][accept="image/*"]').setInputFiles(pic);
    const status = section(page).locator('.picture-try');
    expect(await waitFor(async () => /Logo yang dikenali|Tidak ada logo/.test((await status.textContent()) ?? ''), PICTURE_TIMEOUT, 200)).toBe(true);
    return (await status.textContent()) ?? '';
  };

  const openX = async () => {
    const page = await browser().context.newPage();
    await page.goto(X.url);
    await page.waitForSelector(X.composer);
    return page;
  };
  const typeX = async (page: Page, text: string) => {
    await page.click(X.composer);
    await page.keyboard.insertText(text);
  };

  test('a plain shape is refused as a logo, with the reason, and nothing is stored', async () => {
    const page = await browser().context.newPage();
    await page.goto(optionsUrl());
    const s = section(page);
    await s.locator('input[name="logoName"]').fill('Lingkaran merah');
    await s.locator('input[name="logoFile"]').setInputFiles(plainFile);
    await s.getByRole('button', { name: 'Tambahkan', exact: true }).click();
    await expect.poll(() => s.getByRole('alert').textContent()).toMatch(/lingkaran\.png terlalu polos/);
    expect(await storage('logos')).toBeUndefined();
    await page.close();
  });

  test('the own logo: not known before, added in the options page, then recognised in a tried picture', async () => {
    const page = await browser().context.newPage();
    await page.goto(optionsUrl());
    // Before: the built-in logos do not know this emblem.
    expect(await tryPicture(page, photoFile)).toMatch(/Tidak ada logo yang dikenali/);

    const s = section(page);
    await s.locator('input[name="logoName"]').fill(LOGO_NAME);
    await s.locator('input[name="logoFile"]').setInputFiles(logoFile);
    await s.getByRole('button', { name: 'Tambahkan', exact: true }).click();
    await expect.poll(() => s.locator('ul.logos').textContent()).toContain(`${LOGO_NAME} · ditambahkan oleh Anda`);
    const stored = (await storage('logos')) as Array<{ name: string; image: string }>;
    expect(stored.map((l) => l.name)).toEqual([LOGO_NAME]);
    // Shrunk and kept as PNG: never the original file.
    expect(stored[0]!.image).toMatch(/^data:image\/png;base64,/);
    expect(stored[0]!.image.length).toBeLessThan(logoFile.buffer.length * 2);

    const after = await tryPicture(page, photoFile);
    expect(after).toContain(`Logo yang dikenali: ${LOGO_NAME}`);
    // A logo alone is no finding.
    expect(after).toMatch(/Logo saja tidak masalah/);
    await section(page).locator('h2').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, document.querySelector('#pictures-h')!.getBoundingClientRect().top - 10));
    await screenshot(page, 'options-pictures-id');
    await page.close();
  });

  test('on a site, the own logo in a partisan post is an official-logo finding with its name', async () => {
    const page = await openX();
    await typeX(page, PARTISAN);
    await page.setInputFiles(X.fileInput, photoFile);
    await page.waitForSelector(X.preview);
    await page.click(X.submit);
    expect(await dialogReady(page)).toBe(true);
    // The dialog lives in a closed shadow root: read it as a screen reader does.
    expect(await waitFor(async () => ((await dialogA11y(page))?.text ?? '').includes(LOGO_NAME), PICTURE_TIMEOUT, 250)).toBe(true);
    expect((await dialogA11y(page))?.text).toMatch(/Memakai logo atau lambang instansi/);
    expect(await posted(page)).toEqual([]);
    await page.close();
  });

  test('removing the logo: gone from the list and from storage', async () => {
    const page = await browser().context.newPage();
    await page.goto(optionsUrl());
    const s = section(page);
    await s.getByRole('button', { name: `Hapus ${LOGO_NAME}` }).click();
    await expect.poll(() => s.locator('ul.logos').textContent()).not.toContain(LOGO_NAME);
    expect(await storage('logos')).toEqual([]);
    await page.close();
  });

  test('with the picture check switched off, a poster on a clean post goes out at once', async () => {
    const page = await browser().context.newPage();
    await page.goto(optionsUrl());
    await section(page).getByRole('checkbox', { name: 'Periksa gambar yang dilampirkan pada unggahan' }).uncheck();
    await expect.poll(async () => ((await storage('settings')) as { checkPictures?: boolean })?.checkPictures).toBe(false);
    await page.close();

    const x = await openX();
    await typeX(x, CLEAN);
    await x.setInputFiles(X.fileInput, posterFile);
    await x.waitForSelector(X.preview);
    await x.click(X.submit);
    expect(await posted(x)).toEqual([CLEAN]);
    expect(await netraState(x)).toMatchObject({ dialog: false, toast: false });
    await x.close();
  });

  test('the extension requested nothing from the network', () => {
    expect(browser().stray).toEqual([]);
  });
});
