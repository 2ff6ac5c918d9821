/**
 * Analyses one attached picture where the page cannot feel it: in Chrome's offscreen document
 * (entrypoints/offscreen), in Firefox's background page. Decodes with the browser's own decoder,
 * then runs the same analysis as the command line (pipeline.ts: logos, then text), and makes the
 * dialog's thumbnail.
 */
import { base64ToBytes } from './bytes';
import { fitCanvas } from './canvas';
import { builtinTemplates } from './emblems';
import { analyseDecoded, givenLogo } from './pipeline';
import { recognise, warmUp } from './ocr';
import type { LogoTemplate } from './detect';
import type { Rgba } from './raster';
import type { AgencyLogoInput, AnalyserRequest, AnalyserWarmUp, PictureAnalysis } from './types';

const THUMB = 160;

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
        const given = givenLogo(l.id, l.name, image);
        t = 'problem' in given ? null : given;
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
  builtinTemplates();
  await agencyTemplates(req.agencyLogos);
  await ocr;
}

export async function analysePicture(req: Omit<AnalyserRequest, 'type' | 'target'>, url: (path: string) => string): Promise<PictureAnalysis> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([base64ToBytes(req.bytes)], { type: req.mime }));
  } catch (e) {
    return { logos: [], text: '', thumbnail: null, ms: { logos: 0, ocr: 0 }, error: `not a picture this browser can read: ${String(e)}` };
  }
  try {
    const templates = [...builtinTemplates(req.lang), ...(await agencyTemplates(req.agencyLogos))];
    const decoded = { width: bitmap.width, height: bitmap.height, scaled: (k: number) => pixels(draw(bitmap, k)) };
    const thumb = thumbnail(bitmap);
    const result = await analyseDecoded(decoded, templates, (bytes) => recognise(bytes, url));
    return { ...result, thumbnail: thumb };
  } finally {
    bitmap.close();
  }
}
