/**
 * The content script runs on every supported page, so what it carries is cut to what it uses
 * (issue 11: ≤ 200 KB gzip with the model inside). Pages, the CLI and tests keep the full data.
 *
 * - Rule data: no examples or source file names; patterns, the hashtag vocabulary and the
 *   model's weights written compactly and expanded when the module is first loaded, into exactly
 *   the objects the engine would otherwise get (tests/content-lean.test.ts holds that).
 * - Patterns and entity lists (the rule body less the model's weights): not in the script at all;
 *   the background keeps them in extension storage, and the page reads them in the same read as
 *   the engine snapshot (`cutRules`, src/page/rules-body.ts, src/background/rules-body.ts).
 * - Rule messages: none; the page asks the background for them when it starts (rule-messages.ts,
 *   lean-rule-messages.ts), and a rule says its guideline's card until they come.
 * - Guidelines: no forbidden/allowed examples and no short line (the page never shows them).
 * - English: none of the UI messages or guideline cards; a page whose UI is in English asks the
 *   background for them and for the rules' English (english-text.ts, lean-english.ts).
 */
import type { ResolvedConfig } from 'vite';
import type { CompiledCue, CompiledRule, CompiledRules } from '../engine/rules';
import type { Atom, Elem, Pattern } from '../engine/pattern';
import type { GuidelineLibrary } from '../engine/guideline';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { frontCode } from './root-words';
import { ALT_SEP, ELEM_SEP, GAP_MARK, LONG_ATOM, ODD_ATOM, ODD_ATOMS, ODD_MARK, OPT_MARK, PATTERN_SEP, STORED_BODY_PARTS, derivedVocab, unpackVocab } from './packed-rules';
import { packTable, readColumn, type PackedTable } from './packed-table';
import { packEntities } from './packed-entities';
import { packBytes, type PackedBytes } from './huffman-bytes';
import { cardInIndonesian } from './english-text';

// Paths of the page-side modules the virtual modules import (worked out when used: tests that
// run in a DOM environment import this file too, where import.meta.url is not a file URL).
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** True for WXT's build of the content script (a library-mode IIFE of entrypoints/content). */
export function isContentBuild(config: { build?: { lib?: ResolvedConfig['build']['lib'] } }): boolean {
  const lib = config.build?.lib;
  if (!lib) return false;
  const entries = typeof lib.entry === 'string' ? [lib.entry] : Array.isArray(lib.entry) ? lib.entry : Object.values(lib.entry);
  return entries.some((e) => /[\\/]entrypoints[\\/]content(\.[jt]sx?|[\\/]index\.[jt]sx?)$/.test(e));
}

/**
 * What a card shows of each guideline, in Indonesian (its English comes from the background when
 * the UI is in English, english-text.ts); the long texts (explanation, what to do instead, legal
 * basis, where to report) and the channels are asked of the background when a user opens the
 * detail (src/build/lean-guidelines.ts), and the examples are never shown in the page.
 */
export function leanGuidelines(lib: GuidelineLibrary): GuidelineLibrary {
  const guidelines = Object.fromEntries(
    Object.entries(lib.guidelines).map(([id, g]) => [
      id,
      { ...cardInIndonesian(g), explanation: { id: '', en: '' }, instead: { id: [], en: [] }, examples: { forbidden: [], allowed: [] }, legal: [], report: [] },
    ]),
  );
  return { guidelines, channels: {} };
}

/** The `virtual:netra-guidelines` module of the content script: its text is in `virtual:netra-content-data`. */
export function leanGuidelinesModule(): string {
  return [
    `import { withDetailFromBackground } from ${JSON.stringify(here('./lean-guidelines.ts'))};`,
    `import { withIndonesianCards } from ${JSON.stringify(here('./english-text.ts'))};`,
    `import { guidelines } from ${JSON.stringify(CONTENT_DATA_ID)};`,
    'let parsed;',
    'export default function load() { return (parsed ??= withDetailFromBackground(withIndonesianCards(JSON.parse(guidelines)))); }',
  ].join('\n');
}

