/** The engine for extension pages (popup, options, practice room): bundled plus installed packs. */
import loadRules from 'virtual:netra-rules';
import { createEngine, type Engine } from '../../engine/engine';
import { localDate } from '../../engine/merge';
import { loadInstalled, type ActiveRules } from '../../packs/installed';
import { buildActiveEngine } from '../../packs/active-engine';

let engine: Engine | null = null;
let active: ActiveRules | null = null;

/** Call once before rendering a page that checks text (boot does). */
export async function initPageEngine(regionPack?: string, profileRegion?: string): Promise<void> {
  const installed = await loadInstalled().catch(() => []);
  // A broken installed pack is left out and shown as such; the page still renders and checks.
  ({ engine, active } = buildActiveEngine(loadRules(), installed, localDate(), regionPack, profileRegion));
}

export function pageEngine(): Engine {
  return (engine ??= createEngine(loadRules()));
}

/** Installed packs and whether each is in use (options page). */
export function installedStatus(): ActiveRules['status'] {
  return active?.status ?? [];
}
