/**
 * The submit gate: for every send gesture on the page (a click on Post, Enter or Ctrl+Enter in
 * a composer, a form's submit), whether it goes through, and the state of the decisions still
 * pending. A state machine without DOM: src/page/intercept.ts turns events into attempts and
 * verdicts into actions; tests/gate.test.ts drives it directly.
 *
 * What it guarantees:
 * - After "Post anyway" Netra sends once, itself, and never asks the user to press again. A site
 *   that is slow to clear its composer cannot get a second post out of Netra.
 * - That permission ("allow once") belongs to one composer and one draft text, expires within
 *   seconds, and is used up by the send it was made for: the events of Netra's own replay and
 *   the site's script-made follow-ups of that same send (a click handler that submits a form).
 *   Any press by the user afterwards is a new send and is checked again; so is any other
 *   composer, and any other text.
 * - Checks stay on while the dialog is open: a send from the editor (the site moved focus back
 *   to it) gets `review` again, which keeps or re-opens the dialog.
 * - Waiting for an attached picture's check holds that composer only, and never past
 *   WAIT_LIMIT_MS: a wait its owner failed to end cannot hold the composer for good.
 */

/** One send gesture, as the gate sees it. */
export interface Attempt {
  /** The composer whose draft would be posted (Composer.id). */
  composer: number;
  /** Its draft text at this instant. */
  text: string;
  /** The event came from the user (`Event.isTrusted`), not from a script. */
  trusted: boolean;
  /** Epoch ms. */
  now: number;
}

/** What the enforcement decision (src/settings/enforcement.ts) says about the draft now. */
export interface Assessment {
  hold: boolean;
  /** Attached pictures are still being analysed. */
  picturesPending: boolean;
}

/**
 * `pass`: let the event through. `review`: stop it and show (or keep) the dialog for this
 * composer. `wait`: stop it; the caller waits for the pictures and then decides. `swallow`: stop
 * it; a decision for this composer is already pending (a second press while waiting).
 */
export type Verdict = 'pass' | 'review' | 'wait' | 'swallow';

/** How long an allowance lives: long enough for a site's follow-up events, short enough to matter. */
export const ALLOW_MS = 3000;

/**
 * Longest a composer's presses are swallowed while a decision is pending (its pictures being
 * read). The page ends its waits well before (src/page/manager.ts, PICTURE_WAIT_MS); this bounds
 * a wait whose owner never ended it (it failed on the way), which would otherwise swallow every
 * later send from that composer, clean drafts included, for as long as the page lives.
 */
export const WAIT_LIMIT_MS = 60_000;

interface Allowance {
  composer: number;
  text: string;
  expires: number;
  /** Netra's replay is running now (synchronously, inside `send`). */
  sending: boolean;
}

export interface GateSnapshot {
  allowance: Readonly<Allowance> | null;
  dialog: { composer: number; deciding: boolean } | null;
  waiting: number[];
}

export class SubmitGate {
  private allowance: Allowance | null = null;
  private dialog: { composer: number; deciding: boolean } | null = null;
  /** Composer → its pending wait: until when (epoch ms) its presses are swallowed. */
  private readonly waiting = new Map<number, { until: number }>();

  constructor(
    private readonly allowMs = ALLOW_MS,
    private readonly waitLimitMs = WAIT_LIMIT_MS,
  ) {}

  /**
   * Decide one send gesture. `assess` is called only when the gesture is not already settled
   * (allowed, or swallowed while waiting), so the draft is checked only when it matters.
   */
  attempt(a: Attempt, assess: () => Assessment): Verdict {
    if (this.allowed(a)) return 'pass';
    if (this.isWaiting(a.composer, a.now)) return 'swallow';
    const { hold, picturesPending } = assess();
    if (hold) return 'review';
    return picturesPending ? 'wait' : 'pass';
  }

  /**
   * Netra sends the draft itself (Post anyway, or pictures that turned out clean): `dispatch`
   * replays the user's gesture synchronously, and every event it raises for this composer and
   * text passes. Afterwards only the site's own script-made follow-ups pass, until expiry.
   */
  send(composer: number, text: string, now: number, dispatch: () => void): void {
    const allowance: Allowance = { composer, text, expires: now + this.allowMs, sending: true };
    this.allowance = allowance;
    try {
      dispatch();
    } finally {
      allowance.sending = false;
    }
  }

  /** The dialog opened for a composer: `deciding` when a send is held, false for a review. */
  opened(composer: number, deciding: boolean): void {
    this.dialog = { composer, deciding };
  }

  closed(): void {
    this.dialog = null;
  }

  /** The composer the dialog is open for, if any. */
  dialogFor(): { composer: number; deciding: boolean } | null {
    return this.dialog;
  }

  /**
   * A decision for `composer` is pending from `now`: its presses are swallowed until the returned
   * `end` is called, or WAIT_LIMIT_MS at most. `end` says whether this wait was still the
   * composer's own: false when it had run out (a later press may have started another, which
   * then owns the send), so the caller must not send.
   */
  startWait(composer: number, now: number): { end(now: number): boolean } {
    const wait = { until: now + this.waitLimitMs };
    this.waiting.set(composer, wait);
    return {
      end: (at) => {
        if (this.waiting.get(composer) !== wait) return false;
        this.waiting.delete(composer);
        return at <= wait.until;
      },
    };
  }

  /** For tests and diagnostics. */
  snapshot(now: number): GateSnapshot {
    const al = this.allowance && now <= this.allowance.expires ? { ...this.allowance } : null;
    const waiting = [...this.waiting.keys()].filter((c) => this.isWaiting(c, now));
    return { allowance: al, dialog: this.dialog ? { ...this.dialog } : null, waiting };
  }

  private isWaiting(composer: number, now: number): boolean {
    const wait = this.waiting.get(composer);
    if (!wait) return false;
    if (now <= wait.until) return true;
    this.waiting.delete(composer);
    return false;
  }

  private allowed(a: Attempt): boolean {
    const al = this.allowance;
    if (!al) return false;
    if (a.now > al.expires) {
      this.allowance = null;
      return false;
    }
    if (al.composer !== a.composer || al.text !== a.text) return false;
    // Netra's own replay, running now: all its events are the one send.
    if (al.sending) return true;
    // After it: the site's own follow-ups of that send are scripted; a user's press is a new
    // send, checked again, and the allowance is used up.
    if (a.trusted) this.allowance = null;
    return !a.trusted;
  }
}
