/**
 * Marks on the flagged words, drawn inside Netra's closed shadow root: for each flagged range,
 * boxes at its client rectangles, clipped to the composer, above the page and under the badge.
 * Nothing is inserted into the editor, and the page learns nothing: unlike the CSS Custom
 * Highlight API, whose registry (`CSS.highlights`) any page script can read range by range, and
 * whose `::highlight()` rules would sit in the page's own stylesheet list. docs/privacy.md.
 *
 * Ranges are live (they follow the editor's DOM), so a repaint after typing, scrolling or a
 * resize only reads their rectangles again.
 */
import { h } from 'preact';
import type { Severity } from '../engine/finding';
import type { UiHost } from './ui-host';

interface Owned {
  ui: UiHost;
  el: Element;
  ranges: Array<[Severity, Range]>;
}

const owned = new Map<number, Owned>();
const layer = (owner: number) => `marks-${owner}`;

export function paintHighlights(ui: UiHost, owner: number, ranges: Array<[Severity, Range]>, el: Element) {
  if (!ranges.length) return clearHighlights(ui, owner);
  owned.set(owner, { ui, el, ranges });
  repaintHighlights(owner);
}

export function clearHighlights(ui: UiHost, owner: number) {
  if (!owned.delete(owner)) return;
  ui.show(layer(owner), null);
}

/** Draw one composer's marks again where its ranges are now. */
export function repaintHighlights(owner: number) {
  const o = owned.get(owner);
  if (!o) return;
  const box = o.el.getBoundingClientRect();
  if (!o.el.isConnected || box.width === 0 || box.height === 0) return o.ui.show(layer(owner), null);
  const ranges = o.ranges.map(([sev, r]) => {
    const rects = [...r.getClientRects()].filter((q) => q.width > 0 && q.height > 0);
    return h(
      'div',
      // The text is for Netra's own tests (read through DevTools); the root is closed to the page.
      { class: 'mark-range', 'data-sev': sev, 'data-text': r.toString() },
      rects.map((q) => h('div', { class: `mark sev-${sev}`, style: { left: q.left - box.left, top: q.top - box.top, width: q.width, height: q.height } })),
    );
  });
  o.ui.show(layer(owner), h('div', { class: 'marks', style: { left: box.left, top: box.top, width: box.width, height: box.height } }, ranges));
}

/** Number of ranges currently painted (the presenter view and tests read it). */
export function paintedCount(): number {
  let n = 0;
  for (const o of owned.values()) n += o.ranges.length;
  return n;
}
