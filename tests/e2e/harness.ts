/**
 * Browser tests: Debian's Chromium driven by playwright-core, headless, with the built extension
 * loaded. Fixture pages are built from the editor frameworks the platforms use and served under
 * the platforms' real URLs through request routing, so the manifest's real match patterns are
 * exercised. Every other request is refused and recorded: the extension must make none.
 */
import { build, type Plugin } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = join(process.env.NETRA_OUT_DIR ? resolve(ROOT, process.env.NETRA_OUT_DIR) : join(ROOT, '.output'), 'chrome-mv3');
export const SHOTS_DIR = join(ROOT, 'test-results/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  /** Requests that left for the network (anything not served by a fixture route). */
  stray: string[];
  /** Serve `html` at every URL starting with `urlPrefix`. */
  serve(urlPrefix: string, html: string): void;
  close(): Promise<void>;
}

/**
 * `extensionDir`: a modified copy of the build (a test that needs a permission granted up front).
 * `welcome`: keep the welcome page Netra opens on install. Otherwise it is kept from opening (as
 * for a Netra installed earlier) and closed if it opens anyway: as the new active tab it would
 * take the foreground from the page under test, and a dialog opened in a background tab never
 * gets the keyboard focus.
 */
export async function launch(opts: { locale?: string; userDataDir?: string; extraArgs?: string[]; extensionDir?: string; welcome?: boolean } = {}): Promise<Browser> {
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error('build the extension first: npm run build');
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'netra-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: opts.locale ?? 'id-ID',
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      `--lang=${opts.locale ?? 'id-ID'}`,
      ...(opts.extraArgs ?? []),
    ],
  });
  const stray: string[] = [];
  const routes: Array<[string, string]> = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const hit = routes.find(([prefix]) => url.startsWith(prefix));
    if (hit) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hit[1] });
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    stray.push(url);
    return route.abort();
  });
  context.on('request', (r) => {
    const url = r.url();
    if (/^https?:/.test(url) && !routes.some(([p]) => url.startsWith(p)) && !stray.includes(url)) stray.push(url);
  });
  let sw = context.serviceWorkers()[0];
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(sw.url()).host;
  if (!opts.welcome) {
    context.on('page', (p) => void p.waitForLoadState('domcontentloaded').then(() => (p.url().endsWith('/welcome.html') && !p.url().includes('?') ? p.close() : undefined), () => undefined));
    await sw.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ welcomeShown: true }));
  }
  return {
    context,
    extensionId,
    stray,
    serve: (prefix, html) => routes.push([prefix, html]),
    async close() {
      await context.close();
      if (!opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One copy of each editor framework per page, as an app's bundler makes it. package.json pins
 * lexical ^0.53 but every @lexical/* 0.52 package depends on lexical 0.52 exactly, so npm nests a
 * private copy in each; bundled as is, the plugins would not see the editor the page created.
 * Every `lexical` import resolves to the copy the plugins were built against.
 */
const singleCopy: Plugin = {
  name: 'single-copy',
  setup(b) {
    b.onResolve({ filter: /^lexical$/ }, async (args) => {
      if (args.pluginData === 'single-copy') return undefined;
      const r = await b.resolve(args.path, { kind: args.kind, resolveDir: join(ROOT, 'node_modules/@lexical/plain-text'), pluginData: 'single-copy' });
      return r.errors.length ? undefined : { path: r.path };
    });
  },
};

const fixtureCache = new Map<string, string>();
/** Bundle tests/e2e/fixtures/<name>.ts(x) with its editor framework into one self-contained page. */
export async function fixtureHtml(name: string, title: string): Promise<string> {
  const cached = fixtureCache.get(name);
  if (cached) return cached;
  const entry = ['.tsx', '.ts'].map((e) => join(ROOT, 'tests/e2e/fixtures', name + e)).find(existsSync);
  if (!entry) throw new Error(`no fixture ${name}`);
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    write: false,
    minify: false,
    jsx: 'automatic',
    jsxImportSource: 'react',
    // The fixtures are React apps, like the platforms; the extension itself uses Preact.
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'react' } },
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    loader: { '.css': 'text' },
    plugins: [singleCopy],
    logLevel: 'silent',
  });
  const js = out.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
  const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:15px system-ui,sans-serif;margin:0;padding:24px;background:#f3f4f6}.box{background:#fff;border:1px solid #ddd;border-radius:12px;padding:12px;max-width:640px;margin:0 0 16px}
