/**
 * Text in pictures, read on the device by tesseract.js (Tesseract's LSTM engine compiled to
 * WebAssembly) in its own Worker, with the wasm core and Indonesian language data shipped inside
 * the extension (copied from npm packages at build time, wxt.config.ts): nothing is downloaded.
 * Loaded only when the first picture is analysed, and let go after a while without pictures.
 */
import type { Worker as OcrWorker } from 'tesseract.js';
import { OCR_CORE, OCR_DIR, OCR_LANG, OCR_PSM } from './ocr-config';

export { OCR_MAX_SIDE } from './ocr-config';

const IDLE_MS = 120_000;

let worker: Promise<OcrWorker> | null = null;
let idleTimer: ReturnType<typeof setTimeout> | null = null;

/** `url(path)` turns an extension path into a full URL (runtime.getURL). */
export async function recognise(image: OffscreenCanvas | Blob, url: (path: string) => string): Promise<string> {
  if (idleTimer) clearTimeout(idleTimer);
  worker ??= (async () => {
    const { createWorker, OEM } = await import('tesseract.js');
    const w = await createWorker(OCR_LANG, OEM.LSTM_ONLY, {
      workerPath: url(`${OCR_DIR}/worker.min.js`),
      corePath: url(`${OCR_DIR}/${OCR_CORE}`),
      langPath: url(OCR_DIR),
      // A blob: worker would need 'blob:' in the extension's CSP; the file is in the package.
      workerBlobURL: false,
      // The data is in the package already; no IndexedDB copy.
      cacheMethod: 'none',
      gzip: true,
    });
    await w.setParameters({ tessedit_pageseg_mode: OCR_PSM as never });
    return w;
  })();
  const w = await worker.catch((e: unknown) => {
    worker = null;
    throw e;
  });
  try {
    const { data } = await w.recognize(image);
    return data.text;
  } finally {
    idleTimer = setTimeout(() => {
      const old = worker;
      worker = null;
      void old?.then((x) => x.terminate()).catch(() => undefined);
    }, IDLE_MS);
  }
}
