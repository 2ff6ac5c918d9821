/**
 * The page's half of the rule body kept in extension storage (`cutRules` in
 * src/build/content-lean.ts): the content script carries the rules' head and the model's weights;
 * the patterns and entity lists (~100 KB gzip) the background stores once per browser and version
 * (src/background/rules-body.ts), and the page reads them with the engine snapshot, in one read.
 * A stored body cut from other rules (an update not yet stored, storage cleared) is asked of the
 * background instead. The page starts only once the body is in place: no rule is read before.
 */
import { sendToBackground } from '../messages';
import { STORED_BODY_PARTS } from '../build/packed-rules';

/** In storage.local: the body's id, a line break, its JSON, packed (`stored-text.ts`). */
export const RULES_BODY_KEY = 'netra:rules-body';

let text: string | null = null;

/** The body's JSON when `stored` is the string of the body with this id, else null. */
export function bodyOf(stored: unknown, id: string): string | null {
  return typeof stored === 'string' && stored.startsWith(`${id}\n`) ? stored.slice(id.length + 1) : null;
}

/**
 * Puts the body in place: `stored`, what the page read from storage, when it fits, else the
 * background's (which stores it for the next pages). Rejects when neither fits: without its
 * patterns the page cannot check anything.
 */
export async function receiveRulesBody(stored: unknown, id: string, ask = () => sendToBackground({ type: 'netra:rules-body' })): Promise<void> {
  text ??= bodyOf(stored, id) ?? bodyOf(await ask(), id);
  if (text === null) throw new Error('the rule patterns are neither in storage nor given by the background');
}

/**
 * The body as `unpackRules` reads it: each stored part from the one parse of the stored JSON, on
 * first read of any (an engine loaded from a snapshot reads a pattern when a draft reaches it),
 * and the model's weights from the script's own copy.
 */
export function bodyWithWeights(weights: string): Record<string, unknown> {
  let parts: Record<string, unknown> | undefined;
  const read = (): Record<string, unknown> => {
    if (text === null) throw new Error('[Netra] a rule was read before the page had the rule patterns');
    return (parts ??= JSON.parse(text) as Record<string, unknown>);
  };
  const body: Record<string, unknown> = {};
  for (const k of STORED_BODY_PARTS) Object.defineProperty(body, k, { enumerable: true, get: () => read()[k] });
  let w: unknown;
  Object.defineProperty(body, 'weights', { enumerable: true, get: () => (w ??= JSON.parse(weights)) });
  return body;
}

/** Tests: forget the body, as a fresh page. */
export function forgetRulesBody(): void {
  text = null;
}
