/**
 * The files the picture check's OCR needs at run time, from their npm packages, for the build to
 * copy into /ocr/ (wxt.config.ts). Only one core variant ships: SIMD + LSTM-only, which every
 * browser Netra supports runs (Chrome 91+, Firefox 89+), and only the Indonesian "best_int" data.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OCR_CORE, OCR_DIR, OCR_LANG } from '../images/ocr-config';

const require = createRequire(import.meta.url);

export function ocrAssets(): Array<{ absoluteSrc: string; relativeDest: string }> {
  const tess = dirname(require.resolve('tesseract.js/package.json'));
  const core = dirname(require.resolve('tesseract.js-core/package.json'));
  const data = dirname(require.resolve(`@tesseract.js-data/${OCR_LANG}/package.json`));
  const dir = OCR_DIR.replace(/^\//, '');
  return [
    { absoluteSrc: join(tess, 'dist/worker.min.js'), relativeDest: `${dir}/worker.min.js` },
    { absoluteSrc: join(core, OCR_CORE), relativeDest: `${dir}/${OCR_CORE}` },
    { absoluteSrc: join(core, OCR_CORE.replace(/\.js$/, '.wasm')), relativeDest: `${dir}/${OCR_CORE.replace(/\.js$/, '.wasm')}` },
    { absoluteSrc: join(data, `4.0.0_best_int/${OCR_LANG}.traineddata.gz`), relativeDest: `${dir}/${OCR_LANG}.traineddata.gz` },
  ];
}
