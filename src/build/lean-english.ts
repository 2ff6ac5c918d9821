/**
 * The content script's English (the page side of english-text.ts): asked of the background once,
 * when the UI language is English, and put in place in the bundled rules, the guideline library
 * and the UI text table. Until it comes the page shows Indonesian; after a failed or empty answer
 * (the extension was reloaded under the page) it may be asked again.
 */
import type { GuidelineLibrary } from '../engine/guideline';
import type { CompiledRules } from '../engine/rules';
import { sendToBackground } from '../messages';
import { addMessages } from '../ui/i18n';
import { askedOnce } from './ask-once';
import { fillEnglish } from './english-text';

const ask = askedOnce();

/**
 * True once the English texts are in place in the bundled rules and library (`virtual:netra-english`
 * passes their loaders; the caller then re-renders); false if they did not come.
 */
export function askEnglish(rules: () => CompiledRules, library: () => GuidelineLibrary): Promise<boolean> {
  return ask(() =>
    sendToBackground({ type: 'netra:english' }).then((e) => {
      if (!e) return false;
      fillEnglish(e, rules(), library());
      addMessages('en', e.messages);
      return true;
    }),
  );
}
