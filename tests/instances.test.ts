// @vitest-environment happy-dom
/** Mastodon instances the user adds: origin checks, the permission request, the script registration. */
import { describe, expect, test } from 'vitest';
import { addInstance, instanceOrigin, instanceOrigins, INSTANCE_SCRIPT_ID, listInstances, removeInstance, syncInstanceScripts, watchInstances, type InstanceApi } from '../src/background/instances';
import { siteFor, siteForDocument } from '../src/sites';

type Script = { id: string; matches?: string[]; js?: string[]; runAt?: string };

function fakeApi(opts: { grant?: boolean; origins?: string[] } = {}) {
  const origins = new Set(opts.origins ?? ['https://mastodon.social/*', 'https://x.com/*']);
  const scripts = new Map<string, Script>();
  const calls: string[] = [];
  const listeners = { added: [] as Array<() => void>, removed: [] as Array<() => void>, startup: [] as Array<() => void> };
  const api: InstanceApi = {
    permissions: {
      getAll: async () => ({ origins: [...origins] }),
      request: (p) => {
        calls.push(`request ${p.origins.join(' ')}`);
        if (opts.grant === false) return Promise.resolve(false);
        p.origins.forEach((o) => origins.add(o));
        return Promise.resolve(true);
      },
      remove: async (p) => {
        calls.push(`remove ${p.origins.join(' ')}`);
        p.origins.forEach((o) => origins.delete(o));
        return true;
      },
      onAdded: { addListener: (cb) => listeners.added.push(cb) },
      onRemoved: { addListener: (cb) => listeners.removed.push(cb) },
    },
    scripting: {
      getRegisteredContentScripts: async (f) => [...scripts.values()].filter((s) => !f?.ids || f.ids.includes(s.id)),
      registerContentScripts: async (list) => {
        calls.push('register');
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          scripts.set(s.id, s);
        }
      },
      updateContentScripts: async (list) => {
        calls.push('update');
        for (const s of list) scripts.set(s.id, { ...scripts.get(s.id)!, ...s });
      },
      unregisterContentScripts: async (f) => {
        calls.push('unregister');
        for (const id of f?.ids ?? []) scripts.delete(id);
      },
    },
    runtime: {
      getManifest: () => ({ content_scripts: [{ matches: ['https://x.com/*', 'https://mastodon.social/*'], js: ['content-scripts/content.js'] }] }),
      onStartup: { addListener: (cb) => listeners.startup.push(cb) },
    },
  };
  return { api, origins, scripts, calls, listeners };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('instance origins', () => {
  test.each([
    ['mastodon.example', 'https://mastodon.example/*'],
    ['  Social.Example.ORG ', 'https://social.example.org/*'],
    ['https://toot.example/@me/123', 'https://toot.example/*'],
    ['xn--mstdn-ssa.example', 'https://xn--mstdn-ssa.example/*'],
  ])('%s is %s', (input, origin) => expect(instanceOrigin(input)).toBe(origin));

  test.each(['', 'http://mastodon.example', 'https://mastodon.example:8443', 'https://u:p@mastodon.example', '*.example.org', 'https://*/*', '127.0.0.1', '[::1]', 'localhost', 'not a host', 'ftp://x.example'])(
    '%j is refused',
    (input) => expect(instanceOrigin(input)).toBeNull(),
  );

  test('granted origins that count as instances: exact hosts outside the built-in sites', () => {
    expect(instanceOrigins(['https://*/*', 'https://mastodon.social/*', 'https://b.example/*', 'https://a.example/*', '*://*.example/*', 'https://a.example/*'])).toEqual([
      'https://a.example/*',
      'https://b.example/*',
    ]);
  });
});

