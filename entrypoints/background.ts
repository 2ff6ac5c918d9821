import { handleBackgroundMessage } from '@/src/background/messages';
import { watchInstances } from '@/src/background/instances';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(handleBackgroundMessage);
  watchInstances(browser);
});
