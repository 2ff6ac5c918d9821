/**
 * Runs Netra on a supported site: finds composers as the user focuses or types in them,
 * intercepts submission of flagged drafts, and shows the pre-post dialog.
 *
 * Cost model: nothing happens per DOM mutation or per scroll of the feed. Composers are found
 * from the events the user causes in them (focusin, input), and submit interception is three
 * capture listeners on window that return at once for anything that is not a submit gesture.
 * If anything here throws, the event is let through: the site must work as if Netra were absent.
 */
import { h } from 'preact';
import type { Engine } from '../engine/engine';
import type { Finding } from '../engine/finding';
import type { GuidelineLibrary } from '../engine/guideline';
import type { EditorKind, SiteAdapter } from '../sites/types';
import { PrePostDialog, type Enforcement } from '../ui/PrePostDialog';
import { t } from '../ui/i18n';
import { Composer } from './composer';
import { applyRemoval } from './fix';
import { createUiHost, type UiHost } from './ui-host';

export interface PageSettings {
  enforcement: Enforcement;
  disabledRules: readonly string[];
  showInfo: boolean;
  lang: 'id' | 'en';
  agency?: { name?: string; helpdesk?: string };
}

export interface PageDeps {
  adapter: SiteAdapter;
  engine: Engine;
  library: GuidelineLibrary;
  settings(): PageSettings;
  /** Whether Netra is active on this site now (site switch, pause). Checked on every gesture. */
  active(): boolean;
  /** The user posted despite findings: record rule ids and time only, never text. */
  acknowledge(ruleIds: string[]): void;
  openGuideline(id: string): void;
  /** Adapter misses and errors, so a changed site is noticed. */
  log(message: string): void;
}

type Action =
  | { kind: 'click'; target: HTMLElement }
  | { kind: 'key'; composer: Composer; init: KeyboardEventInit }
  | { kind: 'submit'; form: HTMLFormElement; submitter: HTMLElement | null };

/** How long "Post anyway" keeps the gate open for the replayed submission. */
const BYPASS_MS = 1500;
/** If the replay did not post, the user's own next press is let through within this time. */
const ARMED_MS = 20_000;
/** Drafts longer than this are checked on submit only, so a huge paste never stalls typing. */
const LIVE_LIMIT = 20_000;

export interface PageController {
  composers(): Composer[];
  /** Findings of the composer the user last worked in (the popup shows them). */
  current(): { findings: Finding[]; text: string } | null;
  /** Re-check every composer (settings changed). */
  refresh(): void;
  stop(): void;
  ui: UiHost;
}

