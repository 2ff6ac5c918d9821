/**
 * The engagement guard's first press, paid for before the user makes it. The first like on a
 * fresh page used to cost some 35 ms (later ones 1–2 ms): the entity lists decoded and the
 * account table built (~10 ms), the learned scorer's weights decoded (~12 ms: a post that names
 * a candidate is scored, and the engine's own warm-up draft names none), and the first run of
 * those code paths (~10 ms). Here that work is done in idle moments after the engine's own
 * warm-up, one part per moment so none holds the page for long, and never before the engine is
 * ready to check.
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
  /** Runs `run` in a later idle moment, unless the page has ended by then. */
  idle(run: () => void): void;
  /** The guard is on here now: a page where it is off is not warmed (its first like pays). */
  active(): boolean;
  /** The warm-up ended: its work (ms) and when (performance.now()), for `npm run bench:browser`. */
  warmed?(w: { ms: number; at: number }): void;
}

/**
 * Three idle moments: the account table; one explained check of WARM_TARGET's text (an
 * explanation always scores, so the weights are decoded whatever the draft); then the guard's
 * own judgement of it. A failure ends the warm-up quietly: the first press then pays the rest.
 */
export function warmEngagement(d: EngageWarmDeps): void {
  let ms = 0;
  const step = (work: () => void, next?: () => void) =>
    d.idle(() => {
      if (!d.active()) return;
      const t0 = performance.now();
      try {
        work();
      } catch (err) {
        console.warn('[Netra] the engagement guard could not be warmed:', err);
        return;
      } finally {
        ms += performance.now() - t0;
      }
      if (next) next();
      else d.warmed?.({ ms, at: performance.now() });
    });
  const opts = () => ({ lang: d.settings().lang, date: localDate() });
  step(
    () => d.accounts(),
    () =>
      step(
        () => d.engine.explain(WARM_TARGET.text, opts()),
        () => step(() => classifyTarget(WARM_TARGET, { engine: d.engine, accounts: d.accounts(), ...opts(), disabledRules: d.settings().disabledRules })),
      ),
  );
}
