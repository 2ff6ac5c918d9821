/** Background: open the welcome page on first install (see src/settings/welcome.ts for when). */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { loadPolicy } from '../settings/store';
import { shouldShowWelcome } from '../settings/welcome';

/** Set once the page has been opened; removed with the rest of Netra's data on uninstall. */
const welcomeShown = storage.defineItem<boolean>('local:welcomeShown', { fallback: false });

export function watchInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void (async () => {
      // Decided before reading the policy, which can take seconds on a fresh profile.
      if (!shouldShowWelcome(reason, {}, await welcomeShown.getValue())) return;
      const policy = await loadPolicy();
      // Asked again: the flag may have been set while the policy was read.
      if (!shouldShowWelcome(reason, policy, await welcomeShown.getValue())) return;
      await welcomeShown.setValue(true);
      await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html' as '/popup.html') });
    })();
  });
}