// --- Compact patterns -------------------------------------------------------------------------
// Patterns are written as text (`unpackPatterns` in packed-rules.ts reads it): a pattern list is
// its patterns joined by ";", a pattern its elements joined by " ", an element its atoms joined
// by "|", led by "?" when optional, and a gap is "." and its number. A plain word atom (three in
// four) is its word; any other atom is "~<kind><flags><value>" (flags: 1 caps, 2 tag). An atom
// that has a separator in it or starts like a mark (regular expressions) is "!" and its place
// in the list of such atoms kept beside the data. Against the same patterns as JSON arrays, the
// content script is ~6 KB gzip smaller.

const packAtom = (a: Atom): string => {
  const flags = ('caps' in a && a.caps ? 1 : 0) + (a.tag ? 2 : 0);
  return a.k === 'w' && !flags && !a.v.startsWith(LONG_ATOM) ? a.v : LONG_ATOM + a.k + String(flags) + a.v;
};

/** Writes pattern lists as text; `odd` collects the atoms that cannot be written inline. */
export function patternWriter(): { write: (ps: readonly Pattern[]) => string; odd: string[] } {
  const odd: string[] = [];
  const oddAt = new Map<string, number>();
  const atom = (a: Atom): string => {
    const s = packAtom(a);
    if (!ODD_ATOM.test(s)) return s;
    let i = oddAt.get(s);
    if (i === undefined) oddAt.set(s, (i = odd.push(s) - 1));
    return ODD_MARK + String(i);
  };
  const elem = (e: Elem): string => (e.k === 'gap' ? GAP_MARK + String(e.max) : (e.opt ? OPT_MARK : '') + e.alts.map(atom).join(ALT_SEP));
  const write = (ps: readonly Pattern[]) => ps.map((p) => p.map(elem).join(ELEM_SEP)).join(PATTERN_SEP);
  return { write, odd };
}

// --- Model weights ----------------------------------------------------------------------------
// Huffman-coded by their own counts (src/build/huffman-bytes.ts); the page gets the base64 back.

/**
 * The model's int8 weights are mostly 0 (a slot used by few posts stays 0): only the non-zero ones
 * are kept, as two Huffman-coded streams, the gaps between them (255 continues a long gap) and
 * their values, with the number of slots (`unpackWeights`).
 */
function packWeights(b64: string): { n: number; gaps: PackedBytes; values: PackedBytes } {
  const bytes = new Uint8Array(Buffer.from(b64, 'base64'));
  const gaps: number[] = [];
  const values: number[] = [];
  let last = -1;
  bytes.forEach((b, i) => {
    if (b === 0) return;
    let gap = i - last - 1;
    for (; gap >= 255; gap -= 255) gaps.push(255);
    gaps.push(gap);
    values.push(b);
    last = i;
  });
  return { n: bytes.length, gaps: packBytes(Uint8Array.from(gaps)), values: packBytes(Uint8Array.from(values)) };
}

// --- The module -------------------------------------------------------------------------------

const PATTERN_FIELDS = new Set(['patterns', 'second', 'unless', 'needs']);

/**
 * A rule or cue with its patterns packed, its examples, file name and message left out (0; the
 * page asks the background for the messages, rule-messages.ts), and its id without the pack's id
 * before it (the compiler makes every id "<pack>.<file name>"; the page puts the pack back,
 * `unpackRules`: ~0.14 KB gzip).
 */
function packRule(r: CompiledRule | CompiledCue, write: (ps: readonly Pattern[]) => string): Record<string, unknown> {
  const keys = Object.keys(r);
  if (!r.id.startsWith(`${r.pack}.`) || keys.indexOf('id') > keys.indexOf('pack')) throw new Error(`content-lean: rule "${r.id}" does not start with its pack's id "${r.pack}.", or does not come before it`);
  return Object.fromEntries(
    Object.entries(r).map(([k, v]) => [k, k === 'examples' || k === 'file' || k === 'message' ? 0 : k === 'id' ? r.id.slice(r.pack.length + 1) : PATTERN_FIELDS.has(k) ? write(v as Pattern[]) : v]),
  );
}

/**
 * The vocabulary less what the rule data gives (`unpackVocab`: the pattern words and the words
 * of entity names): the words it adds, front-coded, and the derived words it lacks. Checked
 * here, so a change to how the compiler builds the vocabulary fails the build instead of
 * changing what the content script knows.
 */
function packVocab(c: CompiledRules): { more: string; less: string[] } {
  const derived = derivedVocab(c);
  const have = new Set(c.vocab);
  const packed = { more: frontCode(c.vocab.filter((w) => !derived.has(w))), less: [...derived].filter((w) => !have.has(w)).sort() };
  if (JSON.stringify(unpackVocab(packed, c)) !== JSON.stringify(c.vocab)) throw new Error('content-lean: the vocabulary is not the sorted set the rule data\'s words and its own words make');
  return packed;
}

