/** Background work is small: opening extension pages for content scripts that cannot, passing pictures on, and storing the engine snapshots and rule patterns pages ask for. */
import { browser } from 'wxt/browser';
import { isNetraMessage } from '../messages';
import { handlePicture, warmUpPictures } from './pictures';
import loadGuidelines from 'virtual:netra-guidelines';
import { guidelineDetail } from '../engine/guideline';
import loadRules from 'virtual:netra-rules';
import { prepareEngineSnapshot } from './engine-snapshot';
import { keepRulesBody } from './rules-body';
import { englishText } from '../build/english-text';
import { ruleMessages } from '../build/rule-messages';
import { MESSAGE_TABLES } from '../ui/i18n';

export function handleBackgroundMessage(msg: unknown): Promise<unknown> | undefined {
  if (!isNetraMessage(msg)) return undefined;
  switch (msg.type) {
    case 'netra:open-guideline': {
      const hash = msg.id && /^[a-z0-9-]+$/.test(msg.id) ? `#${msg.id}` : '';
      return browser.tabs.create({ url: browser.runtime.getURL(`/guidelines.html${hash}` as '/guidelines.html') });
    }
    case 'netra:guideline-detail':
      return Promise.resolve(guidelineDetail(loadGuidelines(), msg.id));
    case 'netra:english':
      return Promise.resolve(englishText(loadRules(), loadGuidelines(), MESSAGE_TABLES.en));
    case 'netra:rule-messages':
      return Promise.resolve(ruleMessages(loadRules()));
    case 'netra:engine-snapshot':
      return prepareEngineSnapshot(loadRules());
    case 'netra:rules-body':
      return keepRulesBody();
    case 'netra:picture':
      return handlePicture(msg);
    case 'netra:picture-warm-up':
      return warmUpPictures().then(
        () => true,
        () => false,
      );
    default:
      // Messages for the content scripts or the analyser: not the background's to answer.
      return undefined;
  }
}
