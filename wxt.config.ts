import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { netraRules } from './src/build/vite-plugin';
import { naturalStrictVite } from './src/build/natural-strict';
import { rootWordsVite } from './src/build/root-words';
import { contentMessages } from './src/build/content-messages';
import { contentCss } from './src/build/content-css';
import { contentMinify } from './src/build/content-minify';
import { HOST_PATTERNS } from './src/sites/hosts';
import { DEV_PUBLIC_KEY } from './src/build/extension-key';
import { ocrAssets } from './src/build/ocr-assets';

// See docs/privacy.md for why each permission is needed.
export default defineConfig({
  // Parallel builds (several engineers, CI) can each use their own output folder.
  outDir: process.env.NETRA_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // The source archive for Firefox review: what builds the extension, not test output.
  zip: { excludeSources: ['test-results/**', '.output*/**', 'coverage/**', '**/*.log'] },
  // The picture check's text reader (tesseract.js worker, wasm core, Indonesian data) is copied
  // from npm packages into /ocr/ of the build: nothing is downloaded at run time.
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...ocrAssets());
    },
  },
  vite: () => ({
    plugins: [naturalStrictVite(), rootWordsVite(), contentMessages(), contentCss(), contentMinify(), preact(), netraRules()],
    // NETRA_SOURCEMAP=1: source maps, to see what each part of the content script costs.
    build: { chunkSizeWarningLimit: 1024, sourcemap: !!process.env.NETRA_SOURCEMAP },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    // scripting: registering the content script on Mastodon instances the user adds.
    // offscreen (Chrome): the picture check runs in an offscreen document, off the page.
    permissions: ['storage', 'scripting', ...(manifestVersion === 3 ? ['offscreen'] : [])],
    // The picture check's OCR is WebAssembly: extension pages may compile wasm, nothing else is
    // relaxed (no remote code, no eval). MV3's default policy plus 'wasm-unsafe-eval'; Firefox
    // MV2 needs it said the same way.
    content_security_policy:
      manifestVersion === 3
        ? { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" }
        : "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    host_permissions: HOST_PATTERNS,
    // Agencies configure Netra through enterprise policy; see docs/deploy.md.
    storage: { managed_schema: 'managed_schema.json' },
    // Optional, asked for one instance at a time when the user adds it (src/background/instances.ts);
    // MV2 (Firefox) has no optional_host_permissions and lists hosts with the other optional ones.
    ...(manifestVersion === 3 ? { optional_host_permissions: ['https://*/*'] } : { optional_permissions: ['https://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'netra@netra.id', strict_min_version: '128.0' } } }
      : // A fixed id for development builds (tests target it); self-hosting agencies set their own key.
        { key: process.env.NETRA_MANIFEST_KEY ?? DEV_PUBLIC_KEY }),
  }),
});
