/**
 * Netra's in-page UI lives in one closed shadow root on a host element outside every editor:
 * page CSS cannot reach it, page scripts cannot read it, and the editors' DOM is never touched.
 */
import { render, type VNode } from 'preact';
import { CONTENT_CSS } from '../ui/content-styles';

export interface UiHost {
  /** Render (or clear, with null) one named layer: 'badge', 'tooltip', 'dialog', 'toast'. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  show(layer: string, vnode: VNode<any> | null): void;
  /** The element that carries Netra's state as data attributes (for tests and assistive tech). */
  host: HTMLElement;
  destroy(): void;
}

export function createUiHost(): UiHost {
  const host = document.createElement('netra-ui');
  host.style.cssText = 'position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = CONTENT_CSS;
  shadow.append(style);
  const layers = new Map<string, HTMLElement>();
  // Keys typed in the dialog must not reach the page's own shortcuts (X's single-letter keys).
  for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (e) => e.stopPropagation());
  const attach = () => {
    if (!host.isConnected) (document.body ?? document.documentElement).append(host);
  };
  return {
    host,
    show(layer, vnode) {
      let el = layers.get(layer);
      if (!vnode) {
        if (el) render(null, el);
        host.toggleAttribute(`data-${layer}`, false);
        return;
      }
      attach();
      if (!el) {
        el = document.createElement('div');
        el.className = 'root';
        shadow.append(el);
        layers.set(layer, el);
      }
      render(vnode, el);
      host.toggleAttribute(`data-${layer}`, true);
    },
    destroy() {
      for (const el of layers.values()) render(null, el);
      host.remove();
    },
  };
}
