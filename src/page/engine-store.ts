/**
 * What the engine works out from the bundled rules, kept once per browser: the first page builds
 * the engine in full and stores what its indexes worked out (`Engine.snapshot()`, plain data);
 * every later page loads that instead of building (see `src/engine/index-snapshot.ts`). The
 * snapshot names the rules and engine it was made by: after an update, or with installed packs
 * in use (rules merged at run time have no id), it is not used, and the engine is built in full.
 */
import { browser } from 'wxt/browser';
import type { Engine } from '../engine/engine';
import { snapshotFits } from '../engine/index-snapshot';
import type { CompiledRules } from '../engine/rules';

/** In storage.local: one JSON string (one string crosses into the page faster than the same data as objects). */
export const ENGINE_SNAPSHOT_KEY = 'netra:engine-snapshot';

/** The stored snapshot, or null when there is none or it cannot be read; `read`: when it came, and its parse time. */
export async function loadEngineSnapshot(read?: (at: number, parseMs: number) => void): Promise<unknown> {
  try {
    const got = await browser.storage.local.get(ENGINE_SNAPSHOT_KEY);
    const s = got[ENGINE_SNAPSHOT_KEY];
    const t0 = performance.now();
    const out = typeof s === 'string' ? (JSON.parse(s) as unknown) : null;
    read?.(t0, performance.now() - t0);
    return out;
  } catch {
    return null;
  }
}

/**
 * Stores what `engine` (built from `rules`) worked out, unless `had` (the snapshot it was given)
 * already fits these rules, or the rules have no id. Run in an idle moment: the snapshot is
 * written out in one piece (some milliseconds, once per browser and version).
 */
export async function keepEngineSnapshot(engine: Engine, rules: CompiledRules, had: unknown): Promise<boolean> {
  if (!rules.index?.id || snapshotFits(rules, had)) return false;
  const s = engine.snapshot?.();
  if (!s) return false;
  try {
    await browser.storage.local.set({ [ENGINE_SNAPSHOT_KEY]: JSON.stringify(s) });
    return true;
  } catch {
    // Storage full or gone: every page builds the engine in full, as before.
    return false;
  }
}
