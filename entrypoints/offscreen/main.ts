/**
 * Chrome's offscreen document (created by the background, src/background/pictures.ts, when the
 * first picture is attached): it can run workers and wasm, which the service worker cannot.
 * Only chrome.runtime is available here, so it answers the background's messages directly.
 */
import { analysePicture, warmUpAnalyser } from '@/src/images/analyser';
import type { AnalyserRequest, AnalyserWarmUp } from '@/src/images/types';

type Runtime = {
  getURL(path: string): string;
  onMessage: { addListener(cb: (msg: unknown, sender: unknown, send: (r: unknown) => void) => boolean | undefined): void };
};
const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;

// One picture at a time: OCR is one worker, and a queue keeps memory flat.
let queue: Promise<unknown> = Promise.resolve();

runtime.onMessage.addListener((msg, _sender, send) => {
  const m = msg as AnalyserRequest | AnalyserWarmUp;
  if (m?.target !== 'netra-analyser') return undefined;
  const url = (p: string) => runtime.getURL(p);
  const job = queue.then((): Promise<unknown> => (m.type === 'netra:analyse-picture' ? analysePicture(m, url) : warmUpAnalyser(m, url).then(() => true)));
  queue = job.catch(() => undefined);
  const failed = (e: unknown) => (m.type === 'netra:analyse-picture' ? { logos: [], text: '', thumbnail: null, ms: { logos: 0, ocr: 0 }, error: String(e) } : false);
  job.then(send, (e: unknown) => send(failed(e)));
  return true;
});
