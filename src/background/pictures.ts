/**
 * Background side of the picture check: content scripts send a picture's bytes here, and it is
 * analysed where the page cannot feel it. Chrome (MV3): in an offscreen document, created on the
 * first picture (a service worker can start neither workers nor wasm threads reliably). Firefox
 * (MV2): right here in the background page. Beside the built-in logos, the analyser looks for
 * the agency's (policy) and the user's own (options page).
 */
import { browser } from 'wxt/browser';
import { loadPolicyReport, loadUserLogos } from '../settings/store';
import type { AgencyLogoInput, AnalyserRequest, AnalyserWarmUp, PictureAnalysis, PictureRequest } from '../images/types';

const OFFSCREEN_PATH = '/offscreen.html';

interface ChromeOffscreen {
  runtime: { getURL(p: string): string; getContexts?(f: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]> };
  offscreen?: { createDocument(o: { url: string; reasons: string[]; justification: string }): Promise<void> };
}

let creating: Promise<void> | null = null;

async function ensureOffscreen(chrome: ChromeOffscreen): Promise<void> {
  const url = chrome.runtime.getURL(OFFSCREEN_PATH);
  const open = (await chrome.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] })) ?? [];
  if (open.length > 0) return;
  creating ??= chrome
    .offscreen!.createDocument({ url: OFFSCREEN_PATH, reasons: ['WORKERS'], justification: 'Checks pictures attached to a post for official logos and campaign text, on the device.' })
    .catch((e: unknown) => {
      // Another request created it meanwhile.
      if (!String(e).includes('single offscreen')) throw e;
    })
    .finally(() => (creating = null));
  await creating;
}

async function agencyLogos(): Promise<AgencyLogoInput[]> {
  const [report, mine] = await Promise.all([loadPolicyReport(), loadUserLogos()]);
  return [
    ...report.policy.logos.map((l, i) => ({ id: `agency:${i}`, name: l.name, image: l.image })),
    ...mine.map((l) => ({ id: `user:${l.id}`, name: l.name, image: l.image })),
  ];
}

export async function handlePicture(req: PictureRequest): Promise<PictureAnalysis> {
  const msg: AnalyserRequest = { type: 'netra:analyse-picture', target: 'netra-analyser', bytes: req.bytes, mime: req.mime, lang: req.lang === 'en' ? 'en' : 'id', agencyLogos: await agencyLogos() };
  const chrome = (globalThis as unknown as { chrome?: ChromeOffscreen }).chrome;
  if (import.meta.env.MANIFEST_VERSION === 3) {
    if (!chrome?.offscreen) throw new Error('this browser has no offscreen documents');
    await ensureOffscreen(chrome);
    return (await browser.runtime.sendMessage(msg)) as PictureAnalysis;
  }
  // Firefox's background is a page: workers and wasm run here.
  const { analysePicture } = await import('../images/analyser');
  return analysePicture(msg, (p) => (browser.runtime.getURL as (path: string) => string)(p));
}

let lastWarmUp = 0;
/** The user is about to attach a picture: start the analyser now (at most once a minute). */
export async function warmUpPictures(): Promise<void> {
  if (Date.now() - lastWarmUp < 60_000) return;
  lastWarmUp = Date.now();
  const msg: AnalyserWarmUp = { type: 'netra:warm-up-analyser', target: 'netra-analyser', agencyLogos: await agencyLogos() };
  const chrome = (globalThis as unknown as { chrome?: ChromeOffscreen }).chrome;
  if (import.meta.env.MANIFEST_VERSION === 3) {
    if (!chrome?.offscreen) return;
    await ensureOffscreen(chrome);
    await browser.runtime.sendMessage(msg);
    return;
  }
  const { warmUpAnalyser } = await import('../images/analyser');
  await warmUpAnalyser(msg, (p) => (browser.runtime.getURL as (path: string) => string)(p));
}
