/**
 * Background: the rule body the content script does not carry (patterns and entity lists,
 * `cutRules` in src/build/content-lean.ts) stored in extension storage when Netra is installed or
 * updated, and given to a page that found no fitting copy there (storage cleared, or this not
 * done yet), which stores it again for the next pages. Pages only read it
 * (src/page/rules-body.ts).
 */
import { browser } from 'wxt/browser';
import storedRulesBody from 'virtual:netra-rules-body';
import { RULES_BODY_KEY } from '../page/rules-body';
import { packText, unpackText } from '../page/stored-text';

/** Stores the body (packed, `stored-text.ts`) unless storage already holds this one; answers with it either way (plain). */
export async function keepRulesBody(body = storedRulesBody()): Promise<string> {
  try {
    const got = await browser.storage.local.get(RULES_BODY_KEY);
    if ((await unpackText(got[RULES_BODY_KEY])) !== body) await browser.storage.local.set({ [RULES_BODY_KEY]: await packText(body) });
  } catch (e) {
    // Storage full or gone: each page asks again, and gets it from here.
    console.warn('[Netra] the rule patterns could not be stored:', e);
  }
  return body;
}

export function watchRulesBody(): void {
  browser.runtime.onInstalled.addListener(() => void keepRulesBody());
}
