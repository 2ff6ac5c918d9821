/**
 * Composer scope: where a site's composers and submit controls are, and which composer a
 * submit control or a key press posts. Stateless queries over one site adapter and the DOM
 * (open shadow roots included); the composers themselves live in src/page/registry.ts.
 */
import type { EditorKind, SiteAdapter } from '../sites/types';

export interface Scope {
  readonly adapter: SiteAdapter;
  /** The selector list of every composer's editable element. */
  readonly composerSel: string;
  /** The selector list of submit controls, for messages. */
  readonly submitSel: string;
  editorKind(el: Element): EditorKind;
  /** A submit control by selector, or (Meta's div[role="button"]) by its visible name. */
  isSubmit(el: Element): boolean;
  /** Submit controls inside `root`, open shadow roots included. */
  submitsIn(root: Element): Element[];
  /** The element that holds one composer and its submit control. */
  scopeOf(el: Element): Element;
  /** The declared scope (form, dialog, comment box) around `el`, if the adapter declares one. */
  declaredScope(el: Element): Element | null;
  /** Composer elements a submit control posts: those of its declared scope, or the nearest ones. */
  composersForSubmit(submit: Element): Element[];
  /** The composer element a picture handed over at `el` belongs to (nearest first). */
  composersNear(el: Element): Element[];
  /**
   * The submit control a key press activates: a focused control that is not a native button.
   * Meta's Post is a div[role="button"] that the site activates from Enter/Space itself, so no
   * click follows and the key is the submission; native buttons turn the key into a click.
   */
  keyedSubmit(path: EventTarget[]): HTMLElement | null;
  /** The first submit control in an event path, up to <body>. */
  submitInPath(path: EventTarget[]): HTMLElement | null;
  /** `sel` inside `root` and the open shadow roots of the adapter's shadow hosts, `root` included. */
  queryDeep(root: Element, sel: string): Element[];
  /** As queryDeep, without `root` itself. */
  queryDeepAll(root: Element, sel: string): Element[];
  /** Whether a key press in this composer sends the post. */
  keySends(composer: Element, e: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): boolean;
}

export function createScope(adapter: SiteAdapter): Scope {
  const composerSel = adapter.composers.join(',');
  const submitSel = adapter.submits.join(',');
  const scopeSel = (adapter.scopes ?? []).join(',');
  const named = (adapter.submitNames ?? []).map((n) => ({ selector: n.selector, names: new Set(n.names.map((x) => x.toLowerCase())) }));
  const namedSel = named.map((n) => n.selector).join(',');

  const hasSubmitName = (el: Element) => {
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().toLowerCase();
    return named.some((n) => n.names.has(name) && el.matches(n.selector));
  };
  const isSubmit = (el: Element) => el.matches(submitSel) || (namedSel !== '' && el.matches(namedSel) && hasSubmitName(el));

  const queryDeepAll = (root: Element, sel: string): Element[] => {
    const out = [...root.querySelectorAll(sel)];
    for (const hostSel of adapter.shadowHosts ?? []) for (const host of root.querySelectorAll(hostSel)) if (host.shadowRoot) out.push(...host.shadowRoot.querySelectorAll(sel));
    return out;
  };
  const queryDeep = (root: Element, sel: string): Element[] => {
    const out = queryDeepAll(root, sel);
    if (root.matches(sel)) out.unshift(root);
    return out;
  };
  const submitsIn = (root: Element): Element[] => {
    const out = queryDeepAll(root, submitSel);
    if (namedSel) out.push(...queryDeepAll(root, namedSel).filter(hasSubmitName));
    return out;
  };
  const declaredScope = (el: Element) => (scopeSel ? closestAcross(el, scopeSel) : null);

  /** Ancestors of `el`, crossing out of shadow roots, up to (not including) `stop`. */
  function* ancestors(el: Element, stop: Element | null = null): Generator<Element> {
    for (let p: Element | null = el.parentElement ?? hostOf(el); p && p !== stop; p = p.parentElement ?? hostOf(p)) yield p;
  }

  return {
    adapter,
    composerSel,
    submitSel,
    editorKind: (el) => (typeof adapter.editor === 'function' ? adapter.editor(el) : adapter.editor),
    isSubmit,
    submitsIn,
    declaredScope,
    scopeOf(el) {
      const s = declaredScope(el);
      if (s) return s;
      // Fallback: the nearest ancestor that also contains a submit control.
      for (const p of ancestors(el)) if (p.querySelector(submitSel) || (namedSel && submitsIn(p).length > 0)) return p;
      return document.documentElement;
    },
    composersForSubmit(submit) {
      const scope = declaredScope(submit);
      const inScope = scope ? queryDeep(scope, composerSel) : [];
      if (inScope.length) return inScope;
      for (const p of ancestors(submit)) {
        const found = queryDeep(p, composerSel);
        if (found.length) return found;
      }
      return [];
    },
    composersNear(el) {
      const scope = declaredScope(el);
      const inScope = scope ? queryDeep(scope, composerSel) : [];
      if (inScope.length) return inScope.slice(0, 1);
      for (const p of ancestors(el, document.body)) {
        const found = queryDeep(p, composerSel);
        if (found.length) return found;
      }
      return [];
    },
    keyedSubmit(path) {
      const focused = path[0];
      if (!(focused instanceof HTMLElement) || focused.isContentEditable) return null;
      if (focused.matches('button, input, textarea, select, a[href], summary')) return null;
      for (const t of path) {
        if (t === document.body || !(t instanceof HTMLElement)) break;
        if (isSubmit(t)) return t;
      }
      return null;
    },
    submitInPath(path) {
      for (const t of path) {
        if (t instanceof HTMLElement && isSubmit(t)) return t;
        if (t === document.body) break;
      }
      return null;
    },
    queryDeep,
    queryDeepAll,
    keySends(composer, e) {
      if (e.key !== 'Enter') return false;
      const mod = e.ctrlKey || e.metaKey;
      const enterSends = typeof adapter.keys.enter === 'function' ? adapter.keys.enter(composer) : !!adapter.keys.enter;
      const sends = (mod && !!adapter.keys.modEnter) || (!mod && !e.shiftKey && !e.altKey && enterSends);
      // Enter picks a mention or hashtag suggestion while a list is open.
      return sends && (mod || composer.getAttribute('aria-expanded') !== 'true');
    },
  };
}

export function hostOf(el: Element): Element | null {
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

export function closestAcross(el: Element, sel: string): Element | null {
  for (let cur: Element | null = el; cur; cur = hostOf(cur)) {
    const found = cur.closest(sel);
    if (found) return found;
  }
  return null;
}

/** Whether a control refuses presses now. */
export function isDisabled(el: Element): boolean {
  return el.matches(':disabled, [aria-disabled="true"]');
}
