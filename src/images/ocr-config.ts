/** OCR settings shared by the extension (ocr.ts), the build (src/build/ocr-assets.ts) and the benchmark. */

/**
 * Indonesian only (1.2 MB): campaign text here is Indonesian, and its LSTM model reads Latin
 * letters, digits and "#02MENANG"-style hashtags, English slogans ("VOTE 02") included, well
 * enough for the engine's patterns (bench: every generated poster flagged). English data
 * (@tesseract.js-data/eng, 2.9 MB more, and a second model run per picture) is not shipped.
 */
export const OCR_LANG = 'ind';
/** Fully automatic page segmentation, without orientation detection (not shipped). */
export const OCR_PSM = '3';
/**
 * Longer side the picture is scaled to before recognition. Poster text is large; recognition time
 * grows with pixels, and at this size campaign lines stay well above Tesseract's ideal x-height
 * (20 generated posters and twibbons, one pass: 13 flagged when read at 1280, 14 at 960 and 720).
 */
export const OCR_MAX_SIDE = 1024;
/** The extension folder the build copies tesseract's worker, core and data into. */
export const OCR_DIR = '/ocr';
export const OCR_CORE = 'tesseract-core-simd-lstm.js';