[contenteditable]{min-height:60px;outline:1px solid #ccc;padding:8px;border-radius:6px;white-space:pre-wrap}textarea{width:100%;min-height:80px;font:inherit}</style>
</head><body><div id="root"></div><script>${js}</script></body></html>`;
  fixtureCache.set(name, html);
  return html;
}

/** What the fixture app itself believes it posted (each fixture pushes to window.__posted). */
export async function posted(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __posted: string[] }).__posted ?? []);
}

/**
 * What Netra shows, read from inside its closed shadow root through DevTools (which pierces
 * closed roots; page scripts cannot): which layers have content, and the marked words.
 */
export async function netraView(page: Page): Promise<{ layers: string[]; marks: Array<{ sev: string; text: string }>; tooltip: string }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type Node = { nodeName: string; nodeValue?: string; attributes?: string[]; children?: Node[]; shadowRoots?: Node[]; childNodeCount?: number };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    const find = (n: Node): Node | null => {
      if (n.nodeName === 'NETRA-UI') return n;
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
        const hit = find(c);
        if (hit) return hit;
      }
      return null;
    };
    const host = find(root);
    const layers: string[] = [];
    const marks: Array<{ sev: string; text: string }> = [];
    const walk = (n: Node) => {
      if (attr(n, 'class') === 'mark-range') marks.push({ sev: attr(n, 'data-sev'), text: attr(n, 'data-text') });
      for (const c of n.children ?? []) walk(c);
    };
    const textOf = (n: Node): string => (n.nodeName === '#text' ? (n.nodeValue ?? '') : (n.children ?? []).map(textOf).join(''));
    let tooltip = '';
    for (const layer of host?.shadowRoots?.[0]?.children ?? []) {
      const name = attr(layer, 'data-layer');
      if (name && (layer.childNodeCount ?? layer.children?.length ?? 0) > 0) layers.push(name);
      if (name === 'tooltip') tooltip = textOf(layer);
      walk(layer);
    }
    return { layers, marks, tooltip };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Netra's state on the page: its dialog, a badge, a notice, a tooltip (see netraView). */
export async function netraState(page: Page): Promise<{ dialog: boolean; badge: boolean; toast: boolean; tooltip: boolean; badges: number }> {
  const { layers } = await netraView(page);
  const badges = layers.filter((l) => l.startsWith('badge-')).length;
  return { dialog: layers.includes('dialog'), badge: badges > 0, toast: layers.includes('toast'), tooltip: layers.includes('tooltip'), badges };
}

/** The words Netra marked, as text, most serious first. */
export async function highlighted(page: Page): Promise<string[]> {
  const order = ['serious', 'warning', 'info'];
  const { marks } = await netraView(page);
  return marks.sort((a, b) => order.indexOf(a.sev) - order.indexOf(b.sev)).map((m) => m.text);
}

/**
 * The accessibility tree's view of Netra's dialog (it sees into closed shadow roots, as a screen
 * reader does): the dialog's name and the names of its buttons.
 */
export async function dialogA11y(page: Page): Promise<{ name: string; buttons: string[]; disabled: string[]; text: string } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ nodeId: string; role?: { value: string }; name?: { value: string }; childIds?: string[]; ignored?: boolean; properties?: Array<{ name: string; value: { value: unknown } }> }> };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    // The site's own composer may be a dialog too (Bluesky, Facebook): Netra's UI host is the last
    // child of <body>, so its dialog is the last one in tree order.
    const dialog = nodes.filter((n) => n.role?.value === 'dialog' && !n.ignored).at(-1);
    if (!dialog) return null;
    const buttons: string[] = [];
    const disabled: string[] = [];
    const texts: string[] = [];
    const walk = (id: string) => {
      const n = byId.get(id);
      if (!n) return;
      if (n.role?.value === 'button' && n.name?.value) {
        buttons.push(n.name.value);
        if (n.properties?.some((p) => p.name === 'disabled' && p.value.value === true)) disabled.push(n.name.value);
      }
      if ((n.role?.value === 'StaticText' || n.role?.value === 'heading') && n.name?.value) texts.push(n.name.value);
      for (const c of n.childIds ?? []) walk(c);
    };
    walk(dialog.nodeId);
    return { name: dialog.name?.value ?? '', buttons, disabled, text: texts.join(' ') };
  } finally {
    await cdp.detach();
  }
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`) });
}