const isObjectList = (v: unknown): v is object[] => Array.isArray(v) && v.every((x) => typeof x === 'object' && x !== null && !Array.isArray(x));

/** The rule data as the content script carries it (see `leanRulesModule`). */
export function packRules(c: CompiledRules): Record<string, unknown> {
  const lists = c.entities && packEntities(c.entities as unknown as Record<string, Array<Record<string, unknown>>>);
  const entities = lists && Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, isObjectList(v) ? packTable(v, true) : v]));
  const { write, odd } = patternWriter();
  const packed: Record<string, unknown> = {
    ...c,
    // What a pack is about is shown on the options page only.
    packs: c.packs.map((x) => ({ ...x, description: 0 })),
    rules: packTable(c.rules.map((r) => packRule(r, write))),
    cues: c.cues && packTable(c.cues.map((r) => packRule(r, write))),
    macros: Object.fromEntries(Object.entries(c.macros).map(([k, v]) => [k, write(v)])),
    contexts: packTable(c.contexts.map((x) => ({ ...x, patterns: write(x.patterns) }))),
    vocab: packVocab(c),
    ...(entities ? { entities } : {}),
    ...(c.model ? { model: { ...c.model, weights: packWeights(c.model.weights) } } : {}),
  };
  // Filled by the writes above; `unpackRules` takes it out again.
  if (ODD_ATOMS in c) throw new Error(`content-lean: the compiled rules have a "${ODD_ATOMS}" key of their own`);
  packed[ODD_ATOMS] = odd;
  return packed;
}

const KEPT_COLUMNS = ['patterns', 'second', 'unless', 'needs'];

/**
 * The packed rules in two parts: `body`, the patterns, entity lists and the model's weights,
 * parsed only when first read (an engine loaded from a stored snapshot reads a rule's patterns
 * when a draft reaches them, and no entity list); `head`, the rest, with each kept column written
 * as its length and the macros', entity lists' and weights' places kept (see `unpackRules`).
 * Same JSON, cut in two.
 */
export function splitPacked(p: Record<string, unknown>): { head: Record<string, unknown>; body: Record<string, unknown> } {
  const macros = p.macros as Record<string, unknown>;
  const body: Record<string, unknown> = { macros };
  const head: Record<string, unknown> = { ...p, macros: Object.fromEntries(Object.keys(macros).map((k) => [k, 0])), ...(p.entities ? { entities: 1 } : {}) };
  // The body's parts in the order gzip likes best: patterns by patterns (they name the same
  // words, and gzip looks back only 32 KB), the entity lists after them (1.7 KB gzip less than
  // macros, entities, rules, cues, contexts).
  for (const table of ['contexts', 'cues', 'rules']) {
    const t = p[table] as PackedTable | undefined;
    if (!t) continue;
    const c = { ...t.c };
    const kept: Record<string, unknown> = {};
    for (const col of KEPT_COLUMNS) {
      const values = c[col] === undefined ? undefined : readColumn(c[col]);
      if (!Array.isArray(values)) continue;
      kept[col] = values;
      c[col] = values.length;
    }
    body[table] = kept;
    head[table] = { ...t, c };
  }
  body.entities = p.entities;
  // The model's weights last, as `weights` (`unpackRules` reads them there): Huffman-coded bytes
  // gzip cannot shorten, and put between the head's words and the body's patterns they cost
  // ~0.5 KB gzip more.
  const model = p.model as Record<string, unknown> | undefined;
  if (model) {
    head.model = { ...model, weights: 0 };
    body.weights = model.weights;
  }
  return { head, body };
}

/**
 * The `virtual:netra-rules` module of the content script: the head parsed on first use; the
 * model's weights (in `virtual:netra-content-data`) and the rest of the body (in extension
 * storage, `src/page/rules-body.ts`) when first read; each rule's message its guideline's card
 * until the background gives the messages (rule-messages.ts). `receiveBody` puts the stored body
 * in place, or asks the background for it: the page reads no rule before that.
 */
