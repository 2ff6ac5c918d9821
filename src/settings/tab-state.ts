/**
 * What the popup says about the current tab, in one word. Pure, so every combination is
 * unit-tested: a supported site can be switched off, Netra can be paused everywhere, and a tab
 * opened before Netra was installed has no content script to answer yet.
 */
export type TabState = 'active' | 'paused' | 'site-off' | 'reload' | 'unsupported';

export interface TabFacts {
  /** The platform the tab is on, from its content script or its address; null for other sites. */
  siteId: string | null;
  /** The content script answered (it runs in the tab). */
  reachable: boolean;
  /** The user (or agency) switched this site off. */
  siteOff: boolean;
  /** Netra is paused everywhere. */
  paused: boolean;
}

export function tabState(f: TabFacts): TabState {
  if (!f.siteId) return 'unsupported';
  if (f.paused) return 'paused';
  if (f.siteOff) return 'site-off';
  return f.reachable ? 'active' : 'reload';
}
