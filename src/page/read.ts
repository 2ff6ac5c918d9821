/**
 * Reads a composer's draft as the user sees it (line breaks, emoji images, mentions) and maps
 * offsets in that text back to DOM positions, so highlights land on the right words.
 *
 * Never writes to the editor. innerText would give the same text but needs layout and gives no
 * offsets; this walk gives both.
 */

export interface Segment {
  /** Offset in the draft text where this piece starts. */
  start: number;
  /** The text node the piece comes from; null for line breaks and emoji images the walk added. */
  node: Text | null;
  /** For synthetic pieces: the element they stand for (a <br>, an <img>, a block boundary). */
  el?: Element;
  length: number;
}

export interface Draft {
  text: string;
  segments: Segment[];
  /** Set when the composer is a form field: offsets map 1:1 onto its value. */
  field?: HTMLTextAreaElement | HTMLInputElement;
}

const BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'SECTION', 'ARTICLE']);

export function isField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

export function readDraft(root: Element): Draft {
  if (isField(root)) return { text: root.value, segments: [], field: root };
  const segments: Segment[] = [];
  let text = '';
  const add = (piece: string, node: Text | null, el?: Element) => {
    if (!piece) return;
    segments.push({ start: text.length, node, el, length: piece.length });
    text += piece;
  };
  const walk = (el: Element) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === Node.TEXT_NODE) {
        add((n as Text).data, n as Text);
        continue;
      }
      if (n.nodeType !== Node.ELEMENT_NODE) continue;
      const child = n as Element;
      const tag = child.tagName;
      if (tag === 'BR') {
        // ProseMirror's trailing break keeps an empty line open; it is not a character.
        if (!child.classList.contains('ProseMirror-trailingBreak')) add('\n', null, child);
        continue;
      }
      if (tag === 'IMG') {
        add((child as HTMLImageElement).alt, null, child);
        continue;
      }
      if (tag === 'STYLE' || tag === 'SCRIPT' || tag === 'TEMPLATE') continue;
      if (child.getAttribute('aria-hidden') === 'true' && child.getAttribute('contenteditable') === 'false') continue;
      const block = BLOCKS.has(tag) || child.getAttribute('data-block') === 'true';
      if (block && text.length > 0 && !text.endsWith('\n')) add('\n', null, child);
      walk(child);
    }
  };
  walk(root);
  // A single trailing newline is how editors end the last block; it is not part of the draft.
  if (text.endsWith('\n') && segments[segments.length - 1]?.node === null) {
    segments.pop();
    text = text.slice(0, -1);
  }
  return { text, segments };
}

/** The DOM position of a draft offset (for Range boundaries). */
export function positionAt(draft: Draft, offset: number, preferEnd: boolean): { node: Node; offset: number } | null {
  const segs = draft.segments;
  if (segs.length === 0) return null;
  // Binary search for the last segment starting at or before offset.
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  let seg = segs[lo]!;
  // An end offset that falls exactly on a segment start belongs to the previous text node.
  if (preferEnd && seg.start === offset && lo > 0) seg = segs[lo - 1]!;
  if (seg.node) return { node: seg.node, offset: Math.min(seg.length, Math.max(0, offset - seg.start)) };
  const el = seg.el!;
  const parent = el.parentNode;
  if (!parent) return null;
  const index = Array.prototype.indexOf.call(parent.childNodes, el) as number;
  return { node: parent, offset: offset > seg.start || (preferEnd && offset === seg.start + seg.length) ? index + 1 : index };
}

export function rangeFor(draft: Draft, start: number, end: number): Range | null {
  const a = positionAt(draft, start, false);
  const b = positionAt(draft, end, true);
  if (!a || !b) return null;
  const r = document.createRange();
  try {
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return r;
}

/** Draft offset of a DOM position inside the composer (for hover and caret lookups). */
export function offsetOf(draft: Draft, node: Node, offset: number): number | null {
  for (const s of draft.segments) if (s.node === node) return s.start + Math.min(offset, s.length);
  return null;
}
