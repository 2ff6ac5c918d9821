/**
 * Node side of the rule compiler: reads `rules/` from disk. Used by the Vite plugin (extension
 * build and Vitest), the CLI, the benchmark and `pack:validate`.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompiledRules } from '../engine/rules';
import type { ScorerModel } from '../engine/scorer/model';
import { compileSources, type SourceFile } from './compile';
import { compileGuidelines } from './guidelines';
import { compileScenarios, type Scenario } from './scenarios';
import type { GuidelineLibrary } from '../engine/guideline';

export const RULES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../rules');

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return walk(p);
    return /\.(ya?ml|json)$/.test(d.name) ? [p] : [];
  });
}

const read = (root: string, files: string[]): SourceFile[] =>
  files.sort().map((f) => ({ path: relative(root, f).split('\\').join('/'), text: readFileSync(f, 'utf8') }));

/** Every rule-pack source file: shared contexts and the packs. */
export function ruleSources(root = RULES_DIR): SourceFile[] {
  const files = [join(root, 'language.yml'), join(root, 'contexts.yml'), ...walk(join(root, 'packs'))].filter((f) => existsSync(f));
  return read(root, files);
}

export function guidelineSources(root = RULES_DIR): SourceFile[] {
  return read(root, [...walk(join(root, 'guidelines')), join(root, 'channels.yml')].filter((f) => existsSync(f)));
}

export function loadGuidelines(root = RULES_DIR): GuidelineLibrary {
  return compileGuidelines(guidelineSources(root));
}

export function loadRules(root = RULES_DIR, extra: SourceFile[] = []): CompiledRules {
  const library = loadGuidelines(root);
  const compiled = compileSources([...ruleSources(root), ...extra], new Set(Object.keys(library.guidelines)));
  const model = join(root, 'model/scorer.json');
  if (existsSync(model)) compiled.model = JSON.parse(readFileSync(model, 'utf8')) as ScorerModel;
  return compiled;
}

/** Every file the compiled output depends on (for watch mode). */
export function ruleFiles(root = RULES_DIR): string[] {
  return [...ruleSources(root), ...guidelineSources(root)].map((f) => join(root, f.path)).concat(join(root, 'scenarios.yml'), join(root, 'model/scorer.json'));
}

export function loadScenarios(root = RULES_DIR): Scenario[] {
  const file = join(root, 'scenarios.yml');
  if (!existsSync(file)) return [];
  return compileScenarios(readFileSync(file, 'utf8'), new Set(Object.keys(loadGuidelines(root).guidelines)));
}

/**
 * What the extension ships: rule examples and source file names are for tests and authors,
 * not for users' browsers, so they are left out of the bundle.
 */
export function shippedRules(compiled: CompiledRules): CompiledRules {
  return { ...compiled, rules: compiled.rules.map((r) => ({ ...r, examples: { flag: [], allow: [] }, file: '' })) };
}
