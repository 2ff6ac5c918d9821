/**
 * Netra's in-page UI lives in one closed shadow root on a host element outside every editor:
 * page CSS cannot reach it, page scripts cannot read it, and the editors' DOM is never touched.
 *
 * What the page can see of it is kept constant: the host is there from the start, carries no
 * attribute that changes with findings or the dialog, and its own styles are `:host` rules marked
 * `!important` inside the shadow root. For important declarations the shadow tree's context wins
 * over the page's (CSS Cascade 5, "context"), before inline styles are even compared: no page
 * stylesheet (`netra-ui { display: none !important }`) and no inline style a page script writes
 * can hide the dialog, so neither can make a second Post go through. (Inline important styles did
 * the same, but also told assistive tools that users cannot adjust text spacing: axe-core's
 * avoid-inline-spacing.)
 */
import { render, type VNode } from 'preact';
import { CONTENT_CSS } from '../ui/content-styles';

export interface UiHost {
  /** Render (or clear, with null) one named layer: 'badge', 'tooltip', 'dialog', 'toast'. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  show(layer: string, vnode: VNode<any> | null): void;
  /** The element in the page that holds the closed shadow root (it says nothing about state). */
  host: HTMLElement;
  destroy(): void;
}

export function createUiHost(): UiHost {
  const host = document.createElement('netra-ui');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = CONTENT_CSS;
  shadow.append(style);
  const layers = new Map<string, HTMLElement>();
  // Keys typed in the dialog must not reach the page's own shortcuts (X's single-letter keys).
  for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (e) => e.stopPropagation());
  // Once destroyed (the extension was updated or Netra stopped here), nothing late — a check
  // that was still running, a timer — may put the UI back.
  let destroyed = false;
  const attach = () => {
    if (!destroyed && !host.isConnected) (document.body ?? document.documentElement).append(host);
  };
  // Present from the start, findings or not: when it appears tells the page nothing.
  attach();
  return {
    host,
    show(layer, vnode) {
      if (destroyed) return;
      let el = layers.get(layer);
      if (!vnode) {
        if (el) render(null, el);
        return;
      }
      attach();
      if (!el) {
        el = document.createElement('div');
        el.className = 'root';
        // Inside the closed root: Netra's tests read it through DevTools, the page cannot.
        el.dataset.layer = layer;
        shadow.append(el);
        layers.set(layer, el);
      }
      // A page script may have given the host a style: it loses to the :host rules, and goes.
      if (host.hasAttribute('style')) host.removeAttribute('style');
      render(vnode, el);
    },
    destroy() {
      destroyed = true;
      for (const el of layers.values()) render(null, el);
      host.remove();
    },
  };
}
