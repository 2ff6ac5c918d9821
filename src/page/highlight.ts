/**
 * Highlights through the CSS Custom Highlight API: the browser paints the ranges, nothing is
 * inserted into the editor. Each composer owns its ranges; the three named highlights are
 * shared by all composers on the page.
 */
import type { Severity } from '../engine/finding';
import { HIGHLIGHT_CSS } from '../ui/content-styles';

const SEVERITIES: Severity[] = ['info', 'warning', 'serious'];
const owned = new Map<number, Array<[Severity, Range]>>();
const styled = new WeakSet<Document | ShadowRoot>();

function registry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined' ? CSS.highlights : null;
}

/** The ::highlight() rules must live in the tree scope of the text, page or shadow root. */
function ensureStyles(el: Element) {
  const root = el.getRootNode() as Document | ShadowRoot;
  if (styled.has(root)) return;
  styled.add(root);
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // Very old engines: no highlights, the badge and dialog still work.
  }
}

export function paintHighlights(owner: number, ranges: Array<[Severity, Range]>, el: Element) {
  const reg = registry();
  if (!reg) return;
  if (ranges.length) ensureStyles(el);
  owned.set(owner, ranges);
  repaint(reg);
}

export function clearHighlights(owner: number) {
  owned.delete(owner);
  const reg = registry();
  if (reg) repaint(reg);
}

function repaint(reg: HighlightRegistry) {
  for (const sev of SEVERITIES) {
    const ranges = [...owned.values()].flat().filter(([s]) => s === sev).map(([, r]) => r);
    if (ranges.length) reg.set(`netra-${sev}`, new Highlight(...ranges));
    else reg.delete(`netra-${sev}`);
  }
}

/** Number of ranges currently painted (the presenter view and tests read it). */
export function paintedCount(): number {
  let n = 0;
  for (const r of owned.values()) n += r.length;
  return n;
}
