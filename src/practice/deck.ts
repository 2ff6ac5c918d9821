/**
 * Reading a scenario deck: the bundled rules/scenarios.yml at build time, and a trainer's own
 * regional deck (YAML or CSV) imported in the practice room. Every problem names the file, the
 * line and the reason ("deck.csv:7: verdict is boleh or tidak-boleh, not \"ya\""), and a deck
 * with problems is not used at all.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { parseCsv } from './csv';
import { LEVELS, PLATFORMS, VERDICTS, type Scenario } from './types';

export interface DeckOptions {
  /** Guideline ids a scenario may name. */
  guidelines: ReadonlySet<string>;
  /** The bundled deck must be bilingual and annotated; a regional deck may be Indonesian only. */
  strict?: boolean;
}

export interface DeckResult {
  scenarios: Scenario[];
  /** `file:line: reason`, in file order. */
  errors: string[];
}

/** One scenario's fields as read, each with the line it came from. */
type Fields = Map<string, { value: unknown; line: number }>;

export function readDeck(text: string, file: string, opts: DeckOptions): DeckResult {
  return /\.csv$/i.test(file) ? readDeckCsv(text, file, opts) : readDeckYaml(text, file, opts);
}

export function readDeckYaml(text: string, file: string, opts: DeckOptions): DeckResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const lineOf = (n: Node | null | undefined, fallback = 1) => (n?.range ? lines.linePos(n.range[0]).line : fallback);
  if (doc.errors.length) return { scenarios: [], errors: doc.errors.map((e) => `${file}:${e.linePos?.[0]?.line ?? lines.linePos(e.pos[0]).line}: YAML: ${e.message.split('\n')[0]}`) };
  if (!isSeq(doc.contents)) return { scenarios: [], errors: [`${file}:1: a deck is a list of scenarios (each starting with "- id: …")`] };
  const items: Array<{ line: number; fields: Fields | null }> = doc.contents.items.map((item) => {
    const line = lineOf(item as Node);
    if (!isMap(item)) return { line, fields: null };
    const fields: Fields = new Map();
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const at = lineOf(pair.key as Node, line);
      if (isMap(pair.value)) {
        // draft: { id, en } — each language on its own line.
        for (const sub of pair.value.items) if (isScalar(sub.key)) fields.set(`${key}_${String(sub.key.value)}`, { value: (sub.value as { toJSON?: () => unknown })?.toJSON?.() ?? null, line: lineOf(sub.key as Node, at) });
        fields.set(key, { value: pair.value.toJSON(), line: at });
      } else fields.set(key, { value: (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? null, line: at });
    }
    return { line, fields };
  });
  return checkAll(items, file, opts);
}

const CSV_COLUMNS = ['id', 'guideline', 'verdict', 'platform', 'level', 'draft_id', 'draft_en', 'why_id', 'why_en', 'notes_id', 'notes_en'];
const CSV_REQUIRED = ['id', 'guideline', 'verdict', 'platform', 'level', 'draft_id', 'why_id'];

export function readDeckCsv(text: string, file: string, opts: DeckOptions): DeckResult {
  const { records, error } = parseCsv(text);
  if (error) return { scenarios: [], errors: [`${file}:${error.line}: ${error.reason}`] };
  const [head, ...rows] = records;
  if (!head) return { scenarios: [], errors: [`${file}:1: the file is empty; the first line names the columns (${CSV_REQUIRED.join(', ')})`] };
  const columns = head.cells.map((c) => c.trim().toLowerCase());
  const errors: string[] = [];
  for (const c of columns) if (!CSV_COLUMNS.includes(c)) errors.push(`${file}:${head.line}: unknown column "${c}" (known: ${CSV_COLUMNS.join(', ')})`);
  for (const c of CSV_REQUIRED) if (!columns.includes(c)) errors.push(`${file}:${head.line}: column "${c}" is missing`);
  if (errors.length) return { scenarios: [], errors };
  const items = rows.map((r) => {
    const fields: Fields = new Map();
    columns.forEach((c, i) => {
      const v = (r.cells[i] ?? '').trim();
      if (v !== '') fields.set(c, { value: v, line: r.line });
    });
    if (r.cells.length > columns.length && r.cells.slice(columns.length).some((x) => x.trim())) fields.set('_extra', { value: r.cells.length, line: r.line });
    return { line: r.line, fields };
  });
  return checkAll(items, file, opts);
}

function checkAll(items: Array<{ line: number; fields: Fields | null }>, file: string, opts: DeckOptions): DeckResult {
  const errors: string[] = [];
  const scenarios: Scenario[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of items) {
    if (!fields) {
      errors.push(`${file}:${line}: a scenario is a set of fields (id, guideline, verdict, …)`);
      continue;
    }
    const before = errors.length;
    const s = checkScenario(fields, line, opts, (at, reason) => errors.push(`${file}:${at}: ${reason}`));
    if (s && seen.has(s.id)) errors.push(`${file}:${fields.get('id')?.line ?? line}: id "${s.id}" is used twice (first on line ${seen.get(s.id)})`);
    else if (s && errors.length === before) scenarios.push(s);
    if (s) seen.set(s.id, fields.get('id')?.line ?? line);
  }
  if (items.length === 0) errors.push(`${file}:1: the deck has no scenarios`);
  return { scenarios: errors.length ? [] : scenarios, errors };
}

function checkScenario(f: Fields, line: number, opts: DeckOptions, fail: (line: number, reason: string) => void): Scenario | null {
  const text = (key: string) => {
    const v = f.get(key)?.value;
    return typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
  };
  const at = (key: string) => f.get(key)?.line ?? line;
  const id = text('id');
  const where = id ? `scenario ${id}: ` : '';
  if (!id) fail(line, 'the scenario has no id');
  if (f.has('_extra')) fail(line, `${where}more cells than columns (a comma inside a text needs the text in "quotes")`);
  const guideline = text('guideline');
  if (!opts.guidelines.has(guideline)) fail(at('guideline'), `${where}${guideline ? `unknown guideline "${guideline}"` : 'guideline is missing'} (one of the library's ids, e.g. kampanye-media-sosial)`);
  const verdict = text('verdict').toLowerCase().replace(/\s+/g, '-');
  if (!(VERDICTS as readonly string[]).includes(verdict)) fail(at('verdict'), `${where}verdict is boleh or tidak-boleh, not "${text('verdict')}"`);
  const platform = text('platform').toLowerCase();
  if (!(PLATFORMS as readonly string[]).includes(platform)) fail(at('platform'), `${where}platform is one of ${PLATFORMS.join(', ')}, not "${text('platform')}"`);
  const level = text('level').toLowerCase();
  if (!(LEVELS as readonly string[]).includes(level)) fail(at('level'), `${where}level is mudah, sedang or sulit, not "${text('level')}"`);
  const localized = (key: 'draft' | 'why' | 'notes', required: boolean) => {
    const idText = text(`${key}_id`);
    const enText = text(`${key}_en`);
    if (required && !idText) fail(f.get(`${key}_id`)?.line ?? at(key), `${where}${key} needs its Indonesian text (${key}_id, or "id:" under ${key})`);
    if (idText && !enText && opts.strict) fail(at(key), `${where}${key} needs its English text too`);
    return idText ? { id: idText, en: enText || idText } : undefined;
  };
  const draft = localized('draft', true);
  const why = localized('why', true);
  const notes = localized('notes', !!opts.strict);
  if (!id || !draft || !why) return null;
  return { id, guideline, verdict: verdict as Scenario['verdict'], platform: platform as Scenario['platform'], level: level as Scenario['level'], draft, why, ...(notes ? { notes } : {}) };
}
