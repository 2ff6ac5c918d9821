/**
 * Rule-pack compiler: YAML (or JSON) source files → `CompiledRules`.
 *
 * Runs at build time for the bundled packs (Vite plugin, CLI, Vitest) and, for packs an agency
 * or user imports, in the options page. It validates by hand rather than with a JSON Schema
 * library, because schema validators generate code at run time, which an extension page's CSP
 * forbids; `rules/schema/*.json` describes the same shapes for editors and the meta-test.
 * Every error names the file and the line.
 *
 * One part per file: `compile-source.ts` (reading files and pointing at lines),
 * `compile-pack.ts`, `compile-lexicon.ts`, `compile-contexts.ts`, `compile-rule.ts`,
 * `compile-entities.ts`, `compile-language.ts`, `compile-checks.ts` (across files).
 */
import type { CompiledRules } from '../engine/rules';
import { crossFileChecks } from './compile-checks';
import { compileContexts } from './compile-contexts';
import { compileEntities } from './compile-entities';
import { compileLanguage } from './compile-language';
import { compileLexicon } from './compile-lexicon';
import { compilePackHeader } from './compile-pack';
import { compileCue, compileRule } from './compile-rule';
import { CompileErrors, viewsOf, type RuleError, type SourceFile } from './compile-source';
import { Compilation } from './compile-state';

export { CompileErrors, isPackFile, RuleError, type SourceFile } from './compile-source';

export interface CompileOptions {
  /**
   * Already compiled packs the sources may build on (an imported pack uses the bundled macros
   * such as @pilih-kata and contexts such as civic-call). They are not part of the output.
   */
  external?: CompiledRules;
}

/** Compile a complete set of source files. Throws `CompileErrors` listing every problem. */
export function compileSources(files: SourceFile[], knownGuidelines?: ReadonlySet<string>, options: CompileOptions = {}): CompiledRules {
  const errors: RuleError[] = [];
  const c = new Compilation(errors);
  const views = files.flatMap((f) => viewsOf(f, errors));
  for (const { src, role, pack, base } of views) {
    if (src.data === undefined) continue;
    const data = src.data as Record<string, unknown>;
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      src.fail([], 'expected a mapping (key: value)');
      continue;
    }
    if (role === 'language') c.out.language = compileLanguage(src, data);
    else if (role === 'contexts') compileContexts(c, src, data);
    else if (role === 'pack') compilePackHeader(c, src, data, pack);
    else if (role === 'lexicon') compileLexicon(c, src, data);
    else if (role === 'entities') compileEntities(c, src, data, pack);
    else if (data.kind === 'signal' || data.kind === 'target') compileCue(c, src, data, pack, base);
    else compileRule(c, src, data, pack, base, knownGuidelines);
  }
  crossFileChecks(c, options.external);
  if (errors.length) throw new CompileErrors(errors);
  const out = c.out;
  out.vocab = [...c.vocab].filter((w) => w.length >= 2 && /^\p{L}+$/u.test(w)).sort();
  if (c.notNames.size) out.notNames = [...c.notNames].sort();
  out.rules.sort((a, b) => a.id.localeCompare(b.id));
  out.cues?.sort((a, b) => a.id.localeCompare(b.id));
  return out;
}
