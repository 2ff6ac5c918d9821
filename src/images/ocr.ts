/**
 * Text in pictures, read on the device by tesseract.js (Tesseract's LSTM engine compiled to
 * WebAssembly) in its own Worker, with the wasm core and Indonesian language data shipped inside
 * the extension (copied from npm packages at build time, wxt.config.ts): nothing is downloaded.
 * Loaded only when the first picture is analysed, and let go after a while without pictures.
 */
import type { Worker as OcrWorker } from 'tesseract.js';
import { OCR_CORE, OCR_DIR, OCR_LANG, OCR_PSM } from './ocr-config';
import type { Rgba } from './raster';

export { OCR_MAX_SIDE } from './ocr-config';

const IDLE_MS = 120_000;

let worker: Promise<OcrWorker> | null = null;
let idleTimer: ReturnType<typeof setTimeout> | null = null;

/**
 * The picture as a binary PNM, the bytes OCR is given: colour (P6), or grey with light and dark
 * swapped (P5) for the second reading. A PNM is made here in one pass with no encoder: handing
 * tesseract.js a canvas makes it encode a PNG (convertToBlob: slow, and a posted task that
 * Chrome runs late in an unseen offscreen document) only for Leptonica to decode it again.
 * Colour is kept for the first reading: coloured text on a background of similar brightness
 * (a red "#02MENANG" on green) is lost in a plain grey conversion.
 */
export function pnm(img: Rgba, kind: 'colour' | 'inverted-grey'): Uint8Array {
  const colour = kind === 'colour';
  const head = new TextEncoder().encode(`${colour ? 'P6' : 'P5'}\n${img.width} ${img.height}\n255\n`);
  const out = new Uint8Array(head.length + img.width * img.height * (colour ? 3 : 1));
  out.set(head);
  const d = img.data;
  let j = head.length;
  for (let i = 0; i < d.length; i += 4) {
    if (colour) {
      out[j++] = d[i]!;
      out[j++] = d[i + 1]!;
      out[j++] = d[i + 2]!;
    } else out[j++] = 255 - (0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!);
  }
  return out;
}

function start(url: (path: string) => string): Promise<OcrWorker> {
  return (worker ??= (async () => {
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
  })());
}

function letGoLater() {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    const old = worker;
    worker = null;
    void old?.then((x) => x.terminate()).catch(() => undefined);
  }, IDLE_MS);
}

/**
 * Starts the reader ahead of the first picture (the user opened a file picker or is dragging
 * files): loading the wasm core and the language data takes seconds the user would otherwise
 * wait for on Post.
 */
export async function warmUp(url: (path: string) => string): Promise<void> {
  await start(url).catch(() => (worker = null));
  letGoLater();
}

/** `url(path)` turns an extension path into a full URL (runtime.getURL). */
export async function recognise(image: Uint8Array, url: (path: string) => string): Promise<string> {
  if (idleTimer) clearTimeout(idleTimer);
  const w = await start(url).catch((e: unknown) => {
    worker = null;
    throw e;
  });
  try {
    // tesseract.js's types name Node's Buffer; in the browser it takes any Uint8Array of file bytes.
    const { data } = await w.recognize(image as unknown as Parameters<OcrWorker['recognize']>[0]);
    return data.text;
  } finally {
    letGoLater();
  }
}
