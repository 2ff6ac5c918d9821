/**
 * Rule-pack compiler: YAML (or JSON) source files → `CompiledRules`.
 *
 * Runs at build time for the bundled packs (Vite plugin, CLI, Vitest) and, for packs an agency
 * or user imports, in the options page. It validates by hand rather than with a JSON Schema
 * library, because schema validators generate code at run time, which an extension page's CSP
 * forbids; `rules/schema/*.json` describes the same shapes for editors and the meta-test.
 * Every error names the file and the line.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../engine/finding';
import { parsePattern, PatternError, type Pattern } from '../engine/pattern';
import type { CompiledContext, CompiledRule, CompiledRules, Localized, PackInfo, RuleKind } from '../engine/rules';
import { stem } from '../engine/stem';
import { compileLanguage } from './compile-language';

export interface SourceFile {
  /** Path relative to the rules folder, e.g. `packs/dukungan/ajakan-memilih.yml`. */
  path: string;
  text: string;
}

export class RuleError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

export class CompileErrors extends Error {
  constructor(readonly errors: RuleError[]) {
    super(errors.map((e) => e.message).join('\n'));
  }
}

type Path = Array<string | number>;

/** A parsed YAML/JSON document, shared by the views into it. */
class Parsed {
  readonly doc: Document;
  readonly lines = new LineCounter();
  readonly ok: boolean;
  constructor(file: string, text: string, errors: RuleError[]) {
    this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
    for (const e of this.doc.errors) {
      const line = e.linePos?.[0]?.line ?? this.lines.linePos(e.pos[0]).line;
      errors.push(new RuleError(file, line, `YAML: ${e.message.split('\n')[0]}`));
    }
    this.ok = this.doc.errors.length === 0;
  }
}

/**
 * One rule, lexicon, pack header or context list inside a file, plus a way to point at the line
 * of any value in it. A folder pack has one view per file; a single-file pack (the format
 * agencies import) has one view per part, all pointing into the same file.
 */
class Source {
  readonly data: unknown;
  constructor(
    readonly file: string,
    private readonly parsed: Parsed,
    private readonly errors: RuleError[],
    private readonly prefix: Path = [],
  ) {
    const node: unknown = prefix.length ? parsed.doc.getIn(prefix, true) : parsed.doc.contents;
    this.data = !parsed.ok ? undefined : isNode(node) ? node.toJSON() : node;
  }
  line(path: Path): number {
    const full = [...this.prefix, ...path];
    for (let p = full; ; p = p.slice(0, -1)) {
      const node = p.length ? (this.parsed.doc.getIn(p, true) as { range?: [number, number, number] } | undefined) : this.parsed.doc.contents;
      const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
      if (range) return this.parsed.lines.linePos(range[0]).line;
      if (p.length === 0) return 1;
    }
  }
  fail(path: Path, reason: string) {
    this.errors.push(new RuleError(this.file, this.line(path), reason));
  }
}

type Role = 'contexts' | 'language' | 'pack' | 'lexicon' | 'rule';
interface View {
  src: Source;
  role: Role;
  /** Pack id; empty for the shared contexts file. */
  pack: string;
  /** The rule's name within its pack (file name, or the id's last part in a single-file pack). */
  base: string;
}

/** A single-file pack: `pack:` header, optional `lexicon:` and `contexts:`, and `rules:` list. */
export function isPackFile(data: unknown): boolean {
  return !!data && typeof data === 'object' && !Array.isArray(data) && 'pack' in data && 'rules' in (data as object);
}

function viewsOf(f: SourceFile, errors: RuleError[]): View[] {
  const parsed = new Parsed(f.path, f.text, errors);
  if (!parsed.ok) return [];
  const whole = new Source(f.path, parsed, errors);
  const data = whole.data as Record<string, unknown> | null;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    whole.fail([], 'the file must hold a mapping (key: value)');
    return [];
  }
  if (/(^|\/)contexts\.ya?ml$/.test(f.path)) return [{ src: whole, role: 'contexts', pack: '', base: 'contexts' }];
  if (/(^|\/)language\.ya?ml$/.test(f.path)) return [{ src: whole, role: 'language', pack: '', base: 'language' }];
  if (isPackFile(data)) {
    const header = data.pack as { id?: unknown } | null;
    const pack = typeof header?.id === 'string' ? header.id : '';
    if (!/^[a-z0-9][a-z0-9-]*$/.test(pack)) {
      whole.fail(['pack', 'id'], 'a single-file pack needs pack.id in lower case with dashes, e.g. pilkada-sukamaju-2024');
      return [];
    }
    const views: View[] = [{ src: new Source(f.path, parsed, errors, ['pack']), role: 'pack', pack, base: 'pack' }];
    if (data.lexicon !== undefined) views.push({ src: new Source(f.path, parsed, errors, ['lexicon']), role: 'lexicon', pack, base: 'lexicon' });
    if (data.contexts !== undefined) views.push({ src: new Source(f.path, parsed, errors, ['contexts']), role: 'contexts', pack, base: 'contexts' });
    if (!Array.isArray(data.rules)) whole.fail(['rules'], 'rules must be a list');
    else
      data.rules.forEach((r, i) => {
        const id = typeof (r as { id?: unknown })?.id === 'string' ? ((r as { id: string }).id) : '';
        views.push({ src: new Source(f.path, parsed, errors, ['rules', i]), role: 'rule', pack, base: id.startsWith(pack + '.') ? id.slice(pack.length + 1) : `#${i + 1}` });
      });
    return views;
  }
  const pack = /(?:^|\/)packs\/([^/]+)\//.exec(f.path)?.[1];
  if (!pack) {
    whole.fail([], 'rule files live in rules/packs/<pack>/, or are single-file packs with pack: and rules:');
    return [];
  }
  const base = f.path.split('/').pop()!.replace(/\.(ya?ml|json)$/, '');
  return [{ src: whole, role: base === 'pack' ? 'pack' : base === 'lexicon' ? 'lexicon' : 'rule', pack, base }];
}

