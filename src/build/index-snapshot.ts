/**
 * Build step of the engine's start-up: the rules shipped with what their indexes learn at build
 * time (`src/engine/index-snapshot.ts`). The work is the engine's own (`TargetIndex`), run here
 * once, so the bundle and a pack merged at run time are indexed by the same code.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompiledRules } from '../engine/rules';
import { isRootWord } from '../engine/stem';
import { TargetIndex } from '../engine/targets';
import { rulesSignature } from '../engine/index-snapshot';

export function withIndex(compiled: CompiledRules): CompiledRules {
  const { index: _stale, ...rules } = compiled;
  // What the target index asks the stemmer (which words of names are everyday words), recorded.
  const ordinary = new Set<string>();
  new TargetIndex(rules, (w) => {
    const yes = isRootWord(w);
    if (yes) ordinary.add(w);
    return yes;
  });
  const targets = { sig: rulesSignature(rules), ordinary: [...ordinary].sort() };
  // The everyday words come from the stemmer's dictionary, not the rules: the id covers them too.
  return { ...rules, index: { targets, id: rulesId(rules, targets) } };
}

/**
 * The rules' identity for stored engine snapshots: the rules, what was learnt about them here,
 * and every engine source file, hashed.
 * A new build with other rules or another engine never loads an index an older one stored.
 */
function rulesId(rules: CompiledRules, learnt: unknown): string {
  const h = createHash('sha256').update(JSON.stringify(rules)).update(JSON.stringify(learnt));
  const dir = fileURLToPath(new URL('../engine/', import.meta.url));
  const files = (readdirSync(dir, { recursive: true, withFileTypes: true }) as Array<{ name: string; parentPath?: string; path?: string; isFile(): boolean }>)
    .filter((f) => f.isFile() && f.name.endsWith('.ts'))
    .map((f) => join(f.parentPath ?? f.path ?? dir, f.name))
    .sort();
  for (const f of files) h.update(f.slice(dir.length)).update('\0').update(readFileSync(f));
  return h.digest('base64url').slice(0, 22);
}
