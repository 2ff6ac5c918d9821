// @vitest-environment happy-dom
/** Site adapters: each one declared sensibly and covered by the manifest's host permissions. */
import { describe, expect, test } from 'vitest';
import { SITES, siteFor } from '../src/sites';
import { HOST_PATTERNS } from '../src/sites/hosts';

describe.each(SITES.map((s) => [s.id, s] as const))('%s', (_id, site) => {
  test('every host is in the manifest host permissions', () => {
    for (const h of site.hosts) {
      const covered = HOST_PATTERNS.some((p) => new URL(p.replace('*', 'x')).hostname === h || p === `https://${h}/*`);
      expect(covered, `${h} missing from src/sites/hosts.ts`).toBe(true);
    }
  });
  test('selectors parse', () => {
    const named = (site.submitNames ?? []).map((n) => n.selector);
    for (const sel of [...site.composers, ...site.submits, ...named, ...(site.scopes ?? []), ...(site.pictures?.previews ?? [])]) expect(() => document.querySelector(sel)).not.toThrow();
  });
  test('resolves its own hosts', () => {
    for (const h of site.hosts) expect(siteFor(h)?.id).toBe(site.id);
  });
});

test('hosts outside the list get no adapter', () => {
  expect(siteFor('example.com')).toBeNull();
  expect(siteFor('evilx.com')).toBeNull();
});
