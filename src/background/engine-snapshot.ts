/**
 * Background: when Netra is installed or updated, the engine for the bundled rules is built here
 * once and its snapshot stored (`src/page/engine-store.ts`), so that even the first page after
 * an update loads it instead of building the engine itself. A snapshot that already fits is
 * left alone; a page that finds none (storage cleared, this not done yet) builds and stores one.
 */
import { browser } from 'wxt/browser';
import { createEngine } from '../engine/engine';
import type { CompiledRules } from '../engine/rules';
import { keepEngineSnapshot, loadEngineSnapshot } from '../page/engine-store';

/** Stores the snapshot of an engine for `rules` unless one that fits is there; true when it stored one. */
export async function prepareEngineSnapshot(rules: CompiledRules): Promise<boolean> {
  const had = await loadEngineSnapshot();
  // Built only when needed: some hundred milliseconds of the background's time.
  return keepEngineSnapshot(() => createEngine(rules).snapshot?.(), rules, had);
}

/** `bundled`: the bundled rules (the content script's engine is built from the same). */
export function watchEngineSnapshot(bundled: () => CompiledRules): void {
  browser.runtime.onInstalled.addListener(() => {
    prepareEngineSnapshot(bundled()).catch((e: unknown) => console.warn('[Netra] the engine snapshot could not be prepared:', e));
  });
}
