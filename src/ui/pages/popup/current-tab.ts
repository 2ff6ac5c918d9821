/**
 * What the popup knows about the tab it was opened over: which platform it is on and, when
 * Netra's content script runs there, the draft's findings. Only the tab's address is read (and
 * the browser shows it only for sites Netra may run on); the draft itself never leaves the tab.
 */
import { browser } from 'wxt/browser';
import type { Finding } from '../../../engine/finding';
import { siteFor } from '../../../sites';

export interface CurrentTab {
  siteId: string | null;
  siteName: string | null;
  /** The content script answered. */
  reachable: boolean;
  findings: Finding[];
}

interface StatusReply {
  site: string;
  siteName: string;
  active: boolean;
  findings: Finding[];
}

export async function readCurrentTab(): Promise<CurrentTab> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const known = tab?.url ? siteFor(hostOf(tab.url)) : null;
  let reply: StatusReply | null = null;
  if (tab?.id !== undefined && tab.url && /^https?:/.test(tab.url)) {
    try {
      reply = ((await browser.tabs.sendMessage(tab.id, { type: 'netra:status' })) as StatusReply | undefined) ?? null;
    } catch {
      // No content script there: not a supported site, or a page opened before Netra was installed.
    }
  }
  // A Mastodon server the user added is not in the built-in host list but answers all the same.
  return {
    siteId: reply?.site ?? known?.id ?? null,
    siteName: reply?.siteName ?? known?.name ?? null,
    reachable: reply !== null,
    findings: reply?.findings ?? [],
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
