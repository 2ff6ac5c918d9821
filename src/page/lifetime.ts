/**
 * How long this copy of the content script is in charge. WXT's context stops an older copy when
 * a newer one starts, by an event on the page's document — an event any page script can fire
 * too, which would switch Netra off on that page. So Netra ends only when the extension itself
 * is gone from this copy (updated, reloaded or removed: `runtime.id` disappears) or a newer copy
 * of Netra really runs beside it (content scripts of one extension share one isolated world, so
 * the newer copy leaves its mark on a global a page cannot reach).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const NEWEST = Symbol.for('netra.content.newest');

type Holder = { [NEWEST]?: object };

export interface Lifetime {
  /** Still in charge: the extension is there and no newer copy took over. */
  alive(): boolean;
  /** Run `cb` once when this copy ends. */
  onEnd(cb: () => void): void;
}

export function lifetime(ctx?: ContentScriptContext): Lifetime {
  const me = {};
  const g = globalThis as Holder;
  g[NEWEST] = me;
  let ended = false;
  const callbacks: Array<() => void> = [];
  const runtimeGone = () => {
    try {
      return browser.runtime?.id == null;
    } catch {
      return true;
    }
  };
  const end = () => {
    if (ended) return;
    ended = true;
    for (const cb of callbacks.splice(0)) cb();
  };
  ctx?.onInvalidated(() => {
    // The newer copy marks itself as it starts, just after announcing itself: look once it has.
    setTimeout(() => {
      if (runtimeGone() || g[NEWEST] !== me) end();
      else console.warn('[Netra] ignored a page event that asked this script to stop');
    }, 0);
  });
  return {
    alive: () => !ended && !runtimeGone(),
    onEnd: (cb) => void callbacks.push(cb),
  };
}
