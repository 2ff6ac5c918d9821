/** OCR settings shared by the extension (ocr.ts), the build (src/build/ocr-assets.ts) and the benchmark. */

/**
 * Indonesian only: campaign text here is Indonesian, and the LSTM model reads Latin letters,
 * digits and "#02MENANG"-style hashtags well enough for the engine's patterns. Adding English
 * doubles recognition time and adds 2.9 MB, for English slogans the engine mostly matches anyway.
 */
export const OCR_LANG = 'ind';
/** Fully automatic page segmentation, without orientation detection (not shipped). */
export const OCR_PSM = '3';
/**
 * Longer side the picture is scaled to before recognition. Poster text is large; recognition time
 * grows with pixels, and at this size campaign lines stay well above Tesseract's ideal x-height.
 */
export const OCR_MAX_SIDE = 1280;
/** The extension folder the build copies tesseract's worker, core and data into. */
export const OCR_DIR = '/ocr';
export const OCR_CORE = 'tesseract-core-simd-lstm.js';
