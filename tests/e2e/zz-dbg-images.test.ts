import { test } from 'vitest';
import { fixtureHtml, launch, netraState, posted } from './harness';
import { poster, rng } from '../images/generate';
import { encodeJpeg } from '../images/io';
test('dbg', async () => {
  const b = await launch();
  b.serve('https://mastodon.social/', await fixtureHtml('mastodon', 'm'));
  const page = await b.context.newPage();
  page.on('console', (m) => console.log('PAGE', m.type(), m.text()));
  const sw0 = b.context.serviceWorkers()[0]! as any;
  sw0.on?.('console', (m: any) => console.log('SW', m.text()));
  await sw0.evaluate(() => { const c = (globalThis as any).chrome; const orig = c.runtime.sendMessage.bind(c.runtime); c.runtime.sendMessage = (...a: any[]) => { console.log('SW send', JSON.stringify(a[0]).slice(0, 80)); const p = orig(...a); p?.then?.((r: any) => console.log('SW got', JSON.stringify(r)?.slice(0, 200)), (e: any) => console.log('SW err', String(e))); return p; }; });
  await page.goto('https://mastodon.social/home');
  await page.click('form.compose-form textarea');
  await page.keyboard.insertText('Selamat pagi rekan-rekan');
  await page.waitForTimeout(500);
  console.log('state0', await netraState(page));
  const buf = encodeJpeg(poster(rng(41), ['AYO COBLOS', 'NOMOR 2'], { width: 1080, height: 1350, quality: 90 }), 90);
  const t = Date.now();
  await page.setInputFiles('form.compose-form input[type="file"]', { name: 'p.jpg', mimeType: 'image/jpeg', buffer: buf });
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(1000);
    const ctx = await b.context.serviceWorkers()[0]!.evaluate(async () => (await (globalThis as any).chrome.runtime.getContexts({})).map((c: any) => c.contextType).join(','));
    console.log(i, JSON.stringify(await netraState(page)), ctx, await page.evaluate(() => document.documentElement.getAttribute('data-dbg')));
  }
  console.log('posted', await posted(page), Date.now() - t);
  await b.close();
}, 120000);
