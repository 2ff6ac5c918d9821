/**
 * Reads the target of an engagement control from the page: from the pressed control up to the
 * adapter's container (the post, the profile header, the group header), then the text, the
 * display name and the handle inside it. `textContent` only: no layout is forced on a click.
 */
import type { EngageAction, EngageTarget, TargetKind } from '../engage/types';
import type { EngageControls, TargetReader } from '../sites/types';

/** Longest target text read: a post or a bio, never a whole page. */
const MAX_TEXT = 4000;

export interface PressedControl {
  el: HTMLElement;
  action: EngageAction;
  on: TargetKind;
  /** The control opens outside its target: read the target from the element the layer came from. */
  via?: string;
}

/** The engagement control on an event's path, unless an undo control comes first (nearest wins). */
export function controlInPath(engage: EngageControls, path: readonly EventTarget[]): PressedControl | null {
  for (const node of path) {
    if (!(node instanceof HTMLElement)) continue;
    if (engage.undo.some((sel) => node.matches(sel))) return null;
    const c = engage.controls.find((x) => node.matches(x.selector) && (!x.names || named(node, x.names)));
    if (c) return { el: node, action: c.action, on: c.on, ...(c.via ? { via: c.via } : {}) };
  }
  return null;
}

function named(el: HTMLElement, names: readonly string[]): boolean {
  const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().toLowerCase();
  return names.some((n) => n.toLowerCase() === name);
}

export function readTarget(engage: EngageControls, control: PressedControl, loc: Pick<Location, 'pathname'> = location, opener: Element | null = null): EngageTarget | null {
  const reader = engage[control.on];
  if (!reader) return null;
  // A control in a layer outside its target (`via`) is read from the element the layer came from.
  const box = containerOf(reader, control.el) ?? (control.via && opener?.isConnected ? containerOf(reader, opener) : null);
  return box ? readIn(reader, box, control.on, loc) : null;
}

/** The target held in `box` (a post container, a profile or group header), read by `reader`. */
export function readIn(reader: TargetReader, box: Element, kind: TargetKind, loc: Pick<Location, 'pathname'> = location): EngageTarget {
  const text = reader.text
    .flatMap((sel) => [...box.querySelectorAll(sel)])
    .map((el) => el.textContent?.trim() ?? '')
    .filter(Boolean)
    .join('\n')
    .slice(0, MAX_TEXT);
  const nameEl = first(box, reader.name);
  const name = nameEl?.textContent?.split('@')[0]?.trim() || undefined;
  const handle = handleIn(box, reader) ?? pathHandle(reader, loc.pathname);
  return { kind, text, ...(name ? { name } : {}), ...(handle ? { handle } : {}) };
}

export function containerOf(reader: TargetReader, el: Element): Element | null {
  for (const sel of reader.containers) {
    const hit = el.closest(sel);
    if (hit) return hit;
  }
  return null;
}

function first(box: Element, sels: readonly string[]): Element | null {
  for (const sel of sels) {
    const hit = box.querySelector(sel);
    if (hit) return hit;
  }
  return null;
}

function handleIn(box: Element, reader: TargetReader): string | null {
  for (const sel of reader.handle ?? []) {
    for (const el of box.querySelectorAll(sel)) {
      const m = /@([\p{L}\p{N}_.]{1,40})/u.exec(el.textContent ?? '');
      if (m) return m[1]!.replace(/\.$/, '');
      const href = el.getAttribute('href');
      if (href) {
        const seg = href.replace(/^https?:\/\/[^/]+/, '').split('/').filter(Boolean)[0];
        if (seg) return decodeURIComponent(seg).replace(/^@/, '');
      }
    }
  }
  return null;
}

function pathHandle(reader: TargetReader, pathname: string): string | null {
  if (!reader.pathHandle) return null;
  const prefix = reader.pathHandle.prefix ?? '/';
  if (!pathname.startsWith(prefix)) return null;
  const seg = pathname.slice(prefix.length).split('/').filter(Boolean)[0];
  return seg ? decodeURIComponent(seg).replace(/^@/, '') : null;
}
