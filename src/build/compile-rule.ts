/**
 * One rule file (or one entry of a single-file pack's `rules:`): its kind, category, severity,
 * guideline, message, patterns, exceptions and examples, each checked with file and line.
 */
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../engine/finding';
import { TARGET_KINDS, type CompiledRule, type RuleKind, type StanceSpec, type TargetKind } from '../engine/rules';
import type { Source } from './compile-source';
import type { Compilation } from './compile-state';

const RULE_KEYS = new Set(['id', 'kind', 'category', 'severity', 'confidence', 'guideline', 'message', 'patterns', 'first', 'second', 'within', 'report', 'requires', 'unless', 'needs', 'needs_in', 'contexts', 'fix', 'examples', 'note', 'signals', 'targets', 'scope', 'gap', 'signal_first', 'from_profile']);
const KINDS: RuleKind[] = ['phrase', 'cooccurrence', 'identity', 'stance', 'learned'];

export function compileRule(c: Compilation, src: Source, data: Record<string, unknown>, pack: string, base: string, knownGuidelines?: ReadonlySet<string>) {
  for (const key of Object.keys(data)) if (!RULE_KEYS.has(key)) src.fail([key], `unknown field "${key}"`);
  const id = String(data.id ?? '');
  if (base.startsWith('#')) src.fail(['id'], `id must start with "${pack}." (the pack id), e.g. "${pack}.ajakan-memilih"`);
  else if (id !== `${pack}.${base}`) src.fail(['id'], `id must be "${pack}.${base}" (pack folder + file name)`);
  const kind = (data.kind ?? 'phrase') as RuleKind;
  if (!KINDS.includes(kind)) src.fail(['kind'], `kind must be one of ${KINDS.join(', ')}`);
  const category = data.category as Category;
  if (!CATEGORIES.includes(category)) src.fail(['category'], `category must be one of ${CATEGORIES.join(', ')}`);
  const severity = data.severity as Severity;
  if (!SEVERITIES.includes(severity)) src.fail(['severity'], `severity must be one of ${SEVERITIES.join(', ')}`);
  const confidence = data.confidence === undefined ? 0.8 : Number(data.confidence);
  if (!(confidence > 0 && confidence <= 1)) src.fail(['confidence'], 'confidence must be a number in (0, 1]');
  const guideline = String(data.guideline ?? '');
  if (!guideline) src.fail(['guideline'], 'every rule points to a guideline');
  else if (knownGuidelines && !knownGuidelines.has(guideline)) src.fail(['guideline'], `unknown guideline "${guideline}"`);
  const message = c.localized(src, ['message'], data.message);
  if (data.first !== undefined && data.patterns !== undefined) src.fail(['first'], 'use "patterns" or "first", not both');
  const firsts = c.patterns(src, data.first !== undefined ? ['first'] : ['patterns'], data.first ?? data.patterns, kind !== 'stance' && kind !== 'learned' && data.from_profile !== true);
  const stance = kind === 'stance' ? stanceSpec(src, data) : undefined;
  if (kind !== 'stance') for (const k of ['signals', 'targets', 'scope', 'gap', 'signal_first']) if (data[k] !== undefined) src.fail([k], `"${k}" belongs to stance rules`);
  const second = c.patterns(src, ['second'], data.second, kind === 'cooccurrence');
  if (kind !== 'cooccurrence' && data.second !== undefined) src.fail(['second'], '"second" belongs to cooccurrence rules');
  const within = data.within ?? 'sentence';
  const window = within === 'sentence' ? 0 : Number(within);
  if (!(window >= 0 && Number.isInteger(window))) src.fail(['within'], 'within must be "sentence" or a whole number of tokens');
  const report = (data.report ?? 'both') as CompiledRule['report'];
  if (!['first', 'second', 'both'].includes(report)) src.fail(['report'], 'report must be first, second or both');
  const requires = (data.requires ?? []) as Category[];
  if (kind === 'identity' && (!Array.isArray(requires) || requires.length === 0)) src.fail(['requires'], 'identity rules list the categories that make them count');
  for (const [i, c] of (Array.isArray(requires) ? requires : []).entries()) if (!CATEGORIES.includes(c)) src.fail(['requires', i], `unknown category "${c}"`);
  const contexts = (data.contexts ?? []) as string[];
  if (!Array.isArray(contexts)) src.fail(['contexts'], 'contexts must be a list of names from rules/contexts.yml');
  if (data.fix !== undefined && data.fix !== 'remove') src.fail(['fix'], 'fix may only be "remove"');
  if (data.needs_in !== undefined && data.needs_in !== 'sentence' && data.needs_in !== 'draft') src.fail(['needs_in'], 'needs_in must be "sentence" or "draft"');
  if (data.needs_in !== undefined && data.needs === undefined) src.fail(['needs_in'], 'needs_in belongs with needs');
  const ex = (data.examples ?? {}) as { flag?: unknown; allow?: unknown };
  const flag = Array.isArray(ex.flag) ? ex.flag.map(String) : [];
  const allow = Array.isArray(ex.allow) ? ex.allow.map(String) : [];
  if (flag.length === 0) src.fail(['examples'], 'give at least one "flag" example with the span in [[double brackets]]');
  if (allow.length === 0) src.fail(['examples'], 'give at least one "allow" example');
  flag.forEach((f, i) => {
    if (!/\[\[.+?\]\]/.test(f)) src.fail(['examples', 'flag', i], 'a flag example marks the expected span with [[ ]]');
  });
  c.out.rules.push({
    id,
    pack,
    kind,
    category,
    severity,
    confidence,
    guideline,
    message,
    patterns: firsts,
    second,
    window,
    report,
    requires: Array.isArray(requires) ? requires : [],
    unless: c.patterns(src, ['unless'], data.unless, false),
    needs: c.patterns(src, ['needs'], data.needs, false),
    ...(data.needs_in === 'draft' ? { needsIn: 'draft' as const } : {}),
    contexts: Array.isArray(contexts) ? contexts : [],
    ...(data.fix === 'remove' ? { fix: 'remove' as const } : {}),
    ...(data.from_profile === true && kind === 'identity' ? { fromProfile: true as const } : {}),
    ...(stance ? { stance } : {}),
    examples: { flag, allow },
    file: src.file,
  });
}

