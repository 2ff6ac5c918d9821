/** Every site adapter. Adding a platform: one file here plus its hosts in hosts.ts. */
import mastodon from './mastodon';
import { hostMatches, type SiteAdapter } from './types';

export const SITES: readonly SiteAdapter[] = [mastodon];

export function siteFor(hostname: string): SiteAdapter | null {
  return SITES.find((s) => hostMatches(s, hostname)) ?? null;
}