export function leanRulesModule(): string {
  return [
    `import { unpackRules } from ${JSON.stringify(here('./packed-rules.ts'))};`,
    `import { withCardMessages } from ${JSON.stringify(here('./rule-messages.ts'))};`,
    `import { bodyWithWeights, receiveRulesBody } from ${JSON.stringify(here('../page/rules-body.ts'))};`,
    "import loadGuidelines from 'virtual:netra-guidelines';",
    `import { head, bodyId, weights } from ${JSON.stringify(CONTENT_DATA_ID)};`,
    'let parsed;',
    'export default function load() { return (parsed ??= withCardMessages(unpackRules(JSON.parse(head), () => bodyWithWeights(weights)), loadGuidelines())); }',
    'export function receiveBody(stored) { return receiveRulesBody(stored, bodyId); }',
  ].join('\n');
}

/** The `virtual:netra-rule-messages` module of the content script: the messages asked of the background (lean-rule-messages.ts). */
export function leanRuleMessagesModule(): string {
  return [
    `import { askRuleMessages } from ${JSON.stringify(here('./lean-rule-messages.ts'))};`,
    "import loadRules from 'virtual:netra-rules';",
    'export default function ruleMessages() { return askRuleMessages(loadRules); }',
  ].join('\n');
}

/** The `virtual:netra-english` module of the content script: English asked of the background (lean-english.ts). */
export function leanEnglishModule(): string {
  return [
    `import { askEnglish } from ${JSON.stringify(here('./lean-english.ts'))};`,
    "import loadRules from 'virtual:netra-rules';",
    "import loadGuidelines from 'virtual:netra-guidelines';",
    'export default function english() { return askEnglish(loadRules, loadGuidelines); }',
  ].join('\n');
}

export const CONTENT_DATA_ID = 'virtual:netra-content-data';

/**
 * The packed rules cut three ways: the head the content script carries, the model's weights it
 * also carries (the model stays inside the script, issue 11), and the rest of the body (patterns
 * and entity lists, ~100 KB gzip) that the background keeps in extension storage for every page
 * (`src/background/rules-body.ts`): the stored string is its id, a line break and its JSON, the
 * id a hash of that JSON, so a page never reads a body cut from other rules.
 */
export function cutRules(c: CompiledRules): { head: Record<string, unknown>; weights: unknown; stored: string; id: string } {
  const { head, body } = splitPacked(packRules(c));
  const { weights, ...rest } = body;
  const extra = Object.keys(rest).filter((k) => !(STORED_BODY_PARTS as readonly string[]).includes(k));
  if (extra.length) throw new Error(`content-lean: the rule body has parts the page does not read from storage: ${extra.join(', ')} (STORED_BODY_PARTS in packed-rules.ts)`);
  const json = JSON.stringify(rest);
  const id = createHash('sha256').update(json).digest('hex').slice(0, 16);
  return { head, weights, stored: `${id}\n${json}`, id };
}

/** The `virtual:netra-rules-body` module of the background: the stored body's string (`cutRules`). */
export function rulesBodyModule(c: CompiledRules): string {
  return `const stored = ${JSON.stringify(cutRules(c).stored)};\nexport default function storedRulesBody() { return stored; }`;
}

/**
 * The content script's data as string literals side by side, in one module, so gzip (which
 * looks back only 32 KB) finds in each the words of the one before: the guidelines' text, the
 * rules' head (messages in the same words), the root words (`rootWords`: the front-coded list of
 * `root-words.ts`), the id of the rule body the head was cut with, and the model's weights
 * (Huffman-coded: last, gzip cannot shorten them). JSON is parsed from a string when first used:
 * faster than object literals.
 */
export function contentDataModule(c: CompiledRules, lib: GuidelineLibrary, rootWords: string): string {
  const { head, weights, id } = cutRules(c);
  const literal = (x: unknown) => JSON.stringify(typeof x === 'string' ? x : JSON.stringify(x));
  // One frozen object at the script's top level, not five constants: Terser would move each
  // constant into the one function that reads it, and V8 then scans the long texts again when
  // it compiles that function on the page's first use (a few milliseconds of start-up).
  return [
    `const data = Object.freeze({ guidelines: ${literal(leanGuidelines(lib))}, head: ${literal(head)}, rootWords: ${literal(rootWords)}, bodyId: ${literal(id)}, weights: ${literal(weights ?? null)} });`,
    'export const { guidelines, head, rootWords, bodyId, weights } = data;',
  ].join('\n');
}
