/**
 * Every site adapter: each file in this folder (other than the shared ones) is one platform,
 * picked up automatically, as refined-github's features are.
 */
import { hostMatches, type SiteAdapter } from './types';

const modules = import.meta.glob<{ default: SiteAdapter }>(['./*.ts', '!./index.ts', '!./types.ts', '!./hosts.ts', '!./*.test.ts'], { eager: true });

// Ordered by code units, not localeCompare: its first call loads the browser's collation data,
// some 12 ms of every page's start-up before Netra's script could begin.
export const SITES: readonly SiteAdapter[] = Object.values(modules)
  .map((m) => m.default)
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export function siteFor(hostname: string): SiteAdapter | null {
  return SITES.find((s) => hostMatches(s, hostname)) ?? null;
}

/** For a page on a host no adapter names (a user-added Mastodon instance): the platform it is. */
export function siteForDocument(doc: Document): SiteAdapter | null {
  return SITES.find((s) => s.matchesDocument?.(doc)) ?? null;
}
