/**
 * Where attached pictures are analysed. Chrome (MV3) has no DOM, workers or wasm threads in its
 * service worker, so the background hands pictures to an offscreen document; Firefox (MV2) has a
 * background page that can run them itself and has no offscreen API. What selects the path is the
 * build's manifest version (`import.meta.env.MANIFEST_VERSION`, fixed per build; the Chrome branch
 * is compiled out of the Firefox build and the other way round). Firefox cannot run here: these
 * tests read the manifest the config gives each browser and run the background's Firefox path
 * (this test's build is not MV3) with the analyser module in place of the browser's decoder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { AnalyserRequest, PictureAnalysis } from '../src/images/types';

const analysed: Array<Omit<AnalyserRequest, 'type' | 'target'>> = [];
const warmed: unknown[] = [];

vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (p: string) => `moz-extension://netra${p}`, sendMessage: vi.fn(() => Promise.reject(new Error('not in the background page'))) } } }));
vi.mock('../src/settings/store', () => ({
  loadPolicyReport: async () => ({ policy: { logos: [{ name: 'Pemkab Sukamaju', image: 'iVBORw0KGgo=' }] }, problems: [] }),
  loadUserLogos: async () => [{ id: 'u1', name: 'Logo saya', image: 'iVBORw0KGgo=' }],
}));
vi.mock('../src/images/analyser', () => ({
  analysePicture: async (req: Omit<AnalyserRequest, 'type' | 'target'>, url: (p: string) => string): Promise<PictureAnalysis> => {
    analysed.push(req);
    return { logos: [], text: url('/ocr/worker.min.js'), thumbnail: null, ms: { logos: 1, ocr: 2 } };
  },
  warmUpAnalyser: async (req: unknown) => void warmed.push(req),
}));

beforeEach(() => {
  analysed.length = 0;
  warmed.length = 0;
});

describe("Firefox (MV2): pictures are analysed in the background page", () => {
  test('the build this test runs in is not MV3, so the background takes the Firefox path', () => {
    expect(import.meta.env.MANIFEST_VERSION).not.toBe(3);
  });

  test('a picture goes to the analyser loaded in the background page, with the agency and user logos; no offscreen document is asked for', async () => {
    const chrome = { offscreen: { createDocument: vi.fn() }, runtime: { getURL: (p: string) => p } };
    vi.stubGlobal('chrome', chrome);
    try {
      const { handlePicture } = await import('../src/background/pictures');
      const out = await handlePicture({ type: 'netra:picture', bytes: 'AAAA', mime: 'image/jpeg', lang: 'en' });
      expect(analysed).toEqual([{ type: 'netra:analyse-picture', target: 'netra-analyser', bytes: 'AAAA', mime: 'image/jpeg', lang: 'en', agencyLogos: [{ id: 'agency:0', name: 'Pemkab Sukamaju', image: 'iVBORw0KGgo=' }, { id: 'user:u1', name: 'Logo saya', image: 'iVBORw0KGgo=' }] }]);
      // The analyser's files (OCR worker, wasm, data) are the extension's own URLs.
      expect(out.text).toBe('moz-extension://netra/ocr/worker.min.js');
      expect(chrome.offscreen.createDocument).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  test('warming up the picture check sets up the same analyser', async () => {
    const { warmUpPictures } = await import('../src/background/pictures');
    await warmUpPictures();
    expect(warmed).toHaveLength(1);
  });
});

describe('the manifest each browser gets', () => {
  const manifest = async (browser: string, manifestVersion: 2 | 3) => {
    const config = (await import('../wxt.config')).default as { manifest: (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: string }) => Record<string, unknown> };
    return config.manifest({ browser, manifestVersion, mode: 'production', command: 'build' });
  };

  test('Firefox MV2: no offscreen permission, the wasm CSP as a string, optional hosts as optional permissions, a gecko id', async () => {
    const m = await manifest('firefox', 2);
    expect(m.permissions).toEqual(['storage', 'scripting']);
    expect(m.content_security_policy).toBe("script-src 'self' 'wasm-unsafe-eval'; object-src 'self';");
    expect(m.optional_permissions).toEqual(['https://*/*']);
    expect(m).not.toHaveProperty('optional_host_permissions');
    expect(m).not.toHaveProperty('key');
    expect(m.browser_specific_settings).toEqual({ gecko: { id: 'netra@netra.id', strict_min_version: '128.0' } });
  });

  test('Chrome MV3: the offscreen permission and the extension pages CSP', async () => {
    const m = await manifest('chrome', 3);
    expect(m.permissions).toContain('offscreen');
    expect(m.content_security_policy).toEqual({ extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" });
  });

  test('the offscreen document is built for Chrome and Edge only', () => {
    const html = readFileSync(join(__dirname, '../entrypoints/offscreen/index.html'), 'utf8');
    expect(html).toMatch(/<meta name="manifest\.include" content="\['chrome', 'edge'\]"/);
  });
});
