/**
 * Node side of the rule compiler: reads `rules/` from disk. Used by the Vite plugin (extension
 * build and Vitest), the CLI, the benchmark and `pack:validate`.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompiledRules, EntityPair, EntityPerson } from '../engine/rules';
import type { ScorerModel } from '../engine/scorer/model';
import { compileSources, type SourceFile } from './compile';
import { compileGuidelines } from './guidelines';
import { compileScenarios, type Scenario } from './scenarios';
import { forUsers, type GuidelineLibrary, type SourceLibrary } from '../engine/guideline';

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

/** The maintainers' view of the guideline library (grades and notes included). */
export function loadGuidelines(root = RULES_DIR): SourceLibrary {
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
  const e = compiled.entities;
  const bare = <T extends { source: string }>(x: T): T => ({ ...x, source: '' });
  // … and so is what a person or pair stood for, where and in which election, and whether a
  // source was found: the engine reads a candidate's window from their pack.
  const unplaced = <T extends EntityPerson | EntityPair>(x: T): T => {
    const { office: _o, region: _r, election: _e, verified: _v, ...rest } = bare(x);
    return rest as T;
  };
  return {
    ...compiled,
    rules: compiled.rules.map((r) => ({ ...r, examples: { flag: [], allow: [] }, file: '' })),
    cues: compiled.cues?.map((q) => ({ ...q, examples: { flag: [], allow: [] }, file: '' })),
    // Where each fact comes from is for maintainers (the entity files keep it), not for the engine.
    ...(e ? { entities: { people: e.people.map(unplaced), pairs: e.pairs.map(unplaced), parties: e.parties.map(bare), hashtags: e.hashtags.map(bare), slogans: e.slogans.map(bare), teams: e.teams.map(bare) } } : {}),
  };
}

/** The guideline library as users read it: no research grades, no maintainers' notes. */
export function shippedGuidelines(root = RULES_DIR): GuidelineLibrary {
  return forUsers(loadGuidelines(root));
}
