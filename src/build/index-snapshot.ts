/**
 * Build step of the engine's start-up: the rules shipped with what their indexes learn at build
 * time (`src/engine/index-snapshot.ts`). The work is the engine's own (`TargetIndex`), run here
 * once, so the bundle and a pack merged at run time are indexed by the same code.
 */
import type { CompiledRules } from '../engine/rules';
import { isRootWord } from '../engine/stem';
import { TargetIndex } from '../engine/targets';

export function withIndex(compiled: CompiledRules): CompiledRules {
  const { index: _stale, ...rules } = compiled;
  return { ...rules, index: { targets: new TargetIndex(rules, isRootWord).snapshot() } };
}
