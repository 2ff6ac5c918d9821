/**
 * The engagement guard in the page: capture listeners (click, keydown) that return at once for
 * anything that is not an engagement control of the adapter (src/sites/*.ts `engage`). For a
 * like, repost, share, follow or join, the target is read (engage-read.ts) and judged
 * (src/engage/decide.ts); a campaign target's gesture is held and a small confirmation shows
 * beside the button, in Netra's closed shadow root. "Tetap lakukan" presses the control once,
 * itself: the replay is recognised by identity while it runs, so it passes exactly once, and
 * any later press is judged again. Undo controls (unlike, unfollow) are never held.
 *
 * As the submit gate: if anything here throws, the gesture goes through.
 * Privacy: the target's text and handle live only for the check; acknowledgements keep rule ids,
 * the kind of action, the site and the time.
 */
import { h } from 'preact';
import type { AccountIndex } from '../engage/accounts';
import { classifyTarget, engageDecision, ENGAGE_GUIDELINE_ID } from '../engage/decide';
import type { EngageAction } from '../engage/types';
import type { Engine } from '../engine/engine';
import type { GuidelineLibrary } from '../engine/guideline';
import { localDate } from '../engine/merge';
import type { Enforcement } from '../settings/enforcement';
import type { SiteAdapter } from '../sites/types';
import { EngageConfirm, EngageHint } from '../ui/EngageConfirm';
import { controlInPath, readTarget, type PressedControl } from './engage-read';
import type { UiHost } from './ui-host';

export interface EngageDeps {
  adapter: SiteAdapter;
  engine: Engine;
  accounts(): AccountIndex;
  library: GuidelineLibrary;
  ui: UiHost;
  settings(): { enforcement: Enforcement; disabledRules: readonly string[]; lang: 'id' | 'en' };
  /** Netra and its engagement guard are on for this site now. */
  active(): boolean;
  /** The user went ahead with a held engagement: rule ids, the action and the time only. */
  acknowledge(ruleIds: string[], action: EngageAction): void;
  openGuideline(id: string): void;
  log(message: string): void;
  /** The guard's time on a press it let through, for `npm run bench:browser`. */
  timing?(ms: number): void;
  signal: AbortSignal;
}

/** How long the advise-mode note stays. */
const HINT_MS = 6000;

const block = (e: Event) => {
  e.preventDefault();
  e.stopImmediatePropagation();
};

const editable = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement);

