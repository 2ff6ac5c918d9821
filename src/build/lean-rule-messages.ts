/**
 * The content script's rule messages (the page side of rule-messages.ts): asked of the background
 * once, when the page starts, and put in place in the bundled rules. Until they come the rules say
 * what their guidelines' cards say; after a failed or empty answer (the extension was reloaded
 * under the page) they may be asked again.
 */
import type { CompiledRules } from '../engine/rules';
import { sendToBackground } from '../messages';
import { fillRuleMessages } from './rule-messages';

let asked: Promise<boolean> | undefined;

/** True once the messages are in place in the bundled rules (the caller then re-renders); false if they did not come. */
export function askRuleMessages(rules: () => CompiledRules): Promise<boolean> {
  const failed = () => {
    asked = undefined;
    return false;
  };
  asked ??= sendToBackground({ type: 'netra:rule-messages' }).then((answer) => fillRuleMessages(answer, rules()) || failed(), failed);
  return asked;
}
