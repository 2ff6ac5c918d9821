/**
 * The rules' own messages (the line a tooltip shows on a highlighted word), which the content
 * script does not carry (issue 11: its size, ~2 KB gzip that the scorer's weights use instead).
 * Until the background answers `netra:rule-messages` (lean-rule-messages.ts), or if it never
 * does, a rule says what its guideline's card says of a finding: never an empty string. Both
 * sides live here; no Node imports (the filling runs in the page).
 */
import type { GuidelineLibrary } from '../engine/guideline';
import type { CompiledRules, Localized } from '../engine/rules';

/** What the background answers `netra:rule-messages` with: each rule's Indonesian message, by id. */
export type RuleMessages = Record<string, string>;

/** The background's answer, from the full rules. */
export function ruleMessages(rules: CompiledRules): RuleMessages {
  return Object.fromEntries(rules.rules.map((r) => [r.id, r.message.id]));
}

/**
 * The page's rules as the engine expects them until the messages come: each message is its
 * guideline's "found" card text, with the matched words in quotes as the dialog shows them.
 * Each rule gets its own message object: the answers fill them in place, and engines built
 * before they came hold the same objects.
 */
export function withCardMessages(rules: CompiledRules, lib: GuidelineLibrary): CompiledRules {
  const quote = (s: string) => s.split('{match}').join('“{match}”');
  for (const r of rules.rules) {
    const g = Object.hasOwn(lib.guidelines, r.guideline) ? lib.guidelines[r.guideline] : undefined;
    const card: Localized = g?.dialog.found ?? g?.title ?? { id: '{match}', en: '{match}' };
    r.message = { id: quote(card.id), en: quote(card.en || card.id) };
  }
  return rules;
}

/** Puts the Indonesian messages in place; a message missing or empty in the answer stays the card's. True if any came. */
export function fillRuleMessages(answer: RuleMessages, rules: CompiledRules): boolean {
  if (!answer || typeof answer !== 'object') return false;
  let filled = false;
  for (const r of rules.rules) {
    const id = Object.hasOwn(answer, r.id) ? answer[r.id] : undefined;
    if (typeof id !== 'string' || !id) continue;
    // English not come yet (still the card's Indonesian): it shows the Indonesian message too.
    if (r.message.en === r.message.id) r.message.en = id;
    r.message.id = id;
    filled = true;
  }
  return filled;
}