/** What a stance rule pairs: signal classes (may be none: the target alone), target kinds, scope. */
function stanceSpec(src: Source, data: Record<string, unknown>): StanceSpec {
  const signals = data.signals ?? [];
  if (!Array.isArray(signals) || signals.some((x) => typeof x !== 'string')) src.fail(['signals'], 'signals must be a list of signal classes (praise, attack …)');
  const targets = data.targets;
  if (!Array.isArray(targets) || targets.length === 0) src.fail(['targets'], `targets must list target kinds: ${TARGET_KINDS.join(', ')}`);
  else for (const [i, t] of targets.entries()) if (!TARGET_KINDS.includes(t as TargetKind)) src.fail(['targets', i], `unknown target kind "${t}"`);
  const scope = data.scope ?? 'clause';
  if (scope !== 'clause' && scope !== 'sentence') src.fail(['scope'], 'scope must be clause or sentence');
  const gap = data.gap ?? -1;
  if (typeof gap !== 'number' || !Number.isInteger(gap) || gap < -1) src.fail(['gap'], 'gap must be a whole number of tokens between signal and target (0: next to each other)');
  if (data.signal_first !== undefined && typeof data.signal_first !== 'boolean') src.fail(['signal_first'], 'signal_first must be true or false');
  return {
    signals: Array.isArray(signals) ? signals.map(String) : [],
    targets: Array.isArray(targets) ? (targets as TargetKind[]) : [],
    scope: scope === 'sentence' ? 'sentence' : 'clause',
    gap: typeof gap === 'number' ? gap : -1,
    signalFirst: data.signal_first === true,
  };
}

const CUE_KEYS = new Set(['id', 'kind', 'signal', 'target', 'patterns', 'weak', 'described', 'examples', 'note']);

/**
 * A cue file (`kind: signal` or `kind: target`): words the stance layer and the scorer read,
 * never a finding by themselves. Examples mark where the cue must be found.
 */
export function compileCue(c: Compilation, src: Source, data: Record<string, unknown>, pack: string, base: string) {
  for (const key of Object.keys(data)) if (!CUE_KEYS.has(key)) src.fail([key], `unknown field "${key}"`);
  const id = String(data.id ?? '');
  if (id !== `${pack}.${base}`) src.fail(['id'], `id must be "${pack}.${base}" (pack folder + file name)`);
  const kind = data.kind as 'signal' | 'target';
  const cls = data[kind];
  if (kind === 'target' && !TARGET_KINDS.includes(cls as TargetKind)) src.fail(['target'], `target must be one of ${TARGET_KINDS.join(', ')}`);
  if (kind === 'signal' && (typeof cls !== 'string' || !/^[a-z][a-z-]*$/.test(cls))) src.fail(['signal'], 'signal names its class in lower case, e.g. praise');
  if (data.weak !== undefined && typeof data.weak !== 'boolean') src.fail(['weak'], 'weak must be true or false');
  if (data.described !== undefined && (data.described !== true || kind !== 'target')) src.fail(['described'], 'described is true, on a target cue only');
  const ex = (data.examples ?? {}) as { flag?: unknown; allow?: unknown };
  const flag = Array.isArray(ex.flag) ? ex.flag.map(String) : [];
  const allow = Array.isArray(ex.allow) ? ex.allow.map(String) : [];
  if (flag.length === 0) src.fail(['examples'], 'give at least one "flag" example with the cue in [[double brackets]]');
  (c.out.cues ??= []).push({
    id,
    pack,
    kind,
    cls: String(cls ?? ''),
    patterns: c.patterns(src, ['patterns'], data.patterns, true),
    ...(data.weak === true ? { weak: true } : {}),
    ...(data.described === true ? { described: true } : {}),
    examples: { flag, allow },
    file: src.file,
  });
}
