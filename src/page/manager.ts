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
import { analyse, picturesIn, readPreview, warmUp, type AttachedPicture } from './pictures';
import { pictureFindings } from '../images/findings';
import { createUiHost, type UiHost } from './ui-host';

export interface PageSettings {
  enforcement: Enforcement;
  disabledRules: readonly string[];
  showInfo: boolean;
  lang: 'id' | 'en';
  agency?: { name?: string; helpdesk?: string };
  /** Attached pictures are checked unless this is false (options page switch). */
  pictures?: boolean;
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
/**
 * Post pressed while an attached picture is still being analysed (OCR takes 1–3 s, the first
 * picture a little more while the reader loads): the press is held, a notice says why, and the
 * post goes out by itself the moment the pictures turn out clean, or the dialog opens. Past this
 * long the post is let through unchecked, as everywhere else where Netra cannot tell: the site
 * must never become unusable because of Netra.
 */
const PICTURE_WAIT_MS = 12_000;

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
    pictureFindings: (pictures: readonly AttachedPicture[], textFindings: Finding[]) => {
      const s = deps.settings();
      const analysed = pictures.flatMap((p) => (p.analysis ? [{ id: p.id, analysis: p.analysis }] : []));
      return pictureFindings(analysed, textFindings, {
        lang: s.lang,
        disabled: s.disabledRules,
        check: (text) => deps.engine.check(text, env.checkOptions()),
        inPicture: t('findingInPicture'),
        logoMessage: (name) => t('pictureLogoFound', name),
      });
    },
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
      if (e.type === 'focusin') scanPreviews(c);
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

  // ---- pictures ----------------------------------------------------------------------------
  const previewSel = (adapter.pictures?.previews ?? []).join(',');
  /** Composers whose site previews have been seen: their disappearance means "removed". */
  const previewsSeen = new WeakSet<Composer>();

  /** The composer a picture handed over at `el` (a file input, a drop target) belongs to. */
  function composerNear(el: Element): Composer | null {
    const scoped = scopeSel ? closestAcross(el, scopeSel) : null;
    const inScope = scoped ? queryDeep(scoped, composerSel)[0] : undefined;
    if (inScope) return composerFor(inScope);
    for (let p: Element | null = el.parentElement ?? hostOf(el); p && p !== document.body; p = p.parentElement ?? hostOf(p)) {
      const found = queryDeep(p, composerSel);
      if (found.length) return composerFor(found.find((f) => f === lastComposer?.el) ?? found[0]!);
    }
    return lastComposer;
  }

  /** A file chosen, pasted or dropped: analyse it at once, as the site uploads it. */
  const onPictures = (e: Event) => {
    try {
      if (!deps.active() || deps.settings().pictures === false) return;
      const path = e.composedPath();
      const target = path[0] instanceof Element ? path[0] : null;
      let files: File[];
      if (e.type === 'change') {
        if (!(target instanceof HTMLInputElement) || target.type !== 'file') return;
        files = picturesIn(target.files);
      } else if (e.type === 'paste') files = picturesIn((e as ClipboardEvent).clipboardData?.files);
      else files = picturesIn((e as DragEvent).dataTransfer?.files);
      if (files.length === 0) return;
      const c = composerFromPath(path) ?? (target ? composerNear(target) : lastComposer);
      if (!c) return;
      for (const f of files) attach(c, analyse(f, deps.settings().lang, deps.log));
    } catch (err) {
      deps.log(`picture capture failed: ${String(err)}`);
    }
  };
  for (const type of ['change', 'paste', 'drop']) document.addEventListener(type, onPictures, { capture: true, signal });
  /** A file picker opening (the site clicks its hidden input) or files dragged in: get ready. */
  const onPictureIntent = (e: Event) => {
    if (!deps.active() || deps.settings().pictures === false) return;
    const target = e.composedPath()[0];
    if (e.type === 'click' ? target instanceof HTMLInputElement && target.type === 'file' : !!(e as DragEvent).dataTransfer?.types.includes('Files')) warmUp(deps.log);
  };
  for (const type of ['click', 'dragenter']) document.addEventListener(type, onPictureIntent, { capture: true, passive: true, signal });
  // `change` is not composed: inside open shadow roots (LinkedIn) it never reaches the document.
  const shadowsWatched = new WeakSet<ShadowRoot>();
  for (const hostSel of adapter.shadowHosts ?? []) {
    document.addEventListener(
      'focusin',
      () => {
        for (const host of document.querySelectorAll(hostSel)) {
          const root = host.shadowRoot;
          if (!root || shadowsWatched.has(root)) continue;
          shadowsWatched.add(root);
          root.addEventListener('change', onPictures, { capture: true, signal });
        }
      },
      { capture: true, signal },
    );
  }

  /**
   * The site's own previews of attached pictures: read the ones no file event told us about (a
   * detached input the site clicked, a picture added by the site's own picker), and notice when
   * every preview is gone (the user removed the pictures).
   */
  function scanPreviews(c: Composer) {
    if (!previewSel || !deps.active() || deps.settings().pictures === false || !c.el.isConnected) return;
    const imgs = queryDeepAll(scopeOf(c.el), previewSel).filter((i): i is HTMLImageElement => i instanceof HTMLImageElement);
    if (imgs.length > 0) previewsSeen.add(c);
    else if (previewsSeen.has(c) && c.pictures.length > 0 && !c.picturesPending()) {
      previewsSeen.delete(c);
      c.clearPictures();
      return;
    }
    // Pictures captured from events are the same ones the previews show.
    if (c.pictures.some((p) => !p.previewUrl)) return;
    if (imgs.length > 0 && c.pictures.length === 0 && adoptHandedOver(c)) return;
    for (const img of imgs) {
      const url = img.currentSrc || img.src;
      if (!/^(blob:|data:image\/)/.test(url) || c.pictures.some((p) => p.previewUrl === url)) continue;
      attach(c, analyse(readPreview(img), deps.settings().lang, deps.log, url));
    }
  }

