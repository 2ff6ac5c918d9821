import { handleBackgroundMessage } from '@/src/background/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(handleBackgroundMessage);
});
