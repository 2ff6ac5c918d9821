/**
 * Applying a fix (removing a job title, say) through the editor's own input path, so its state
 * and undo history stay consistent, then reading the text back to verify. Per editor family:
 * form fields and most contenteditable editors take execCommand; Draft.js takes a paste event.
 * If the text is not what we expect afterwards, we report failure and the user edits by hand.
 */
import type { Composer } from './composer';
import { readDraft, rangeFor } from './read';

const settle = () => new Promise<void>((r) => setTimeout(r, 60));

/** Remove `s` from the draft, which must still read `reviewed` (the text the fix was planned on). */
export async function applyRemoval(c: Composer, s: { start: number; end: number }, reviewed: string): Promise<boolean> {
  const before = readDraft(c.el).text;
  if (before !== reviewed || s.end <= s.start || s.end > before.length) return false; // the draft moved on
  const expected = before.slice(0, s.start) + before.slice(s.end);
  const el = c.el as HTMLElement;
  el.focus();
  const draft = readDraft(c.el);
  if (draft.field) {
    draft.field.setSelectionRange(s.start, s.end);
    document.execCommand('delete');
  } else {
    const range = rangeFor(draft, s.start, s.end);
    if (!range) return false;
    const sel = getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    // Let the editor observe the new selection before editing (Draft.js and Lexical need it).
    document.dispatchEvent(new Event('selectionchange'));
    await settle();
    if (c.el.classList.contains('public-DraftEditor-content')) {
      const dt = new DataTransfer();
      dt.setData('text/plain', '');
      c.el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true }));
      // Draft.js ignores an empty paste; fall back to a delete through the browser.
      await settle();
      if (readDraft(c.el).text !== expected) document.execCommand('delete');
    } else {
      document.execCommand('delete');
    }
  }
  await settle();
  const after = readDraft(c.el).text;
  c.schedule();
  return after === expected;
}
