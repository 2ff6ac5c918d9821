import { handleBackgroundMessage } from '@/src/background/messages';
import { watchInstances } from '@/src/background/instances';
import { watchPolicy } from '@/src/background/policy';
import { watchInstall } from '@/src/background/welcome';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(handleBackgroundMessage);
  watchInstances(browser);
  watchPolicy();
  watchInstall();
});
