/**
 * What the engine works out from the bundled rules, kept once per browser: the background builds
 * the engine in full and stores what its indexes worked out (`engineSnapshot`, plain data, see
 * `src/background/engine-snapshot.ts`); every page loads that instead of building (see
 * `src/engine/index-snapshot.ts`). The
 * snapshot names the rules and engine it was made by: after an update, or with installed packs
 * in use (rules merged at run time have no id), it is not used, and the engine is built in full.
 */
import { browser } from 'wxt/browser';
import { snapshotFits, type EngineSnapshot } from '../engine/index-snapshot';
import type { CompiledRules } from '../engine/rules';
import { INSTALLED_KEYS, installedIn, type InstalledPack } from '../packs/installed';
import { RULES_BODY_KEY } from './rules-body';
import { packText, unpackText } from './stored-text';

/**
 * In storage.local: one JSON string (one string crosses into the page faster than the same data
 * as objects), packed (`stored-text.ts`: the read's time grows with its size).
 */
export const ENGINE_SNAPSHOT_KEY = 'netra:engine-snapshot';
const KEYS = [...INSTALLED_KEYS, ENGINE_SNAPSHOT_KEY, RULES_BODY_KEY];

/**
 * The stored snapshot, or null when there is none or it cannot be read; `read`: when it came, and
 * how long inflating and parsing it took. Reads that key alone: the background asks only for it,
 * not for the rule body.
 */
export async function loadEngineSnapshot(read?: (at: number, parseMs: number) => void): Promise<unknown> {
  return (await loadEngineInputs(read, browser.storage.local.get([ENGINE_SNAPSHOT_KEY]))).snapshot;
}

/** The storage.local keys `loadEngineInputs` reads. */
export const ENGINE_INPUT_KEYS = KEYS;

/**
 * What the page's engine is built from, read in one go (each read waits its turn, and the page's
 * engine waits for all): the installed packs, the stored snapshot and the stored rule body (its
 * text, `rules-body.ts`), each inflated (`stored-text.ts`). `early`: that read, already asked
 * for (the content script asks while it is evaluated, `engine-early.ts`).
 */
export async function loadEngineInputs(read?: (at: number, parseMs: number) => void, early?: Promise<Record<string, unknown>> | null): Promise<{ installed: InstalledPack[]; snapshot: unknown; rulesBody?: unknown }> {
  let got: Record<string, unknown>;
  try {
    got = await (early ?? browser.storage.local.get(KEYS));
  } catch {
    return { installed: [], snapshot: null };
  }
  const t0 = performance.now();
  // Both inflated at once: the page waits for both.
  const [s, rulesBody] = await Promise.all([unpackText(got[ENGINE_SNAPSHOT_KEY]), unpackText(got[RULES_BODY_KEY])]);
  let snapshot: unknown = null;
  try {
    snapshot = s === null ? null : (JSON.parse(s) as unknown);
  } catch {
    // Not ours or cut short: the engine is built in full, and stores a good one.
  }
  read?.(t0, performance.now() - t0);
  return { installed: installedIn(got), snapshot, rulesBody: rulesBody ?? undefined };
}

/**
 * Stores `snapshot()` (of an engine built from `rules`), unless `had` (the snapshot it was
 * given) already fits these rules, or the rules have no id. The snapshot is written out in one
 * piece (some milliseconds, once per browser and version), by the background: when Netra is
 * installed or updated, and when a page found none that fits (storage cleared, or the background
 * not done yet) and asks (`src/background/engine-snapshot.ts`).
 */
export async function keepEngineSnapshot(snapshot: () => EngineSnapshot | null | undefined, rules: CompiledRules, had: unknown): Promise<boolean> {
  if (!rules.index?.id || snapshotFits(rules, had)) return false;
  const s = snapshot();
  if (!s) return false;
  try {
    await browser.storage.local.set({ [ENGINE_SNAPSHOT_KEY]: await packText(JSON.stringify(s)) });
    return true;
  } catch {
    // Storage full or gone: every page builds the engine in full, as before.
    return false;
  }
}
