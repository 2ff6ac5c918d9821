/**
 * Netra's in-page UI lives in one closed shadow root on a host element outside every editor:
 * page CSS cannot reach it, page scripts cannot read it, and the editors' DOM is never touched.
 *
 * What the page can see of it is kept constant: the host is there from the start, carries no
 * attribute that changes with findings or the dialog, and its own styles are inline and
 * `!important`, which outrank any page stylesheet (`netra-ui { display: none !important }`
 * included): a page's CSS cannot hide the dialog and so cannot make a second Post go through.
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

/**
 * Inline and important: the page's author styles, important or not, lose to these. `all:
 * initial` drops every inherited or page-set property (visibility, opacity, filters, transforms).
 */
const HOST_STYLE = ['all: initial', 'display: block', 'position: fixed', 'top: 0', 'left: 0', 'width: 0', 'height: 0', 'overflow: visible', 'z-index: 2147483647', 'visibility: visible', 'opacity: 1', 'pointer-events: auto'].map((d) => `${d} !important;`).join(' ');

export function createUiHost(): UiHost {
  const host = document.createElement('netra-ui');
  host.style.cssText = HOST_STYLE;
  const style0 = host.style.cssText; // as the browser writes it back
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
      // A page script may have rewritten the host's style: put it back before showing anything.
      if (host.style.cssText !== style0) host.style.cssText = HOST_STYLE;
      render(vnode, el);
    },
    destroy() {
      destroyed = true;
      for (const el of layers.values()) render(null, el);
      host.remove();
    },
  };
}
