/** The engine for extension pages (popup, options, practice room): bundled packs, built once. */
import loadRules from 'virtual:netra-rules';
import { createEngine, type Engine } from '../../engine/engine';

let engine: Engine | null = null;
export function pageEngine(): Engine {
  return (engine ??= createEngine(loadRules()));
}
