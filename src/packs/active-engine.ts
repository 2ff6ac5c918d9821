/**
 * The engine the pages and the content script check with: the bundled packs plus the installed
 * ones in use. Installed packs are data from outside (a user's file, an agency policy, a pack
 * stored by an older version of Netra): when the engine cannot be built or run with one of them,
 * that pack is left out and named, and every other pack keeps working. A broken pack never
 * leaves a user unprotected or a page blank; the bundled packs alone are the last resort.
 */
import { createEngine, type Engine } from '../engine/engine';
import { mergeRules } from '../engine/merge';
import type { CompiledRules } from '../engine/rules';
import { activeRules, type ActiveRules, type InstalledPack } from './installed';

/** Made up; checked once so that a pack that breaks the first check is found here, not on a page. */
const PROBE = 'Ayo coblos nomor 2, #pilih saja pak Budi. Vote for Budi!';

/**
 * One probe, in the interface's first language: a second one in English read the same draft
 * again (a cold check costs the page's start-up several milliseconds) to try only the messages.
 */
function tryBuild(rules: CompiledRules): Engine {
  const e = createEngine(rules);
  e.check(PROBE);
  return e;
}

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 200);

export interface ActiveEngine {
  engine: Engine;
  active: ActiveRules;
}

/**
 * `stored`: a snapshot of an engine (`engineSnapshot`), used when it was made for exactly the
 * rules in use (the bundled packs alone, in practice: merged rules have no id).
 */
export function buildActiveEngine(bundled: CompiledRules, installed: InstalledPack[], today: string, regionPack?: string, profileRegion?: string, build: (r: CompiledRules) => Engine = tryBuild, stored?: unknown): ActiveEngine {
  const active = activeRules(bundled, installed, today, regionPack, profileRegion);
  // The bundled packs alone have nothing to fall back to, and their rules' own examples test
  // them: no probe, so the page's engine is ready a cold check sooner (the common case).
  if (!active.mergeError && !active.status.some((s) => s.inUse) && build === tryBuild) return { engine: createEngine(active.rules, stored), active };
  try {
    if (active.mergeError) throw new Error(active.mergeError);
    return { engine: build(active.rules), active };
  } catch (whole) {
    // One of the packs in use breaks the engine: try each alone and keep the ones that work.
    const ok: CompiledRules[] = [];
    for (const s of active.status) {
      if (!s.inUse) continue;
      try {
        build(mergeRules(bundled, s.pack.compiled));
        ok.push(s.pack.compiled);
      } catch (e) {
        s.inUse = false;
        s.broken = reason(e);
        console.warn(`[Netra] pack ${s.pack.info.id} (${s.pack.fileName}) left out: ${s.broken}`);
      }
    }
    try {
      const rules = ok.length ? mergeRules(bundled, ...ok) : bundled;
      const engine = build(rules);
      return { engine, active: { rules, status: active.status } };
    } catch {
      // Packs that work alone but not together: the bundled packs still protect the user.
      for (const s of active.status) if (s.inUse) ((s.inUse = false), (s.broken ??= reason(whole)));
      return { engine: build(bundled), active: { rules: bundled, status: active.status } };
    }
  }
}
