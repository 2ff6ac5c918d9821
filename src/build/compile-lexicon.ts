/**
 * A pack's `lexicon.yml` (or `lexicon:`): macros (named pattern lists rules share), the slang
 * `canon` map, hashtag `vocab` and `not_names`.
 */
import { isPackName } from '../engine/pattern';
import type { Source } from './compile-source';
import type { Compilation } from './compile-state';

export function compileLexicon(c: Compilation, src: Source, data: Record<string, unknown>) {
  const macros = (data.macros ?? {}) as Record<string, unknown>;
  for (const [name, list] of Object.entries(macros)) {
    if (!isPackName(name)) {
      src.fail(['macros', name], `bad macro name "${name}": lower case, digits and dashes (at most 64), not a reserved word such as constructor`);
      continue;
    }
    if (list !== null && !Array.isArray(list)) {
      src.fail(['macros', name], `macro "${name}" must be a list of patterns`);
      continue;
    }
    // Packs may add to a macro another pack declared (a regional pack adds its candidates).
    c.addMacro(name, c.patterns(src, ['macros', name], list ?? [], false), { src, path: ['macros', name] });
  }
  const canon = (data.canon ?? {}) as Record<string, unknown>;
  for (const [k, v] of Object.entries(canon)) {
    if (typeof v !== 'string' || k !== k.toLowerCase()) src.fail(['canon', k], 'canon entries map a lower-case word to a lower-case word');
    else if (Object.hasOwn(Object.prototype, k)) src.fail(['canon', k], `"${k}" cannot be a canon entry`);
    else c.out.canon[k] = v;
  }
  const nn = data.not_names ?? [];
  if (!Array.isArray(nn)) src.fail(['not_names'], 'not_names must be a list of words');
  else for (const w of nn) c.notNames.add(String(w).toLowerCase());
  const words = data.vocab ?? [];
  if (!Array.isArray(words)) src.fail(['vocab'], 'vocab must be a list of words');
  else for (const w of words) c.vocab.add(String(w).toLowerCase());
}