export function startEngageGuard(d: EngageDeps): { close(): void } {
  const engage = d.adapter.engage;
  if (!engage) return { close() {} };
  /** The element a layer of controls last opened from (`via`: Facebook's Like, under the reactions bar). */
  let opener: WeakRef<Element> | null = null;
  const vias = [...new Set(engage.controls.flatMap((c) => (c.via ? [c.via] : [])))].join(',');
  /** The control Netra is pressing itself right now ("Tetap lakukan"). */
  let replaying: HTMLElement | null = null;
  let hintTimer: ReturnType<typeof setTimeout> | null = null;
  // Enter/Space on a held div[role="button"] is followed by a keyup that would activate it.
  let swallowKeyUp: string | null = null;

  const close = () => d.ui.show('engage', null);
  const closeHint = () => {
    if (hintTimer) clearTimeout(hintTimer);
    hintTimer = null;
    d.ui.show('engage-hint', null);
  };

  /** Judge a press on `control`; true when the gesture is held (the caller stops the event). */
  function judge(control: PressedControl, redo: () => void): boolean {
    if (!d.active()) return false;
    const target = readTarget(engage!, control, location, opener?.deref() ?? null);
    if (!target) {
      d.log(`${d.adapter.id}: ${control.action} pressed but its target could not be read; let through`);
      return false;
    }
    const s = d.settings();
    const verdict = classifyTarget(target, { engine: d.engine, accounts: d.accounts(), date: localDate(), lang: s.lang, disabledRules: s.disabledRules });
    const decision = engageDecision(s.enforcement, verdict);
    if ((!decision.hint && !decision.hold) || !verdict.label) return false;
    // Only now: reading the control's box may force a layout, which a neutral press never pays.
    const r = control.el.getBoundingClientRect();
    const anchor = { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
    const learn = () => d.openGuideline(ENGAGE_GUIDELINE_ID);
    if (decision.hint) {
      closeHint();
      d.ui.show('engage-hint', h(EngageHint, { label: verdict.label, anchor, onLearn: learn, onClose: closeHint }));
      hintTimer = setTimeout(closeHint, HINT_MS);
      return false;
    }
    const ruleIds = [...new Set(verdict.findings.map((f) => f.ruleId))];
    const guideline = d.library.guidelines[ENGAGE_GUIDELINE_ID];
    const proceed = () => {
      close();
      if (!control.el.isConnected) return;
      d.acknowledge(ruleIds, control.action);
      replaying = control.el;
      try {
        redo();
      } finally {
        replaying = null;
      }
    };
    d.ui.show(
      'engage',
      h(EngageConfirm, {
        label: verdict.label,
        action: control.action,
        severity: verdict.severity === 'serious' ? 'serious' : 'warning',
        sanction: guideline?.sanction.text[s.lang] ?? '',
        blocked: decision.blocked,
        needsAcknowledgement: decision.needsAcknowledgement,
        anchor,
        onCancel: () => {
          close();
          control.el.focus?.();
        },
        onProceed: proceed,
        onLearn: learn,
      }),
    );
    return true;
  }

  const onClick = (e: MouseEvent) => {
    try {
      const t0 = performance.now();
      const control = controlInPath(engage, e.composedPath());
      if (!control || control.el === replaying) return;
      if (judge(control, () => control.el.click())) block(e);
      else d.timing?.(performance.now() - t0);
    } catch (err) {
      d.log(`engagement check failed, letting it through: ${String(err)}`);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.repeat) swallowKeyUp = null;
    if (e.isComposing || e.ctrlKey || e.metaKey || e.altKey) return;
    try {
      const path = e.composedPath();
      if (e.key === 'Enter' || e.key === ' ') {
        // A control that is not a <button> (a div[role="button"]) is pressed by the key itself.
        const control = controlInPath(engage, path);
        if (!control || control.el === replaying || control.el instanceof HTMLButtonElement) return;
        if (judge(control, () => control.el.click())) {
          block(e);
          swallowKeyUp = e.key;
        }
        return;
      }
      const shortcut = engage.keys?.find((k) => k.key === e.key);
      if (!shortcut || editable(e.target) || (e.target instanceof Element && e.target.closest('netra-ui'))) return;
      const post = engage.post?.containers.map((sel) => (e.target as Element).closest?.(sel)).find(Boolean);
      const el = post?.querySelector<HTMLElement>(shortcut.control);
      if (!el || el === replaying) return;
      const control = controlInPath(engage, [el]);
      if (!control) return;
      const origin = e.target as EventTarget;
      const init: KeyboardEventInit = { key: e.key, code: e.code, bubbles: true, cancelable: true, composed: true };
      if (judge(control, () => origin.dispatchEvent(new KeyboardEvent('keydown', init)))) block(e);
    } catch (err) {
      d.log(`engagement key check failed, letting it through: ${String(err)}`);
    }
  };

  const onKeyUp = (e: KeyboardEvent) => {
    if (swallowKeyUp !== null && e.key === swallowKeyUp) {
      swallowKeyUp = null;
      block(e);
    }
  };

  // Only where a control opens from elsewhere; `closest` on the pointer's target, nothing more.
  const onPointer = (e: PointerEvent) => {
    const el = e.target instanceof Element ? e.target.closest(vias) : null;
    if (el) opener = new WeakRef(el);
  };
  if (vias) {
    addEventListener('pointerover', onPointer, { capture: true, passive: true, signal: d.signal });
    addEventListener('pointerdown', onPointer, { capture: true, passive: true, signal: d.signal });
  }
  addEventListener('click', onClick, { capture: true, signal: d.signal });
  addEventListener('keydown', onKeyDown, { capture: true, signal: d.signal });
  addEventListener('keyup', onKeyUp, { capture: true, signal: d.signal });
  return {
    close() {
      close();
      closeHint();
    },
  };
}