const RULE_KEYS = new Set(['id', 'kind', 'category', 'severity', 'confidence', 'guideline', 'message', 'patterns', 'first', 'second', 'within', 'report', 'requires', 'unless', 'needs', 'needs_in', 'contexts', 'fix', 'examples', 'note']);
const KINDS: RuleKind[] = ['phrase', 'cooccurrence', 'identity'];

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
  const out: CompiledRules = { packs: [], rules: [], macros: {}, contexts: [], canon: {}, vocab: [] };
  const vocab = new Set<string>();
  const notNames = new Set<string>();
  const macroSources = new Map<string, { src: Source; path: Path }>();
  const patternUses: Array<{ src: Source; path: Path; pattern: Pattern }> = [];

  const pattern = (src: Source, path: Path, raw: unknown): Pattern | null => {
    if (typeof raw !== 'string') {
      src.fail(path, 'a pattern must be a string');
      return null;
    }
    try {
      const p = parsePattern(raw, stem);
      patternUses.push({ src, path, pattern: p });
      for (const el of p) if (el.k === 'e') for (const a of el.alts) if (a.k === 'w') vocab.add(a.v);
      return p;
    } catch (e) {
      if (e instanceof PatternError) {
        src.fail(path, `pattern "${raw}": ${e.message}`);
        return null;
      }
      throw e;
    }
  };
  const patterns = (src: Source, path: Path, raw: unknown, required: boolean): Pattern[] => {
    if (raw === undefined && !required) return [];
    if (!Array.isArray(raw) || (required && raw.length === 0)) {
      src.fail(path, `"${path[path.length - 1]}" must be a non-empty list of patterns`);
      return [];
    }
    return raw.map((r, i) => pattern(src, [...path, i], r)).filter((p): p is Pattern => p !== null);
  };
  const localized = (src: Source, path: Path, raw: unknown): Localized => {
    const o = raw as Partial<Localized> | undefined;
    if (!o || typeof o !== 'object' || typeof o.id !== 'string' || typeof o.en !== 'string' || !o.id.trim() || !o.en.trim()) {
      src.fail(path, `"${path[path.length - 1]}" needs both "id" (Indonesian) and "en" (English) text`);
      return { id: '', en: '' };
    }
    return { id: o.id, en: o.en };
  };

  const views = files.flatMap((f) => viewsOf(f, errors));

  for (const { src, role, pack, base } of views) {
    if (src.data === undefined) continue;
    const data = src.data as Record<string, unknown>;
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      src.fail([], 'expected a mapping (key: value)');
      continue;
    }
    if (role === 'language') {
      out.language = compileLanguage(src, data);
      continue;
    }
    if (role === 'contexts') {
      for (const [id, raw] of Object.entries(data)) {
        const c = raw as { patterns?: unknown; scope?: unknown; titlecase?: unknown };
        const scope = c?.scope ?? 'sentence';
        if (scope !== 'sentence' && scope !== 'before' && scope !== 'draft') src.fail([id, 'scope'], 'scope must be "sentence", "before" or "draft"');
        const title = c?.titlecase;
        if (title !== undefined && !(typeof title === 'number' && title > 0 && title <= 1)) src.fail([id, 'titlecase'], 'titlecase must be a share between 0 and 1');
        const ctx: CompiledContext = { id, scope: scope as CompiledContext['scope'], patterns: patterns(src, [id, 'patterns'], c?.patterns, title === undefined) };
        if (typeof title === 'number') ctx.titlecase = title;
        out.contexts.push(ctx);
      }
      continue;
    }
    if (role === 'pack') {
      const info: PackInfo = {
        id: pack,
        name: String(data.name ?? ''),
        version: String(data.version ?? ''),
        description: String(data.description ?? ''),
        kind: (data.kind as PackInfo['kind']) ?? 'generic',
      };
      if (!info.name) src.fail(['name'], 'the pack needs a "name"');
      if (!/^\d+\.\d+\.\d+$/.test(info.version)) src.fail(['version'], 'version must look like 1.2.3');
      if (!['generic', 'entities', 'regional', 'agency'].includes(info.kind)) src.fail(['kind'], 'kind must be generic, entities, regional or agency');
      for (const k of ['valid_from', 'valid_until'] as const) {
        const v = data[k];
        if (v === undefined) continue;
        const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) src.fail([k], `${k} must be a date like 2024-11-27`);
        else if (k === 'valid_from') info.validFrom = s;
        else info.validUntil = s;
      }
      out.packs.push(info);
      continue;
    }
    if (role === 'lexicon') {
      const macros = (data.macros ?? {}) as Record<string, unknown>;
      for (const [name, list] of Object.entries(macros)) {
        if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) src.fail(['macros', name], `bad macro name "${name}"`);
        // Packs may add to a macro another pack declared (a regional pack adds its candidates).
        const prev = out.macros[name] ?? [];
        if (list !== null && (!Array.isArray(list))) {
          src.fail(['macros', name], `macro "${name}" must be a list of patterns`);
          continue;
        }
        out.macros[name] = [...prev, ...patterns(src, ['macros', name], list ?? [], false)];
        if (!macroSources.has(name)) macroSources.set(name, { src, path: ['macros', name] });
      }
      const canon = (data.canon ?? {}) as Record<string, unknown>;
      for (const [k, v] of Object.entries(canon)) {
        if (typeof v !== 'string' || k !== k.toLowerCase()) src.fail(['canon', k], 'canon entries map a lower-case word to a lower-case word');
        else out.canon[k] = v;
      }
      const nn = data.not_names ?? [];
      if (!Array.isArray(nn)) src.fail(['not_names'], 'not_names must be a list of words');
      else for (const w of nn) notNames.add(String(w).toLowerCase());
      const words = data.vocab ?? [];
      if (!Array.isArray(words)) src.fail(['vocab'], 'vocab must be a list of words');
      else for (const w of words) vocab.add(String(w).toLowerCase());
      continue;
    }

    // One rule per file.
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
    const message = localized(src, ['message'], data.message);
    if (data.first !== undefined && data.patterns !== undefined) src.fail(['first'], 'use "patterns" or "first", not both');
    const firsts = patterns(src, data.first !== undefined ? ['first'] : ['patterns'], data.first ?? data.patterns, true);
    const second = patterns(src, ['second'], data.second, kind === 'cooccurrence');
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
    out.rules.push({
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
      unless: patterns(src, ['unless'], data.unless, false),
      needs: patterns(src, ['needs'], data.needs, false),
      ...(data.needs_in === 'draft' ? { needsIn: 'draft' as const } : {}),
      contexts: Array.isArray(contexts) ? contexts : [],
      ...(data.fix === 'remove' ? { fix: 'remove' as const } : {}),
      examples: { flag, allow },
      file: src.file,
    });
  }

  // Cross-file checks: ids unique, macros and contexts defined.
  const seen = new Map<string, string>();
  for (const r of out.rules) {
    const prev = seen.get(r.id);
    if (prev) errors.push(new RuleError(r.file, 1, `duplicate rule id "${r.id}" (also in ${prev})`));
    seen.set(r.id, r.file);
  }
  const contextIds = new Set([...out.contexts, ...(options.external?.contexts ?? [])].map((c) => c.id));
  const knownMacro = (m: string) => m in out.macros || (options.external ? m in options.external.macros : false);
  for (const r of out.rules) {
    for (const c of r.contexts) if (!contextIds.has(c)) errors.push(new RuleError(r.file, 1, `unknown context "${c}" (define it in rules/contexts.yml)`));
  }
  for (const use of patternUses) {
    for (const el of use.pattern) {
      if (el.k !== 'e') continue;
      for (const a of el.alts) if (a.k === 'm' && !knownMacro(a.v)) use.src.fail(use.path, `unknown macro @${a.v}`);
    }
  }
  const cycle = findMacroCycle(out.macros);
  if (cycle) {
    const where = macroSources.get(cycle[0]!);
    errors.push(new RuleError(where?.src.file ?? 'lexicon', where ? where.src.line(where.path) : 1, `macros refer to each other in a loop: @${cycle.join(' → @')}`));
  }

  if (errors.length) throw new CompileErrors(errors);
  out.vocab = [...vocab].filter((w) => w.length >= 2 && /^\p{L}+$/u.test(w)).sort();
  if (notNames.size) out.notNames = [...notNames].sort();
  out.rules.sort((a, b) => a.id.localeCompare(b.id));
  return out;
}

function findMacroCycle(macros: Record<string, Pattern[]>): string[] | null {
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (m: string): string[] | null => {
    if (state.get(m) === 2) return null;
    if (state.get(m) === 1) return [...stack.slice(stack.indexOf(m)), m];
    state.set(m, 1);
    stack.push(m);
    for (const p of macros[m] ?? []) {
      // Only a macro in first position can loop without consuming a token; any loop is a bug anyway.
      for (const el of p) {
        if (el.k !== 'e') continue;
        for (const a of el.alts) {
          if (a.k !== 'm') continue;
          const c = visit(a.v);
          if (c) return c;
        }
      }
    }
    stack.pop();
    state.set(m, 2);
    return null;
  };
  for (const m of Object.keys(macros)) {
    const c = visit(m);
    if (c) return c;
  }
  return null;
}
