/**
 * Background: the engine for the bundled rules is built here and its snapshot stored
 * (`src/page/engine-store.ts`) when Netra is installed or updated, so that even the first page
 * after an update loads it instead of building the engine itself; and again when a page found
 * none that fits (storage cleared, or this not done yet) and asks for one. Only the background
 * writes snapshots: the content script carries no code to write them (issue 11: its size).
 * A snapshot that already fits is left alone.
 */
import { browser } from 'wxt/browser';
import { createEngine } from '../engine/engine';
import type { CompiledRules } from '../engine/rules';
import { engineSnapshot } from '../engine/snapshot-write';
import { keepEngineSnapshot, loadEngineSnapshot } from '../page/engine-store';

let preparing: Promise<boolean> | null = null;

/**
 * Stores the snapshot of an engine for `rules` unless one that fits is there; true when it stored
 * one. Pages ask at once when several open together: one preparation answers them all.
 */
export function prepareEngineSnapshot(rules: CompiledRules): Promise<boolean> {
  preparing ??= (async () => {
    const had = await loadEngineSnapshot();
    // Built only when needed: some hundred milliseconds of the background's time.
    return keepEngineSnapshot(() => engineSnapshot(createEngine(rules)), rules, had);
  })().finally(() => (preparing = null));
  return preparing;
}

/** `bundled`: the bundled rules (the content script's engine is built from the same). */
export function watchEngineSnapshot(bundled: () => CompiledRules): void {
  browser.runtime.onInstalled.addListener(() => {
    prepareEngineSnapshot(bundled()).catch((e: unknown) => console.warn('[Netra] the engine snapshot could not be prepared:', e));
  });
}
