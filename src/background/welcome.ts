/** Background: open the welcome page on first install (see src/settings/welcome.ts for when). */
import { browser } from 'wxt/browser';
import { loadPolicy } from '../settings/store';
import { shouldShowWelcome } from '../settings/welcome';

export function watchInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void (async () => {
      if (!shouldShowWelcome(reason, await loadPolicy())) return;
      await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html' as '/popup.html') });
    })();
  });
}
