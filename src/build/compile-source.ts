/**
 * Reading rule files: YAML or JSON parsed once, viewed as the parts the compiler handles (a
 * rule, a lexicon, a pack header, a context list, an entity list, the language data), each able
 * to point at the file and line of any value in it.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { isPackName } from '../engine/pattern';

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

export type Path = Array<string | number>;

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
export class Source {
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

export type Role = 'contexts' | 'language' | 'pack' | 'lexicon' | 'entities' | 'rule';
export interface View {
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

export function viewsOf(f: SourceFile, errors: RuleError[]): View[] {
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
    if (!isPackName(pack)) {
      whole.fail(['pack', 'id'], 'a single-file pack needs pack.id in lower case with dashes (at most 64 characters), e.g. pilkada-sukamaju-2024');
      return [];
    }
    const views: View[] = [{ src: new Source(f.path, parsed, errors, ['pack']), role: 'pack', pack, base: 'pack' }];
    if (data.lexicon !== undefined) views.push({ src: new Source(f.path, parsed, errors, ['lexicon']), role: 'lexicon', pack, base: 'lexicon' });
    if (data.contexts !== undefined) views.push({ src: new Source(f.path, parsed, errors, ['contexts']), role: 'contexts', pack, base: 'contexts' });
    if (data.entities !== undefined) views.push({ src: new Source(f.path, parsed, errors, ['entities']), role: 'entities', pack, base: 'entities' });
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
  const role: Role = base === 'pack' || base === 'lexicon' || base === 'entities' ? base : 'rule';
  return [{ src: whole, role, pack, base }];
}

