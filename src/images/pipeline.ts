/**
 * One picture's analysis, the same wherever it runs: the extension's analyser (offscreen document
 * or Firefox's background page, analyser.ts) and the command line (src/cli/picture.ts). Each
 * supplies what differs: how the picture is decoded and scaled, and how text is read.
 *
 * - Logos are searched in a copy whose shorter side is DETECT_SHORT: the fine look wants the
 *   smallest logo searched (25% of the short side) 96 pixels long, so 384 is enough; a little
 *   more keeps detail.
 * - Text is read from a copy whose longer side is OCR_MAX_SIDE, twice: as it is, in colour, and
 *   inverted in grey. Tesseract's layout analysis finds dark text on light; campaign posters
 *   mostly print light text on dark bands, which the inverted pass reads (20 generated posters
 *   and twibbons: 13 flagged after one pass, 19 after both; 1.4× the time).
 */
import { logoProblem } from './cutout';
import { detectLogos, prepareLogo, type LogoTemplate } from './detect';
import { PASS_SEPARATOR } from './findings';
import { OCR_MAX_SIDE } from './ocr-config';
import { pnm } from './ocr';
import type { Rgba } from './raster';
import type { PictureAnalysis } from './types';

export const DETECT_SHORT = 480;

export interface DecodedPicture {
  width: number;
  height: number;
  /** The picture scaled by k ≤ 1. */
  scaled(k: number): Rgba | Promise<Rgba>;
}

/** What reads text: PNM bytes (ocr.ts) in, text out. */
export type ReadText = (pnmBytes: Uint8Array) => Promise<string>;

/** An agency's or user's logo picture as templates, or why it cannot serve. */
export function givenLogo(id: string, name: string, image: Rgba): LogoTemplate | { problem: NonNullable<ReturnType<typeof logoProblem>> } {
  const problem = logoProblem(image);
  return problem ? { problem } : prepareLogo({ id, name, image }, { given: true });
}

export async function analyseDecoded(pic: DecodedPicture, templates: readonly LogoTemplate[], readText: ReadText | null): Promise<Omit<PictureAnalysis, 'thumbnail'>> {
  const t0 = performance.now();
  const k = Math.min(1, DETECT_SHORT / Math.min(pic.width, pic.height));
  const found = detectLogos(await pic.scaled(k), templates);
  // Boxes in the original picture's pixels.
  const logos = found.map((h) => ({ id: h.id, name: h.name, score: Math.round(h.score * 1000) / 1000, box: { x: Math.round(h.box.x / k), y: Math.round(h.box.y / k), w: Math.round(h.box.w / k), h: Math.round(h.box.h / k) } }));
  const t1 = performance.now();
  let text = '';
  let error: string | undefined;
  if (readText) {
    try {
      const page = await pic.scaled(Math.min(1, OCR_MAX_SIDE / Math.max(pic.width, pic.height)));
      text = [await readText(pnm(page, 'colour')), await readText(pnm(page, 'inverted-grey'))].join(PASS_SEPARATOR);
    } catch (e) {
      // Logos are still worth reporting when the text reader fails.
      error = `text could not be read: ${String(e)}`;
    }
  }
  return { logos, text, ms: { logos: Math.round(t1 - t0), ocr: Math.round(performance.now() - t1) }, ...(error ? { error } : {}) };
}
