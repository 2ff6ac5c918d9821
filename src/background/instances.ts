/**
 * Mastodon instances beyond the common ones the manifest names. The user adds one (the options
 * page calls addInstance from a click); the browser asks them to grant that one origin through
 * the manifest's optional host permission; the background then registers the content script for
 * every granted origin. On such a page the content script picks the Mastodon adapter only when the
 * page is a Mastodon web app (src/sites/mastodon.ts `matchesDocument`), so an origin granted by
 * mistake, or through the browser's own "allow on this site", runs nothing.
 *
 * The set of registered origins is always derived from the granted permissions, never stored
 * separately: revoking access in the browser's settings removes the script too.
 *
 * The browser API is passed in (`browser` from wxt/browser in the extension) so this is unit-tested
 * with a fake.
 */
import { HOST_PATTERNS } from '../sites/hosts';

export const INSTANCE_SCRIPT_ID = 'netra-mastodon-instances';

interface ScriptSpec {
  id: string;
  matches?: string[];
  js?: string[];
  css?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

/** The part of the WebExtension API this needs (browser.* in Chrome MV3 and Firefox). */
export interface InstanceApi {
  permissions: {
    getAll(): Promise<{ origins?: string[] }>;
    request(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
    onAdded: { addListener(cb: () => void): void };
    onRemoved: { addListener(cb: () => void): void };
  };
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string; matches?: string[]; js?: string[] }>>;
    registerContentScripts(scripts: ScriptSpec[]): Promise<unknown>;
    updateContentScripts(scripts: ScriptSpec[]): Promise<unknown>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
  };
  runtime: {
    getManifest(): { content_scripts?: Array<{ matches?: string[]; js?: string[]; css?: string[] }> };
    onStartup: { addListener(cb: () => void): void };
  };
}

export type AddResult = { ok: true; origin: string } | { ok: false; reason: 'invalid' | 'built-in' | 'denied' };

/**
 * "mastodon.example", "https://Mastodon.Example/@me" → "https://mastodon.example/*". Only a plain
 * https host name: no port, credentials, wildcard or IP literal, since the permission prompt the
 * user sees must name one recognisable site.
 */
export function instanceOrigin(input: string): string | null {
  const raw = input.trim();
  if (!raw || /\s/.test(raw) || raw.includes('*')) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.port || url.username || url.password) return null;
  const host = url.hostname.toLowerCase();
  // A dotted name with a letter in its last label: no IPv4/IPv6 literals, no intranet single labels.
  if (!/^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]([a-z0-9-]*[a-z0-9])?$/.test(host)) return null;
  return `https://${host}/*`;
}

const BUILT_IN = new Set(HOST_PATTERNS);

/**
 * The granted origins that are user-added instances: exact https hosts outside the built-in
 * sites. A broad grant (https://*\/*, *.example) is never turned into a content script.
 */
export function instanceOrigins(granted: readonly string[]): string[] {
  return [...new Set(granted.filter((o) => instanceOrigin(o.replace(/\/\*$/, '')) === o && !BUILT_IN.has(o)))].sort();
}

/** The content script's files, as the build wrote them into the manifest for the built-in sites. */
function contentFiles(api: InstanceApi): { js: string[]; css?: string[] } {
  const entry = api.runtime.getManifest().content_scripts?.find((c) => c.matches?.some((m) => BUILT_IN.has(m)));
  if (!entry?.js?.length) throw new Error('no content script in the manifest');
  return { js: entry.js, ...(entry.css?.length ? { css: entry.css } : {}) };
}

const same = (a: readonly string[] | undefined, b: readonly string[]) => !!a && [...a].sort().join('\n') === [...b].sort().join('\n');

let queue: Promise<unknown> = Promise.resolve();

/**
 * Makes the registered script match exactly the granted instances. Calls are serialised: the
 * permission events and start-up can arrive together.
 */
export function syncInstanceScripts(api: InstanceApi): Promise<string[]> {
  const run = queue.then(async () => {
    const wanted = instanceOrigins((await api.permissions.getAll()).origins ?? []);
    const existing = await api.scripting.getRegisteredContentScripts({ ids: [INSTANCE_SCRIPT_ID] });
    if (wanted.length === 0) {
      if (existing.length) await api.scripting.unregisterContentScripts({ ids: [INSTANCE_SCRIPT_ID] });
      return wanted;
    }
    const files = contentFiles(api);
    const have = existing[0];
    // Nothing to do on most wake-ups of the background: same sites, same build.
    if (have && same(have.matches, wanted) && same(have.js, files.js)) return wanted;
    const script: ScriptSpec = { id: INSTANCE_SCRIPT_ID, matches: wanted, ...files, runAt: 'document_idle', persistAcrossSessions: true };
    if (existing.length) await api.scripting.updateContentScripts([script]);
    else await api.scripting.registerContentScripts([script]);
    return wanted;
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * For the options page, from the click handler itself: browsers grant permissions only during a
 * user gesture, so the request is made before anything is awaited. The background registers the
 * script when the grant arrives (permissions.onAdded); a tab already open on the instance starts
 * checking after a reload.
 */
export function addInstance(input: string, api: InstanceApi): Promise<AddResult> {
  const origin = instanceOrigin(input);
  if (!origin) return Promise.resolve({ ok: false, reason: 'invalid' });
  if (BUILT_IN.has(origin)) return Promise.resolve({ ok: false, reason: 'built-in' });
  return api.permissions.request({ origins: [origin] }).then(
    (granted): AddResult => (granted ? { ok: true, origin } : { ok: false, reason: 'denied' }),
    (): AddResult => ({ ok: false, reason: 'denied' }),
  );
}

/** Gives the permission back; the background unregisters the script (permissions.onRemoved). */
export async function removeInstance(input: string, api: InstanceApi): Promise<boolean> {
  const origin = instanceOrigin(input);
  if (!origin || BUILT_IN.has(origin)) return false;
  return api.permissions.remove({ origins: [origin] });
}

/** Host names of the instances the user added (for the options page's list). */
export async function listInstances(api: InstanceApi): Promise<string[]> {
  return instanceOrigins((await api.permissions.getAll()).origins ?? []).map((o) => new URL(o.slice(0, -1)).hostname);
}

/** Background wiring: keep the registration in step with the grants, now and on every change. */
export function watchInstances(api: InstanceApi, log: (m: string) => void = (m) => console.warn(`[Netra] ${m}`)): void {
  const sync = () => void syncInstanceScripts(api).catch((e: unknown) => log(`instance scripts not updated: ${String(e)}`));
  api.permissions.onAdded.addListener(sync);
  api.permissions.onRemoved.addListener(sync);
  api.runtime.onStartup.addListener(sync);
  sync();
}