export function startPage(deps: PageDeps): PageController {
  const { adapter } = deps;
  const ui = createUiHost();
  const composers = new Map<Element, Composer>();
  let lastComposer: Composer | null = null;
  let nextId = 1;
  let bypassUntil = 0;
  let armedUntil = 0;
  let dialogOpen = false;
  const missesLogged = new Set<string>();
  const healthChecked = new WeakSet<Composer>();
  const abort = new AbortController();
  const signal = abort.signal;

  const composerSel = adapter.composers.join(',');
  const submitSel = adapter.submits.join(',');
  const scopeSel = (adapter.scopes ?? []).join(',');
  const named = (adapter.submitNames ?? []).map((n) => ({ selector: n.selector, names: new Set(n.names.map((x) => x.toLowerCase())) }));
  const namedSel = named.map((n) => n.selector).join(',');

  const editorKind = (el: Element): EditorKind => (typeof adapter.editor === 'function' ? adapter.editor(el) : adapter.editor);

  const env = {
    engine: deps.engine,
    ui,
    liveLimit: LIVE_LIMIT,
    checkOptions: () => {
      const s = deps.settings();
      return { lang: s.lang, disabled: s.disabledRules, ...(s.showInfo ? {} : { minSeverity: 'warning' as const }) };
    },
    openReview: (c: Composer) => openDialog(c, null),
    openGuideline: deps.openGuideline,
  };

  function composerFromPath(path: EventTarget[]): Composer | null {
    for (const t of path) {
      if (!(t instanceof Element)) continue;
      if (t.matches(composerSel)) return composerFor(t);
    }
    return null;
  }

  function composerFor(el: Element): Composer {
    let c = composers.get(el);
    if (!c) {
      c = new Composer(el, { ...env, editor: editorKind(el) }, nextId++);
      composers.set(el, c);
    }
    return c;
  }

  /** A composer with no submit control in reach means the site changed: say so once. */
  function healthCheck(c: Composer) {
    if (signal.aborted || !c.el.isConnected) return;
    const scope = scopeOf(c.el);
    if (submitsIn(scope).length === 0 && !missesLogged.has('submit')) {
      missesLogged.add('submit');
      deps.log(`${adapter.id}: composer found but no submit control matched (${submitSel}); posts there are not checked before sending`);
    }
  }

  /** The element that holds one composer and its submit control. */
  function scopeOf(el: Element): Element {
    if (scopeSel) {
      const s = closestAcross(el, scopeSel);
      if (s) return s;
    }
    // Fallback: the nearest ancestor that also contains a submit control.
    for (let p: Element | null = el.parentElement ?? hostOf(el); p; p = p.parentElement ?? hostOf(p)) {
      if (p.querySelector(submitSel) || (namedSel && submitsIn(p).length > 0)) return p;
    }
    return document.documentElement;
  }

  /** Which composer a submit control posts. */
  function composerForSubmit(submit: Element): Composer | null {
    const scope = scopeSel ? closestAcross(submit, scopeSel) : null;
    const candidates: Element[] = [];
    if (scope) candidates.push(...queryDeep(scope, composerSel));
    if (candidates.length === 0) {
      for (let p: Element | null = submit.parentElement ?? hostOf(submit); p; p = p.parentElement ?? hostOf(p)) {
        const found = queryDeep(p, composerSel);
        if (found.length) {
          candidates.push(...found);
          break;
        }
      }
    }
    if (candidates.length === 0) return lastComposer;
    // Threads and X threads have several boxes under one button, and the button posts them all:
    // a flagged box must block it even when the user last typed in a clean one.
    const known = candidates.map((c) => composerFor(c));
    const first = known.find((c) => c === lastComposer) ?? known[0]!;
    if (known.length === 1 || !deps.active()) return first;
    return [first, ...known.filter((c) => c !== first)].find((c) => (c.checkNow(), c.flagged)) ?? first;
  }

  /** A submit control by selector, or (Meta's div[role="button"]) by its visible name. */
  function isSubmit(el: Element): boolean {
    return el.matches(submitSel) || (namedSel !== '' && el.matches(namedSel) && hasSubmitName(el));
  }

  function hasSubmitName(el: Element): boolean {
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().toLowerCase();
    return named.some((n) => n.names.has(name) && el.matches(n.selector));
  }

  function submitsIn(root: Element): Element[] {
    const out = queryDeepAll(root, submitSel);
    if (namedSel) out.push(...queryDeepAll(root, namedSel).filter(hasSubmitName));
    return out;
  }

  /**
   * The submit control a key press activates: a focused control that is not a native button.
   * Meta's Post is a div[role="button"] that the site activates from Enter/Space itself, so no
   * click follows and the key is the submission; native buttons turn the key into a click.
   */
  function keyedSubmit(path: EventTarget[]): HTMLElement | null {
    const focused = path[0];
    if (!(focused instanceof HTMLElement) || focused.isContentEditable) return null;
    if (focused.matches('button, input, textarea, select, a[href], summary')) return null;
    for (const t of path) {
      if (t === document.body || !(t instanceof HTMLElement)) break;
      if (isSubmit(t)) return t;
    }
    return null;
  }

  function queryDeep(root: Element, sel: string): Element[] {
    const out = [...root.querySelectorAll(sel)];
    if (root.matches(sel)) out.unshift(root);
    for (const hostSel of adapter.shadowHosts ?? []) {
      for (const host of root.querySelectorAll(hostSel)) {
        if (host.shadowRoot) out.push(...host.shadowRoot.querySelectorAll(sel));
      }
    }
    return out;
  }

  // ---- discovery ---------------------------------------------------------------------------
  const onFocusOrInput = (e: Event) => {
    try {
      const c = composerFromPath(e.composedPath());
      if (!c) return;
      lastComposer = c;
      // Sites draw the submit control late (WhatsApp's send button appears with the first
      // character, Facebook's comment arrow on focus): look for it after the first keystroke.
      if (e.type === 'input' && !healthChecked.has(c)) {
        healthChecked.add(c);
        setTimeout(() => healthCheck(c), 1000);
      }
      if (e.type === 'input' && !deps.active()) return;
      if (e.type === 'focusin' && c.checkedText === null) c.schedule();
    } catch (err) {
      deps.log(`discovery failed: ${String(err)}`);
    }
  };
  document.addEventListener('focusin', onFocusOrInput, { capture: true, signal });
  document.addEventListener('input', onFocusOrInput, { capture: true, signal });

  // The page may start after the user is already in a composer (settings load can take seconds
  // on a fresh profile while storage.managed initialises): its focusin has passed, and without
  // this the draft would go unchecked until the next focus.
  try {
    let focused: Element | null = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    const el = focused?.closest(composerSel);
    if (el) {
      lastComposer = composerFor(el);
      lastComposer.schedule();
    }
  } catch (err) {
    deps.log(`discovery failed: ${String(err)}`);
  }

  // ---- interception ------------------------------------------------------------------------
  function shouldBlock(c: Composer | null): Finding[] | null {
    if (!c || !deps.active()) return null;
    const now = Date.now();
    // One submission may raise several events (a click, then the form's submit): the gate
    // stays open for all of them during the short bypass window.
    if (now < bypassUntil) return null;
    if (now < armedUntil) {
      armedUntil = 0;
      bypassUntil = now + 500;
      return null;
    }
    if (deps.settings().enforcement === 'advise') return null;
    const findings = c.checkNow();
    return c.flagged ? findings : null;
  }

  const block = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };

  const onClick = (e: MouseEvent) => {
    if (dialogOpen) return;
    try {
      const path = e.composedPath();
      let submit: HTMLElement | null = null;
      for (const t of path) {
        if (t instanceof HTMLElement && isSubmit(t)) {
          submit = t;
          break;
        }
        if (t === document.body) break;
      }
      if (!submit || submit.matches(':disabled, [aria-disabled="true"]')) return;
      const c = composerForSubmit(submit);
      if (!shouldBlock(c)) return;
      block(e);
      openDialog(c!, { kind: 'click', target: submit });
    } catch (err) {
      deps.log(`click check failed, letting the post through: ${String(err)}`);
    }
  };

  // The keyup that follows a blocked key on a div[role="button"] would still reach it (Space
  // activates on keyup) before the dialog takes focus: it is swallowed too.
  let swallowKeyUp: string | null = null;

  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.repeat) swallowKeyUp = null;
    if (dialogOpen || (e.key !== 'Enter' && e.key !== ' ') || e.isComposing || e.keyCode === 229) return;
    try {
      const path = e.composedPath();
      const submit = e.ctrlKey || e.metaKey || e.altKey ? null : keyedSubmit(path);
      if (submit) {
        if (submit.matches(':disabled, [aria-disabled="true"]')) return;
        const sc = composerForSubmit(submit);
        if (!shouldBlock(sc)) return;
        block(e);
        swallowKeyUp = e.key;
        openDialog(sc!, { kind: 'click', target: submit });
        return;
      }
      if (e.key !== 'Enter') return;
      const c = composerFromPath(path);
      if (!c) return;
      const mod = e.ctrlKey || e.metaKey;
      const enterSends = typeof adapter.keys.enter === 'function' ? adapter.keys.enter(c.el) : !!adapter.keys.enter;
      const submits = (mod && adapter.keys.modEnter) || (!mod && !e.shiftKey && !e.altKey && enterSends);
      if (!submits) return;
      // Enter picks a mention or hashtag suggestion while a list is open.
      if (!mod && c.el.getAttribute('aria-expanded') === 'true') return;
      const gate = flaggedPostedWith(c);
      if (!shouldBlock(gate)) return;
      block(e);
      openDialog(gate, { kind: 'key', composer: gate, init: { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, ctrlKey: e.ctrlKey, metaKey: e.metaKey, bubbles: true, cancelable: true, composed: true } as KeyboardEventInit });
    } catch (err) {
      deps.log(`key check failed, letting the post through: ${String(err)}`);
    }
  };

  /**
   * A key in one box of a thread (X's and Threads' "Post all") posts every box in its scope, as
   * the button would: a flagged box there must stop the key too, not only the box typed in.
   * Only declared scopes group boxes, so unrelated boxes on a page never block each other.
   */
  function flaggedPostedWith(c: Composer): Composer {
    const scope = scopeSel ? closestAcross(c.el, scopeSel) : null;
    if (!scope || !deps.active()) return c;
    const others = queryDeep(scope, composerSel).filter((el) => el !== c.el);
    return [c, ...others.map(composerFor)].find((x) => (x.checkNow(), x.flagged)) ?? c;
  }

  const onSubmit = (e: SubmitEvent) => {
    if (dialogOpen) return;
    try {
      const form = e.target as HTMLFormElement;
      const found = queryDeep(form, composerSel)[0];
      if (!found) return;
      const c = composerFor(found);
      if (!shouldBlock(c)) return;
      block(e);
      openDialog(c, { kind: 'submit', form, submitter: (e.submitter as HTMLElement | null) ?? null });
    } catch (err) {
      deps.log(`submit check failed, letting the post through: ${String(err)}`);
    }
  };

  addEventListener('click', onClick, { capture: true, signal });
  addEventListener('keydown', onKeyDown, { capture: true, signal });
  addEventListener(
    'keyup',
    (e: KeyboardEvent) => {
      if (swallowKeyUp !== null && e.key === swallowKeyUp) {
        swallowKeyUp = null;
        block(e);
      }
    },
    { capture: true, signal },
  );
  addEventListener('submit', onSubmit, { capture: true, signal });

  // ---- dialog ------------------------------------------------------------------------------
  function openDialog(c: Composer, action: Action | null) {
    if (action === null) c.checkNow();
    const restore = c.saveSelection();
    const textAtBlock = c.draft.text;
    const findings = c.findings;
    dialogOpen = true;
    c.hideTooltip();
    ui.host.setAttribute('data-findings', String(findings.length));
    const close = () => {
      dialogOpen = false;
      ui.show('dialog', null);
    };
    const s = deps.settings();
    ui.show(
      'dialog',
      h(PrePostDialog, {
        findings,
        library: deps.library,
        enforcement: s.enforcement,
        agency: s.agency,
        review: action === null,
        onEdit: () => {
          close();
          restore();
        },
        onLearnMore: (id: string) => deps.openGuideline(id),
        onFix: (f: Finding) => {
          close();
          void applyRemoval(c, f).then((ok) => {
            if (!ok) toast(t('fixFailed'));
          });
        },
        onPostAnyway: () => {
          close();
          if (!action) return;
          deps.acknowledge([...new Set(findings.map((f) => f.ruleId))]);
          replay(action, c, textAtBlock);
        },
      }),
    );
  }

  function replay(action: Action, c: Composer, textAtBlock: string) {
    bypassUntil = Date.now() + BYPASS_MS;
    if (action.kind === 'click') action.target.click();
    else if (action.kind === 'submit') action.form.requestSubmit(action.submitter ?? undefined);
    else {
      // Prefer the site's own button for keyboard posts; synthesise the key only without one.
      const scope = scopeOf(c.el);
      const button = submitsIn(scope).find((b) => !b.matches(':disabled, [aria-disabled="true"]')) as HTMLElement | undefined;
      if (button) button.click();
      else c.el.dispatchEvent(new KeyboardEvent('keydown', action.init));
    }
    // If the site ignored the synthetic action, the draft is still there: ask for a real press.
    setTimeout(() => {
      bypassUntil = 0;
      const still = c.el.isConnected && readText(c) === textAtBlock && textAtBlock.trim() !== '';
      if (still) {
        armedUntil = Date.now() + ARMED_MS;
        toast(t('postAgain'));
      }
    }, BYPASS_MS);
  }

  function queryDeepAll(root: Element, sel: string): Element[] {
    const out = [...root.querySelectorAll(sel)];
    for (const hostSel of adapter.shadowHosts ?? []) for (const host of root.querySelectorAll(hostSel)) if (host.shadowRoot) out.push(...host.shadowRoot.querySelectorAll(sel));
    return out;
  }

  function readText(c: Composer): string {
    c.checkNow();
    return c.draft.text;
  }

  let toastTimer: ReturnType<typeof setTimeout> | null = null;
  function toast(message: string) {
    const dismiss = () => ui.show('toast', null);
    ui.show(
      'toast',
      h('div', { class: 'toast', role: 'status' }, message, h('button', { type: 'button', class: 'btn btn-secondary', onClick: dismiss }, t('postAgainDismiss'))),
    );
    if (toastTimer) clearTimeout(toastTimer);
    toastTimer = setTimeout(dismiss, ARMED_MS);
  }

  return {
    ui,
    composers: () => [...composers.values()],
    current: () => (lastComposer ? { findings: lastComposer.findings, text: lastComposer.draft.text } : null),
    refresh() {
      for (const c of composers.values()) {
        c.checkedText = null;
        if (c.el.isConnected) c.schedule();
        else {
          c.destroy();
          composers.delete(c.el);
        }
      }
    },
    stop() {
      abort.abort();
      for (const c of composers.values()) c.destroy();
      composers.clear();
      ui.destroy();
    },
  };
}

function hostOf(el: Element): Element | null {
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function closestAcross(el: Element, sel: string): Element | null {
  for (let cur: Element | null = el; cur; cur = hostOf(cur)) {
    const found = cur.closest(sel);
    if (found) return found;
  }
  return null;
}
