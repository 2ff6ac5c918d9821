/**
 * The content script's engine: built in the first idle moment after the page starts, or at once
 * when a composer is used before that. From then on it checks any draft in full; one check in a
 * later idle moment warms it (a slice of its own, so neither holds the page for long), so the
 * first keystroke's check costs what any later one does.
 */
import type { Engine } from '../engine/engine';
import type { Timings } from './timings';

/** Longest wait for an idle moment before the engine is built (or warmed) anyway. */
const IDLE_TIMEOUT_MS = 3000;
/** Checked once after the engine is built: compiles what the first real check would. Made up. */
export const WARM_UP = 'Selamat pagi rekan-rekan, ayo datang ke TPS dan pilih sesuai hati nurani.';

/**
 * The engine, built once (and again after packs or the region change): in the first idle moment,
 * at once when the caller knows that is cheap (a stored snapshot, `engine-store.ts`), or on first
 * use if that comes sooner; warmed in the idle moment after that, and then `warmed` is called in
 * another (the page keeps a snapshot of an engine it had to build in full). `engine` is a stable
 * facade for the page.
 */
export function engineHolder(make: () => Engine, lang: () => 'id' | 'en', timings: Pick<Timings, 'engine' | 'warmed'>, idle: (run: () => void) => void = whenIdle, warmed?: (e: Engine) => void) {
  let current: Engine | null = null;
  const build = (trigger: 'idle' | 'use' | 'at-once'): Engine => {
    if (current) return current;
    const t0 = performance.now();
    const e = make();
    current = e;
    const at = performance.now();
    timings.engine = { ms: at - t0, at, trigger };
    idle(() => {
      // An engine replaced before its warm-up (packs or region changed) is not warmed.
      if (current !== e) return;
      const w0 = performance.now();
      try {
        e.check(WARM_UP, { lang: lang() });
      } catch (err) {
        console.warn('[Netra] the rules could not be warmed:', err);
      }
      const end = performance.now();
      timings.warmed = { ms: end - w0, at: end };
      if (warmed) idle(() => {
        if (current === e) warmed(e);
      });
    });
    return e;
  };
  const engine: Engine = {
    get rules() {
      return build('use').rules;
    },
    check: (text, o) => build('use').check(text, o),
    explain: (text, o) => build('use').explain(text, o),
  };
  const buildNow = (trigger: 'idle' | 'at-once') => {
    try {
      build(trigger);
    } catch (e) {
      console.warn('[Netra] the rules could not be prepared:', e);
    }
  };
  /** Builds the engine in the next idle moment, or at once when that is cheap (`atOnce`: loaded from a stored snapshot). */
  const scheduleIdle = (atOnce = false) => (atOnce ? buildNow('at-once') : idle(() => buildNow('idle')));
  return {
    engine,
    scheduleIdle,
    built: () => current !== null,
    reset() {
      current = null;
      scheduleIdle();
    },
  };
}

/** Runs `run` in the next idle moment (at the latest after IDLE_TIMEOUT_MS). */
function whenIdle(run: () => void) {
  // Not ctx's: a forged "newer script" event aborts ctx, and the engine must still be built.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(run, 0);
}
