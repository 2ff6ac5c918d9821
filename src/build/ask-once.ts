/**
 * Texts the content script asks of the background once (lean-english.ts, lean-rule-messages.ts):
 * the first answer that fills them is kept; a failed or empty one (the extension was reloaded
 * under the page) may be asked again.
 */
export function askedOnce(): (ask: () => Promise<boolean>) => Promise<boolean> {
  let asked: Promise<boolean> | undefined;
  return (ask) => {
    const failed = () => {
      asked = undefined;
      return false;
    };
    asked ??= ask().then((filled) => filled || failed(), failed);
    return asked;
  };
}
