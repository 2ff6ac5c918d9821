/**
 * What one compilation builds up across files: the output, the words patterns name (the hashtag
 * vocabulary), where each macro was declared, every pattern use (checked for unknown macros at
 * the end), and the errors, each with file and line.
 */
import { parsePattern, PatternError, type Pattern } from '../engine/pattern';
import type { CompiledRules, Localized } from '../engine/rules';
import { stem } from '../engine/stem';
import type { Path, RuleError, Source } from './compile-source';

export class Compilation {
  readonly out: CompiledRules = { packs: [], rules: [], macros: {}, contexts: [], canon: {}, vocab: [] };
  readonly vocab = new Set<string>();
  readonly notNames = new Set<string>();
  readonly macroSources = new Map<string, { src: Source; path: Path }>();
  readonly patternUses: Array<{ src: Source; path: Path; pattern: Pattern }> = [];
  /** Entity id (or hashtag/slogan text) → where it was written, for errors found across files. */
  readonly entityWhere = new Map<string, { file: string; line: number }>();

  constructor(readonly errors: RuleError[]) {}

  pattern(src: Source, path: Path, raw: unknown): Pattern | null {
    if (typeof raw !== 'string') {
      src.fail(path, 'a pattern must be a string');
      return null;
    }
    try {
      const p = withoutRepeats(parsePattern(raw, stem));
      this.patternUses.push({ src, path, pattern: p });
      for (const el of p) if (el.k === 'e') for (const a of el.alts) if (a.k === 'w') this.vocab.add(a.v);
      return p;
    } catch (e) {
      if (e instanceof PatternError) {
        src.fail(path, `pattern "${raw}": ${e.message}`);
        return null;
      }
      throw e;
    }
  }

  patterns(src: Source, path: Path, raw: unknown, required: boolean): Pattern[] {
    if (raw === undefined && !required) return [];
    if (!Array.isArray(raw) || (required && raw.length === 0)) {
      src.fail(path, `"${path[path.length - 1]}" must be a non-empty list of patterns`);
      return [];
    }
    // A pattern written twice in one list is kept once: it can match nothing the first does not.
    return onceEach(raw.map((r, i) => this.pattern(src, [...path, i], r)).filter((p): p is Pattern => p !== null));
  }

  localized(src: Source, path: Path, raw: unknown): Localized {
    const o = raw as Partial<Localized> | undefined;
    if (!o || typeof o !== 'object' || typeof o.id !== 'string' || typeof o.en !== 'string' || !o.id.trim() || !o.en.trim()) {
      src.fail(path, `"${path[path.length - 1]}" needs both "id" (Indonesian) and "en" (English) text`);
      return { id: '', en: '' };
    }
    return { id: o.id, en: o.en };
  }

  /** Add patterns to macro `name` (packs may add to a macro another pack declared). */
  addMacro(name: string, pats: Pattern[], where?: { src: Source; path: Path }) {
    this.out.macros[name] = [...(Object.hasOwn(this.out.macros, name) ? this.out.macros[name]! : []), ...pats];
    if (where && !this.macroSources.has(name)) this.macroSources.set(name, where);
  }
}

/** A word listed twice in one slot ("dibangun|…|dibangun") is kept once: the content script carries every atom. */
function withoutRepeats(p: Pattern): Pattern {
  return p.map((el) => {
    if (el.k !== 'e' || el.alts.length < 2) return el;
    const alts = onceEach(el.alts);
    return alts.length === el.alts.length ? el : { ...el, alts };
  });
}

/** The items in order, each equal one (as JSON) once. */
function onceEach<T>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const k = JSON.stringify(x);
    return !seen.has(k) && !!seen.add(k);
  });
}