  /**
   * Pictures handed over in another box whose own scope shows no preview, now previewed here:
   * the site moved them (WhatsApp: pasted in the chat box, shown and sent from the media
   * viewer's caption box; Instagram: picked before the caption exists, so caught for the box
   * last used). They move with the preview, so they are not analysed twice and do not stay
   * behind to flag the other box's next post.
   */
  function adoptHandedOver(c: Composer): boolean {
    let adopted = false;
    for (const o of composers.values()) {
      // A box that is gone took its pictures with it (a discarded dialog); one that shows
      // previews of its own keeps them.
      if (o === c || !o.el.isConnected || o.pictures.length === 0 || o.pictures.some((p) => p.previewUrl)) continue;
      if (queryDeepAll(scopeOf(o.el), previewSel).length > 0) continue;
      const moved = o.pictures;
      o.clearPictures();
      for (const p of moved) attach(c, p);
      adopted = true;
    }
    return adopted;
  }

  function attach(c: Composer, p: AttachedPicture) {
    c.addPicture(p);
    // After the composer's own re-check (registered first, in addPicture).
    void p.settled.then(() => dialogRefresh?.(c));
  }

  /** The post is going out: its pictures go with it. */
  function posted(c: Composer | null) {
    if (c && c.pictures.length > 0) setTimeout(() => c.clearPictures(), BYPASS_MS);
  }

  let waiting = false;
  /** Post pressed on a clean draft whose pictures are still being analysed: hold, then decide. */
  async function waitForPictures(c: Composer, action: Action) {
    waiting = true;
    ui.show('toast', h('div', { class: 'toast', role: 'status' }, t('pictureChecking')));
    let timedOut = false;
    await Promise.race([c.picturesSettled(), new Promise<void>((r) => setTimeout(() => ((timedOut = true), r()), PICTURE_WAIT_MS))]);
    ui.show('toast', null);
    waiting = false;
    if (signal.aborted || !c.el.isConnected) return;
    // The pictures may have been removed meanwhile.
    scanPreviews(c);
    c.checkNow();
    if (c.flagged && deps.active()) return openDialog(c, action);
    if (timedOut) deps.log('the picture check took too long; the post was let through');
    posted(c);
    replay(action, c, c.draft.text);
  }

  // ---- interception ------------------------------------------------------------------------
  type Verdict = 'block' | 'wait' | 'hold' | null;

  /** Go on with a gesture that shouldBlock stopped: the dialog, or a wait for pictures. */
  function decide(v: Exclude<Verdict, null>, c: Composer, action: Action) {
    if (v === 'block') openDialog(c, action);
    else if (v === 'wait') void waitForPictures(c, action);
    // 'hold': a press while already waiting is swallowed; the first one decides.
  }

  function shouldBlock(c: Composer | null): Verdict {
    if (!c || !deps.active()) return null;
    if (waiting) return 'hold';
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
    scanPreviews(c);
    c.checkNow();
    if (c.flagged) return 'block';
    return c.picturesPending() ? 'wait' : null;
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
      const v = shouldBlock(c);
      if (!v) return posted(c);
      block(e);
      decide(v, c!, { kind: 'click', target: submit });
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
        const v = shouldBlock(sc);
        if (!v) return posted(sc);
        block(e);
        swallowKeyUp = e.key;
        decide(v, sc!, { kind: 'click', target: submit });
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
      const v = shouldBlock(gate);
      if (!v) return posted(gate);
      block(e);
      decide(v, gate, { kind: 'key', composer: gate, init: { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, ctrlKey: e.ctrlKey, metaKey: e.metaKey, bubbles: true, cancelable: true, composed: true } as KeyboardEventInit });
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
      const v = shouldBlock(c);
      if (!v) return posted(c);
      block(e);
      decide(v, c, { kind: 'submit', form, submitter: (e.submitter as HTMLElement | null) ?? null });
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
    let findings = c.findings;
    dialogOpen = true;
    c.hideTooltip();
    const close = () => {
      dialogOpen = false;
      dialogRefresh = null;
      ui.show('dialog', null);
    };
    const s = deps.settings();
    // Drawn again when a picture's analysis lands while the dialog is open (the draft's text
    // opened it at once; the picture's findings join it).
    const draw = () => {
      ui.host.setAttribute('data-findings', String(findings.length));
      ui.show('dialog', dialogFor(c, action, findings, s, restore, textAtBlock, close));
    };
    dialogRefresh = (changed: Composer) => {
      if (changed !== c) return;
      findings = c.findings;
      draw();
    };
    draw();
  }

  /** Called when a composer's pictures are analysed: an open dialog for it shows their findings. */
  let dialogRefresh: ((c: Composer) => void) | null = null;

  function dialogFor(c: Composer, action: Action | null, findings: Finding[], s: PageSettings, restore: () => void, textAtBlock: string, close: () => void) {
    return h(PrePostDialog, {
      findings,
      library: deps.library,
      enforcement: s.enforcement,
      agency: s.agency,
      review: action === null,
      thumbnails: Object.fromEntries(c.pictures.flatMap((p) => (p.analysis?.thumbnail ? [[p.id, p.analysis.thumbnail]] : []))),
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
    });
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
