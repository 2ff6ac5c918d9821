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

/**
 * Hands a message to the analyser: Chrome's offscreen document (created on first use), or, in
 * Firefox, the analyser module loaded right here in the background page.
 */
async function toAnalyser(msg: AnalyserRequest | AnalyserWarmUp): Promise<unknown> {
  if (import.meta.env.MANIFEST_VERSION === 3) {
    const chrome = (globalThis as unknown as { chrome?: ChromeOffscreen }).chrome;
    if (!chrome?.offscreen) throw new Error('this browser has no offscreen documents');
    await ensureOffscreen(chrome);
    return browser.runtime.sendMessage(msg);
  }
  // Firefox's background is a page: workers and wasm run here.
  const { analysePicture, warmUpAnalyser } = await import('../images/analyser');
  const url = (p: string) => (browser.runtime.getURL as (path: string) => string)(p);
  return msg.type === 'netra:analyse-picture' ? analysePicture(msg, url) : warmUpAnalyser(msg, url);
}

export async function handlePicture(req: PictureRequest): Promise<PictureAnalysis> {
  const msg: AnalyserRequest = { type: 'netra:analyse-picture', target: 'netra-analyser', bytes: req.bytes, mime: req.mime, lang: req.lang === 'en' ? 'en' : 'id', agencyLogos: await agencyLogos() };
  return (await toAnalyser(msg)) as PictureAnalysis;
}

/**
 * The user is about to attach a picture: start the analyser now. Repeating it is cheap (what is
 * set up stays set up), and the content script sends it at most once a minute per page.
 */
export async function warmUpPictures(): Promise<void> {
  await toAnalyser({ type: 'netra:warm-up-analyser', target: 'netra-analyser', agencyLogos: await agencyLogos() });
}
