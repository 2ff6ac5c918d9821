/**
 * The content script's rule messages (the page side of rule-messages.ts): asked of the background
 * once, when the page starts, and put in place in the bundled rules. Until they come the rules say
 * what their guidelines' cards say; after a failed or empty answer they may be asked again.
 */
import type { CompiledRules } from '../engine/rules';
import { sendToBackground } from '../messages';
import { askedOnce } from './ask-once';
import { fillRuleMessages } from './rule-messages';

const ask = askedOnce();

/** True once the messages are in place in the bundled rules (the caller then re-renders); false if they did not come. */
export function askRuleMessages(rules: () => CompiledRules): Promise<boolean> {
  return ask(() => sendToBackground({ type: 'netra:rule-messages' }).then((answer) => fillRuleMessages(answer, rules())));
}
