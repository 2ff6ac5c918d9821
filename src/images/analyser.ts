/**
 * Analyses one attached picture where the page cannot feel it: in Chrome's offscreen document
 * (entrypoints/offscreen), in Firefox's background page. Decodes with the browser's own decoder,
 * finds logos (detect.ts) on a reduced copy, reads text (ocr.ts) and makes the dialog's thumbnail.
 */
import { base64ToBytes } from './bytes';
import { fitCanvas } from './canvas';
import { detectLogos, logoProblem, prepareLogo, type LogoTemplate } from './detect';
import { PASS_SEPARATOR } from './findings';
import { builtinLogoSources, BUILTIN_LOGOS } from './logos';
import { pnm, recognise, warmUp } from './ocr';
import { OCR_MAX_SIDE } from './ocr-config';
import type { Rgba } from './raster';
import type { AgencyLogoInput, AnalyserRequest, AnalyserWarmUp, PictureAnalysis } from './types';

/**
 * Shorter side of the copy logos are searched in: the fine look wants the smallest logo searched
 * (25% of the short side) 96 pixels long, so 384 is enough; a little more keeps detail.
 */
const DETECT_SHORT = 480;
const THUMB = 160;

let builtin: LogoTemplate[] | null = null;
/** Prepared agency and user logos; null for a picture that cannot serve as a logo. */
const agencyCache = new Map<string, LogoTemplate | null>();

function draw(bitmap: ImageBitmap, scale: number): OffscreenCanvas {
  const w = Math.max(1, Math.round(bitmap.width * scale));
  const h = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(w, h);
  const ctx = canvas.getContext('2d')!;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, w, h);
  return canvas;
}

function pixels(canvas: OffscreenCanvas): Rgba {
  const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  return { width: d.width, height: d.height, data: d.data };
}

async function agencyTemplates(logos: readonly AgencyLogoInput[]): Promise<LogoTemplate[]> {
  const out: LogoTemplate[] = [];
  for (const l of logos) {
    const key = `${l.name}\u0000${l.image.length}\u0000${l.image.slice(-64)}`;
    let t = agencyCache.get(key);
    if (t === undefined) {
      try {
        const bitmap = await createImageBitmap(new Blob([base64ToBytes(l.image)]));
        const k = Math.min(1, 256 / Math.max(bitmap.width, bitmap.height));
        const image = pixels(draw(bitmap, k));
        bitmap.close();
        // A blank or featureless policy logo would match ordinary photos: leave it out (the
        // options page tells the user and the administrator why).
        t = logoProblem(image) ? null : prepareLogo({ id: l.id, name: l.name, image }, { given: true });
        agencyCache.set(key, t);
      } catch {
        continue; // A broken policy image must not stop the built-in logos.
      }
    }
    if (t) out.push(t);
  }
  return out;
}

/**
 * The dialog's thumbnail, encoded synchronously on a <canvas> where there is a document (the
 * offscreen document, Firefox's background page). OffscreenCanvas.convertToBlob would do, but it
 * is a posted task, and in an offscreen document no one looks at, Chrome ran such tasks about a
 * second late (measured: 1.1 s for a 160-pixel JPEG), which the user waits for on Post.
 */
function thumbnail(bitmap: ImageBitmap): string | null {
  try {
    if (typeof document === 'undefined') return null;
    return fitCanvas(bitmap, THUMB).canvas.toDataURL('image/jpeg', 0.8);
  } catch {
    return null;
  }
}

/** Everything the first picture would otherwise set up while the user waits. */
export async function warmUpAnalyser(req: Omit<AnalyserWarmUp, 'type' | 'target'>, url: (path: string) => string): Promise<void> {
  const ocr = warmUp(url);
  builtin ??= builtinLogoSources().map((s) => prepareLogo(s));
  await agencyTemplates(req.agencyLogos);
  await ocr;
}

export async function analysePicture(req: Omit<AnalyserRequest, 'type' | 'target'>, url: (path: string) => string): Promise<PictureAnalysis> {
  const t0 = performance.now();
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([base64ToBytes(req.bytes)], { type: req.mime }));
  } catch (e) {
    return { logos: [], text: '', thumbnail: null, ms: { logos: 0, ocr: 0 }, error: `not a picture this browser can read: ${String(e)}` };
  }
  try {
    builtin ??= builtinLogoSources().map((s) => prepareLogo(s));
    const templates = [...builtin, ...(await agencyTemplates(req.agencyLogos))];
    const short = Math.min(bitmap.width, bitmap.height);
    const found = detectLogos(pixels(draw(bitmap, Math.min(1, DETECT_SHORT / short))), templates);
    const names = new Map(BUILTIN_LOGOS.map((l) => [l.id, l.name[req.lang]]));
    const logos = found.map((h) => ({ id: h.id, name: names.get(h.id) ?? h.name, score: Math.round(h.score * 1000) / 1000 }));
    const thumb = thumbnail(bitmap);
    const t1 = performance.now();
    let text = '';
    let error: string | undefined;
    try {
      const page = pixels(draw(bitmap, Math.min(1, OCR_MAX_SIDE / Math.max(bitmap.width, bitmap.height))));
      // Tesseract's layout analysis finds dark text on light; campaign posters mostly print light
      // text on dark bands, which a second pass on the inverted picture reads (20 generated
      // posters and twibbons: 13 flagged after one pass, 19 after both; 1.4× the time).
      text = [await recognise(pnm(page, 'colour'), url), await recognise(pnm(page, 'inverted-grey'), url)].join(PASS_SEPARATOR);
    } catch (e) {
      // Logos are still worth reporting when the text reader fails.
      error = `text could not be read: ${String(e)}`;
    }
    return { logos, text, thumbnail: thumb, ms: { logos: Math.round(t1 - t0), ocr: Math.round(performance.now() - t1) }, ...(error ? { error } : {}) };
  } finally {
    bitmap.close();
  }
}
