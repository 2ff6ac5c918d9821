/**
 * The content script's first read: what the page's engine is built from (the installed packs,
 * the stored engine snapshot and the rule body, see `engine-store.ts`), asked for while the
 * script is still being evaluated — some 20 ms in a fresh page before `runContent` starts — so
 * that it is there when the page asks. Imported first by the entrypoint, and imports nothing (whatever it
 * imported would be evaluated before it): the browser's own storage API, promise-based in both
 * browsers (`browser` in Firefox, `chrome` in Chrome's MV3).
 */

/** The keys read (`INSTALLED_KEYS`, `ENGINE_SNAPSHOT_KEY` and `RULES_BODY_KEY`; tests/engine/stored-engine.test.ts holds them equal). */
export const EARLY_KEYS = ['userPacks', 'policyPacks', 'netra:engine-snapshot', 'netra:rules-body'];

interface Area {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

function localArea(): Area | null {
  const g = globalThis as { browser?: { storage?: { local?: Area } }; chrome?: { storage?: { local?: Area } } };
  return g.browser?.storage?.local ?? g.chrome?.storage?.local ?? null;
}

let early: Promise<Record<string, unknown>> | null = null;
try {
  early = localArea()?.get(EARLY_KEYS) ?? null;
  // Unhandled until taken: a failed read is left to the page's own read.
  early?.catch(() => undefined);
} catch {
  early = null;
}

/** The read started at evaluation, once (later reads ask storage again), or null. */
export function takeEarlyRead(): Promise<Record<string, unknown>> | null {
  const p = early;
  early = null;
  return p;
}
