/**
 * Submit interception: three capture listeners on window (click, keydown, submit) that return at
 * once for anything that is not a send gesture, and turn the rest into attempts for the submit
 * gate (src/page/gate.ts). Also the replay: Netra sending a held post itself once the user
 * decided. If anything here throws, the event is let through: the site must work as if Netra
 * were absent.
 */
import type { Composer } from './composer';
import type { Assessment, SubmitGate } from './gate';
import type { ComposerRegistry } from './registry';
import { isDisabled, type Scope } from './scope';

/** How a held send is replayed. */
export type Action =
  | { kind: 'click'; target: HTMLElement }
  | { kind: 'key'; composer: Composer; init: KeyboardEventInit }
  | { kind: 'submit'; form: HTMLFormElement; submitter: HTMLElement | null };

export interface InterceptDeps {
  scope: Scope;
  registry: ComposerRegistry;
  gate: SubmitGate;
  /** Netra is on for this site now (site switch, pause). */
  active(): boolean;
  /** Check the composer's draft now and say whether a send is held. */
  assess(c: Composer): Assessment;
  /** A held send: show, or keep, the dialog. */
  review(c: Composer, action: Action): void;
  /** A send held until the composer's pictures are checked. */
  wait(c: Composer, action: Action): void;
  /** A send was let through (its pictures go with it). */
  passed(c: Composer): void;
  log(message: string): void;
  /** A send gesture could not be checked at all and goes through: the user is told. */
  unchecked?(): void;
  signal: AbortSignal;
}

const block = (e: Event) => {
  e.preventDefault();
  e.stopImmediatePropagation();
};

export function startInterception(d: InterceptDeps): void {
  const { scope, registry, gate, signal } = d;
  // A box whose pictures are still being read counts too: one Post or Save sends every box in
  // its scope (X's Edit profile: the avatar is caught for the name field, the user typed the bio).
  const holds = (c: Composer) => {
    const a = d.assess(c);
    return a.hold || a.picturesPending;
  };

  /** Which composer a submit control posts. */
  function composerForSubmit(submit: Element): Composer | null {
    const els = scope.composersForSubmit(submit);
    // None in reach: the one last worked in, while it is on the page. A composer the site has
    // closed posts nothing; judged by its gone draft, a send would be held for words the user
    // discarded, and "Post anyway" could never send it (see `send` in manager.ts).
    if (els.length === 0) return registry.last?.el.isConnected ? registry.last : null;
    const first = registry.pick(els)!;
    if (els.length === 1 || !d.active()) return first;
    // Threads and X threads have several boxes under one button, and the button posts them all:
    // a held box must stop it even when the user last typed in a clean one.
    const others = els.filter((el) => el !== first.el).map((el) => registry.for(el));
    return [first, ...others].find(holds) ?? first;
  }

  /**
   * A key in one box of a thread (X's and Threads' "Post all") posts every box in its scope, as
   * the button would: a held box there must stop the key too, not only the box typed in. Only
   * declared scopes group boxes, so unrelated boxes on a page never block each other.
   */
  function heldPostedWith(c: Composer): Composer {
    const declared = scope.declaredScope(c.el);
    if (!declared || !d.active()) return c;
    const others = scope.queryDeep(declared, scope.composerSel).filter((el) => el !== c.el);
    return [c, ...others.map((el) => registry.for(el))].find(holds) ?? c;
  }

  /** Put one send gesture to the gate; true when the event was stopped. */
  function judge(e: Event, c: Composer | null, action: () => Action): boolean {
    if (!c || !d.active()) return false;
    c.checkNow();
    const verdict = gate.attempt({ composer: c.id, text: c.draft.text, trusted: e.isTrusted, now: Date.now() }, () => d.assess(c));
    if (verdict === 'pass') {
      d.passed(c);
      return false;
    }
    block(e);
    if (verdict === 'review') d.review(c, action());
    else if (verdict === 'wait') d.wait(c, action());
    return true;
  }

  const onClick = (e: MouseEvent) => {
    try {
      const submit = scope.submitInPath(e.composedPath());
      if (!submit || isDisabled(submit)) return;
      judge(e, composerForSubmit(submit), () => ({ kind: 'click', target: submit }));
    } catch (err) {
      d.log(`click check failed, letting the post through: ${String(err)}`);
      d.unchecked?.();
    }
  };

  // The keyup that follows a blocked key on a div[role="button"] would still reach it (Space
  // activates on keyup) before the dialog takes focus: it is swallowed too.
  let swallowKeyUp: string | null = null;

  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.repeat) swallowKeyUp = null;
    if ((e.key !== 'Enter' && e.key !== ' ') || e.isComposing || e.keyCode === 229) return;
    try {
      const path = e.composedPath();
      const submit = e.ctrlKey || e.metaKey || e.altKey ? null : scope.keyedSubmit(path);
      if (submit) {
        if (isDisabled(submit)) return;
        if (judge(e, composerForSubmit(submit), () => ({ kind: 'click', target: submit }))) swallowKeyUp = e.key;
        return;
      }
      const c = registry.fromPath(path);
      if (!c || !scope.keySends(c.el, e)) return;
      const held = heldPostedWith(c);
      const init: KeyboardEventInit = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, ctrlKey: e.ctrlKey, metaKey: e.metaKey, bubbles: true, cancelable: true, composed: true } as KeyboardEventInit;
      judge(e, held, () => ({ kind: 'key', composer: held, init }));
    } catch (err) {
      d.log(`key check failed, letting the post through: ${String(err)}`);
      d.unchecked?.();
    }
  };

  const onKeyUp = (e: KeyboardEvent) => {
    if (swallowKeyUp !== null && e.key === swallowKeyUp) {
      swallowKeyUp = null;
      block(e);
    }
  };

  const onSubmit = (e: SubmitEvent) => {
    try {
      const form = e.target as HTMLFormElement;
      const found = scope.queryDeep(form, scope.composerSel)[0];
      if (!found) return;
      judge(e, registry.for(found), () => ({ kind: 'submit', form, submitter: (e.submitter as HTMLElement | null) ?? null }));
    } catch (err) {
      d.log(`submit check failed, letting the post through: ${String(err)}`);
      d.unchecked?.();
    }
  };

  addEventListener('click', onClick, { capture: true, signal });
  addEventListener('keydown', onKeyDown, { capture: true, signal });
  addEventListener('keyup', onKeyUp, { capture: true, signal });
  addEventListener('submit', onSubmit, { capture: true, signal });
}

/**
 * Replays a held send: the gesture's own control when it is still there, else the composer's
 * submit control, else (a key with no button) the key itself. False when nothing could be sent
 * (the control and the form are gone): then nothing went out.
 */
export function replay(scope: Scope, action: Action, c: Composer): boolean {
  const button = () => scope.submitsIn(scope.scopeOf(c.el)).find((b) => !isDisabled(b)) as HTMLElement | undefined;
  if (action.kind === 'click') {
    const target = action.target.isConnected && !isDisabled(action.target) ? action.target : button();
    target?.click();
    return !!target;
  }
  if (action.kind === 'submit') {
    if (!action.form.isConnected) return false;
    const submitter = action.submitter?.isConnected ? action.submitter : undefined;
    action.form.requestSubmit(submitter);
    return true;
  }
  // Prefer the site's own button for keyboard posts; synthesise the key only without one.
  const b = button();
  if (b) b.click();
  else c.el.dispatchEvent(new KeyboardEvent('keydown', action.init));
  return true;
}
