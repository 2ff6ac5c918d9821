/**
 * Every site adapter: each file in this folder (other than the shared ones) is one platform,
 * picked up automatically, as refined-github's features are.
 */
import { hostMatches, type SiteAdapter } from './types';

const modules = import.meta.glob<{ default: SiteAdapter }>(['./*.ts', '!./index.ts', '!./types.ts', '!./hosts.ts', '!./*.test.ts'], { eager: true });

export const SITES: readonly SiteAdapter[] = Object.values(modules)
  .map((m) => m.default)
  .sort((a, b) => a.id.localeCompare(b.id));

export function siteFor(hostname: string): SiteAdapter | null {
  return SITES.find((s) => hostMatches(s, hostname)) ?? null;
}

/** For a page on a host no adapter names (a user-added Mastodon instance): the platform it is. */
export function siteForDocument(doc: Document): SiteAdapter | null {
  return SITES.find((s) => s.matchesDocument?.(doc)) ?? null;
}
