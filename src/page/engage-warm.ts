/**
 * The engagement guard's first press, paid for before the user makes it. The first like on a
 * fresh page used to cost some 35 ms (later ones 1–2 ms): the entity lists decoded and the
 * account table built (~10 ms), the learned scorer's weights decoded (~12 ms: a post that names
 * a candidate is scored, and the engine's own warm-up draft names none), and the first run of
 * those code paths (~10 ms). Here that work is done in idle moments after the engine's own
 * warm-up (so never before the engine is ready to check), a step at a time, as long as the
 * moment lasts.
 *
 * Nothing is read from the page and nothing is kept but the parts the guard would build anyway.
 */
import { classifyTarget } from '../engage/decide';
import type { AccountIndex } from '../engage/accounts';
import type { EngageTarget } from '../engage/types';
import type { Engine } from '../engine/engine';
import { localDate } from '../engine/merge';

/**
 * A made-up neutral news post naming candidates, from a made-up account: judged as a like of it
 * would be, so the scorer runs (a target and no finding) and the account table is looked up.
 */
export const WARM_TARGET: EngageTarget = {
  kind: 'post',
  name: 'Warta Kampus',
  handle: 'wartakampus',
  text: 'Liputan forum ekonomi di kampus: Anies, Ganjar dan Prabowo menjawab pertanyaan mahasiswa soal lapangan kerja.',
};

export interface EngageWarmDeps {
  engine: Pick<Engine, 'check' | 'explain'>;
  accounts(): AccountIndex;
  settings(): { disabledRules: readonly string[]; lang: 'id' | 'en' };
  /** Runs `run` in a later idle moment, unless the page has ended by then (with the moment's deadline, where there is one). */
  idle(run: (deadline?: Pick<IdleDeadline, 'timeRemaining'>) => void): void;
  /** The guard is on here now: a page where it is off is not warmed (its first like pays). */
  active(): boolean;
  /** The warm-up ended: its work (ms) and when (performance.now()), for `npm run bench:browser`. */
  warmed?(w: { ms: number; at: number }): void;
}

/**
 * A step runs on in the same idle moment while this much of it is left (each takes 2–20 ms):
 * Chrome's idle moments come some 50 ms apart, and a step per moment left a like in the first
 * 0.1 s after the guard listens paying for what was not warmed yet.
 */
const MIN_LEFT_MS = 20;

/**
 * Three steps: the account table; one explained check of WARM_TARGET's text (an explanation
 * always scores, so the weights are decoded whatever the draft); then the guard's own judgement
 * of it. Each in an idle moment, or in what is left of the last one. A failure ends the warm-up
 * quietly: the first press then pays the rest.
 */
export function warmEngagement(d: EngageWarmDeps): void {
  const opts = () => ({ lang: d.settings().lang, date: localDate() });
  const steps = [
    () => d.accounts(),
    () => d.engine.explain(WARM_TARGET.text, opts()),
    () => classifyTarget(WARM_TARGET, { engine: d.engine, accounts: d.accounts(), ...opts(), disabledRules: d.settings().disabledRules }),
  ];
  let ms = 0;
  let next = 0;
  const moment = (deadline?: Pick<IdleDeadline, 'timeRemaining'>) => {
    if (!d.active()) return;
    do {
      const t0 = performance.now();
      try {
        steps[next++]!();
      } catch (err) {
        console.warn('[Netra] the engagement guard could not be warmed:', err);
        return;
      } finally {
        ms += performance.now() - t0;
      }
    } while (next < steps.length && (deadline?.timeRemaining() ?? 0) >= MIN_LEFT_MS);
    if (next < steps.length) d.idle(moment);
    else d.warmed?.({ ms, at: performance.now() });
  };
  d.idle(moment);
}
