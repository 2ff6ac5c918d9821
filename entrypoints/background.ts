import { handleBackgroundMessage } from '@/src/background/messages';
import { watchInstances } from '@/src/background/instances';
import { watchPolicy } from '@/src/background/policy';
import { watchInstall } from '@/src/background/welcome';
import { watchEngineSnapshot } from '@/src/background/engine-snapshot';
import { watchRulesBody } from '@/src/background/rules-body';
import loadRules from 'virtual:netra-rules';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(handleBackgroundMessage);
  watchInstances(browser);
  watchPolicy();
  watchInstall();
  watchRulesBody();
  watchEngineSnapshot(loadRules);
});
