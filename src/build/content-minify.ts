/**
 * The content script runs on every supported page and is held to 200 KB gzip (issue 11). Its
 * build is minified by Terser instead of esbuild, Vite's default: ~3.5 KB gzip less, as Terser
 * also inlines functions used once, folds constants across statements, drops what that leaves
 * unused and names variables by how often they are used. Terser's default (safe) transforms
 * only, run twice (`passes: 2`; a third gains nothing). `safari10: false`: Vite turns Terser's
 * Safari 10 workarounds on (0.4 KB gzip) and no Safari runs this extension. Pages, background
 * and the offscreen document keep esbuild: faster builds, and their size matters less.
 */
import type { Plugin } from 'vite';
import { isContentBuild } from './content-lean';

export function contentMinify(): Plugin {
  return {
    name: 'netra-content-minify',
    config(config) {
      return isContentBuild(config) ? { build: { minify: 'terser', terserOptions: { safari10: false, compress: { passes: 2 } } } } : null;
    },
  };
}
