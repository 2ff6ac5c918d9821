/** The engine for extension pages (popup, options, practice room): bundled plus installed packs. */
import loadRules from 'virtual:netra-rules';
import { createEngine, type Engine } from '../../engine/engine';
import { localDate } from '../../engine/merge';
import { activeRules, loadInstalled, type ActiveRules } from '../../packs/installed';

let engine: Engine | null = null;
let active: ActiveRules | null = null;

/** Call once before rendering a page that checks text (boot does). */
export async function initPageEngine(regionPack?: string, profileRegion?: string): Promise<void> {
  const installed = await loadInstalled().catch(() => []);
  active = activeRules(loadRules(), installed, localDate(), regionPack, profileRegion);
  engine = createEngine(active.rules);
}

export function pageEngine(): Engine {
  return (engine ??= createEngine(loadRules()));
}

/** Installed packs and whether each is in use (options page). */
export function installedStatus(): ActiveRules['status'] {
  return active?.status ?? [];
}