/**
 * Wait for a state (a dialog, a post counter, a finding count), never for a time. The limit
 * only bounds a failure, so it is generous: the suite must pass on a loaded 2-core machine.
 */
export async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000, stepMs = 40): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, stepMs));
  }
  return check();
}

/**
 * Let the page run what is already queued: the handlers of the last event and the tasks they
 * posted. After a post, a second post caused by the first would be in there. A turn of the
 * page's event loop, not a wait for a time.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => setTimeout(() => setTimeout(r, 0), 0)));
}

/**
 * Run `type` (text typed into the editor at `selector`) and wait until the page has delivered the
 * `selectionchange` of that typing: the caret inside the editor, the text in it. Chromium delivers
 * that event in a task of its own, which may come after a test's next steps (tasks, a frame) on a
 * loaded machine. Lexical handles it by committing the selection, and a selection it commits while
 * the focus is outside the editor takes the focus back (`updateDOMSelection` focuses the root): a
 * test that moved the focus to Post in between then presses Enter into the draft, a line break,
 * with or without Netra. A real user's next key comes long after; a test must wait for the event.
 * `typedPiece`: a piece of the typed text that is in the editor once the typing is in.
 */
export async function typedAndSettled(page: Page, selector: string, typedPiece: string, type: () => Promise<unknown>): Promise<void> {
  await page.locator(selector).first().evaluate((el, piece) => {
    (window as unknown as { __netraCaret?: Promise<void> }).__netraCaret = new Promise<void>((resolve) => {
      const seen = () => {
        const s = document.getSelection();
        if (!s?.anchorNode || !el.contains(s.anchorNode) || !(el.textContent ?? '').includes(piece)) return;
        document.removeEventListener('selectionchange', seen);
        resolve();
      };
      document.addEventListener('selectionchange', seen);
    });
  }, typedPiece);
  await type();
  await page.evaluate(() => (window as unknown as { __netraCaret?: Promise<void> }).__netraCaret);
}

/**
 * Give `selector` the keyboard focus and wait until it keeps it once the page has run what was
 * queued and drawn a frame: an editor may still take it back (see `typedAndSettled`, which must
 * come first after typing). A state, not a time.
 */
export function focusHeld(page: Page, selector: string, timeoutMs?: number): Promise<boolean> {
  const holds = async () => !!(await page.$(selector))?.evaluate((el) => el === document.activeElement);
  return waitFor(async () => {
    await page.focus(selector);
    await settled(page);
    if (!(await holds())) return false;
    await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    return holds();
  }, timeoutMs);
}

/**
 * Wait until a timer Netra set before this call, of at most `ms`, has run: one set now in the
 * page, of `ms`, fires after it (one event loop; due timers run in order). For what only a timer
 * of Netra's ends (the bypass window after *Tetap kirim*, the submit-control health check).
 */
export async function afterNetraTimer(page: Page, ms: number): Promise<void> {
  await page.evaluate((d) => new Promise<void>((r) => setTimeout(r, d)), ms);
}

/**
 * Have the picture reader set up before a test attaches its own pictures. The first picture in
 * a browser sets it up (seconds, far longer on a loaded machine) and Netra lets a post through
 * when a check takes longer than its limit, so a test that presses Post on a cold reader would
 * test the machine's speed. A poster is read on X in another tab until Netra flags it.
 */
export async function warmUpPictures(b: Browser, poster: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  b.serve('https://x.com/', await fixtureHtml('x', 'x'));
  const page = await b.context.newPage();
  await page.goto('https://x.com/home');
  await page.click('[data-testid="tweetTextarea_0"]');
  await page.keyboard.insertText('Selamat pagi.');
  await page.setInputFiles('[data-testid="fileInput"]', poster);
  await flaggedDraft(page, 150_000);
  await page.close();
}

/**
 * Wait until Netra's dialog is open and ready for keys: it takes the focus (on *Ubah draf*) just
 * after it is drawn, and a key pressed before that goes to the page instead.
 */
