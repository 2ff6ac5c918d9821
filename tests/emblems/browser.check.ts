/**
 * The built-in emblems in Chromium, out of the box (`npm run check:emblems`, after a build): the
 * options page's "Try a picture" runs the extension's own analyser (offscreen document, shipped
 * templates) on photos made from the real drawings.
 */
import { describe, expect, test } from 'vitest';
import { browserFor, waitFor } from '../e2e/harness';
import { artworkAvailable, loadArtwork, missingArtwork } from './artwork';
import { logoPhoto, rng } from '../images/generate';
import { encodeJpeg } from '../images/io';

describe('the built-in emblems in the extension', () => {
  const browser = browserFor('https://x.com/home', 'x');

  test.each([
    ['garuda-pancasila-a', 'Lambang negara Garuda Pancasila'],
    ['korpri-b', 'Lambang KORPRI'],
    ['bkn', 'Logo Badan Kepegawaian Negara (BKN)'],
  ])('a photo with %s: "Try a picture" recognises %s', async (file, name) => {
    if (!artworkAvailable()) throw new Error(missingArtwork());
    const p = logoPhoto(rng(21), { logo: file, area: 0.15, rotation: -4, quality: 80, shift: null, width: 1080, height: 810, crop: 0.92, banner: false, sceneKind: 'park' }, loadArtwork(file));
    const page = await browser().context.newPage();
    await page.goto(`chrome-extension://${browser().extensionId}/options.html`);
    const section = page.locator('section[aria-labelledby="pictures-h"]');
    await section.locator('input[type="file"][accept="image/*"]').setInputFiles({ name: `${file}.jpg`, mimeType: 'image/jpeg', buffer: encodeJpeg(p.image, 85) });
    const status = section.locator('.picture-try');
    expect(await waitFor(async () => /Logo yang dikenali|Tidak ada logo/.test((await status.textContent()) ?? ''), 60_000, 200)).toBe(true);
    expect(await status.textContent()).toContain(`Logo yang dikenali: ${name}`);
    await page.close();
  });
});