describe('adding and removing an instance', () => {
  test('asks for the one origin before anything is awaited (browsers grant only inside the click)', async () => {
    const f = fakeApi();
    const pending = addInstance('https://Toot.Example/home', f.api);
    expect(f.calls).toEqual(['request https://toot.example/*']);
    expect(await pending).toEqual({ ok: true, origin: 'https://toot.example/*' });
    expect(await listInstances(f.api)).toEqual(['toot.example']);
  });

  test('invalid, built-in and denied requests say why, and invalid ones never prompt', async () => {
    const f = fakeApi({ grant: false });
    expect(await addInstance('localhost', f.api)).toEqual({ ok: false, reason: 'invalid' });
    expect(await addInstance('mastodon.social', f.api)).toEqual({ ok: false, reason: 'built-in' });
    expect(f.calls).toEqual([]);
    expect(await addInstance('toot.example', f.api)).toEqual({ ok: false, reason: 'denied' });
  });

  test('removing gives the permission back; built-in sites cannot be removed', async () => {
    const f = fakeApi({ origins: ['https://toot.example/*'] });
    expect(await removeInstance('mastodon.social', f.api)).toBe(false);
    expect(await removeInstance('toot.example', f.api)).toBe(true);
    expect(f.origins.has('https://toot.example/*')).toBe(false);
  });
});

describe('content script registration', () => {
  test('follows the grants: register, update, nothing when unchanged, unregister', async () => {
    const f = fakeApi();
    expect(await syncInstanceScripts(f.api)).toEqual([]);
    expect(f.calls).toEqual([]);

    f.origins.add('https://toot.example/*');
    expect(await syncInstanceScripts(f.api)).toEqual(['https://toot.example/*']);
    expect(f.scripts.get(INSTANCE_SCRIPT_ID)).toMatchObject({ matches: ['https://toot.example/*'], js: ['content-scripts/content.js'], runAt: 'document_idle' });

    f.origins.add('https://social.example/*');
    await syncInstanceScripts(f.api);
    expect(f.scripts.get(INSTANCE_SCRIPT_ID)!.matches).toEqual(['https://social.example/*', 'https://toot.example/*']);

    await syncInstanceScripts(f.api);
    expect(f.calls).toEqual(['register', 'update']);

    f.origins.clear();
    await syncInstanceScripts(f.api);
    expect(f.scripts.size).toBe(0);
    expect(f.calls.at(-1)).toBe('unregister');
  });

  test('a broad grant is never turned into a script on every site', async () => {
    const f = fakeApi({ origins: ['https://*/*', '<all_urls>'] });
    await syncInstanceScripts(f.api);
    expect(f.scripts.size).toBe(0);
  });

  test('the background syncs at start, on grants and on revocations; overlapping syncs do not collide', async () => {
    const f = fakeApi({ origins: ['https://toot.example/*'] });
    const logs: string[] = [];
    watchInstances(f.api, (m) => logs.push(m));
    await settle();
    expect(f.scripts.get(INSTANCE_SCRIPT_ID)?.matches).toEqual(['https://toot.example/*']);

    f.origins.add('https://social.example/*');
    f.listeners.added.forEach((cb) => cb());
    f.listeners.startup.forEach((cb) => cb());
    await settle();
    await settle();
    expect(f.scripts.get(INSTANCE_SCRIPT_ID)?.matches).toEqual(['https://social.example/*', 'https://toot.example/*']);

    f.origins.clear();
    f.listeners.removed.forEach((cb) => cb());
    await settle();
    await settle();
    expect(f.scripts.size).toBe(0);
    expect(logs).toEqual([]);
  });
});

describe('which adapter serves a page on an added instance', () => {
  test('a Mastodon web app is recognised by its mount node; any other page is left alone', () => {
    expect(siteFor('toot.example')).toBeNull();
    document.body.innerHTML = '<div id="mastodon" data-props="{}"></div>';
    expect(siteForDocument(document)?.id).toBe('mastodon');
    document.body.innerHTML = '<a id="mastodon" href="https://toot.example/@me">Mastodon</a>';
    expect(siteForDocument(document)).toBeNull();
  });
});