export function dialogReady(page: Page, timeoutMs?: number): Promise<boolean> {
  return waitFor(async () => (await netraState(page)).dialog && (await page.evaluate(() => document.activeElement?.tagName === 'NETRA-UI')), timeoutMs);
}

/** Wait until Netra has checked the draft and found something (its badge is up). */
export function flaggedDraft(page: Page, timeoutMs?: number): Promise<boolean> {
  return waitFor(async () => (await netraState(page)).badge, timeoutMs);
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}
export { writeFileSync };

/**
 * One browser for the surrounding describe block: launched before its tests with `fixture`
 * served at `url`'s origin, closed after them. Call the returned function inside tests.
 */
export function browserFor(url: string, fixture: string, title = fixture): () => Browser {
  let b: Browser | undefined;
  beforeAll(async () => {
    b = await launch();
    b.serve(new URL(url).origin + '/', await fixtureHtml(fixture, title));
  });
  afterAll(async () => {
    await b?.close();
  });
  return () => {
    if (!b) throw new Error('the browser is not launched yet');
    return b;
  };
}

/** Offscreen documents the extension has open (the picture analyser lives in one). */
export function offscreenDocuments(b: Browser): Promise<number> {
  return b.context.serviceWorkers()[0]!.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { runtime: { getContexts(f: { contextTypes: string[] }): Promise<unknown[]> } } }).chrome;
    return (await c.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length;
  });
}

export interface RenderedDialog {
  /** The dialog's visible text (what innerText renders), whitespace collapsed. */
  text: string;
  /** One entry per card, in order: its severity, its guideline's name (its heading), its visible text. */
  cards: Array<{ severity: string; label: string; text: string }>;
  /** Visible names of the dialog's buttons, in order. */
  buttons: string[];
}

/**
 * Netra's dialog as rendered, read from inside its closed shadow root through DevTools (which
 * pierces closed roots); page scripts cannot do this.
 */
export async function readDialog(page: Page): Promise<RenderedDialog | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type Node = { nodeName: string; backendNodeId: number; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    const find = (n: Node, ok: (n: Node) => boolean): Node | null => {
      if (ok(n)) return n;
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
        const hit = find(c, ok);
        if (hit) return hit;
      }
      return null;
    };
    const host = find(root, (n) => n.nodeName === 'NETRA-UI');
    const dialog = host && find(host, (n) => n.nodeName === 'DIV' && /(^|\s)dialog(\s|$)/.test(attr(n, 'class')));
    if (!dialog) return null;
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: dialog.backendNodeId })) as { object: { objectId: string } };
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      returnByValue: true,
      functionDeclaration: `function () {
        const squash = (s) => s.replace(/\\s+/g, ' ').trim();
        // Visually hidden text (headings for screen readers) is not what a sighted user reads.
        const visible = (el) => [...el.querySelectorAll('.sr-only')].reduce((t, h) => t.replace(h.innerText, ''), el.innerText);
        const heading = (li) => li.querySelector('h3')?.textContent || '';
        return {
          text: squash(visible(this)),
          cards: [...this.querySelectorAll('li.finding')].map((li) => ({ severity: (li.className.match(/sev-(\\w+)/) || [])[1], label: heading(li), text: squash(visible(li)) })),
          buttons: [...this.querySelectorAll('button')].map((b) => squash(b.innerText)),
        };
      }`,
    })) as { result: { value: RenderedDialog } };
    return result.value;
  } finally {
    await cdp.detach();
  }
}

function attr(n: { attributes?: string[] }, name: string): string {
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1] ?? '';
  return '';
}

/** Clicks a button of Netra's dialog, found as a screen reader finds it (its shadow root is closed). */
export async function clickDialogButton(page: Page, name: string, nth = 0): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
    const { nodes } = (await cdp.send('Accessibility.queryAXTree', { nodeId: root.nodeId, accessibleName: name, role: 'button' } as never)) as { nodes: Array<{ backendDOMNodeId?: number }> };
    const id = nodes.filter((n) => n.backendDOMNodeId)[nth]?.backendDOMNodeId;
    if (!id) throw new Error(`no button named ${name}`);
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: id });
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: id })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}

/** A key of browser.storage.local, read through the extension's service worker. */
export function storedValue(b: Browser, key: string): Promise<unknown> {
  return b.context.serviceWorkers()[0]!.evaluate(async (k) => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await c.storage.local.get(k))[k];
  }, key);
}
