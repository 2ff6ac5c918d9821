/**
 * Single-file rule packs: the format agencies write, import in the options page, ship through
 * policy, and test with `npm run pack:validate`. One YAML or JSON file:
 *
 *   pack: { id, name, version, kind, valid_from, valid_until, checksum }
 *   lexicon: { macros, canon, vocab }      # optional
 *   rules: [ { id: <pack id>.<name>, … } ] # same fields as rules/packs/<pack>/<rule>.yml
 *
 * The checksum is "sha256-" + the SHA-256 of the file with the checksum line left out, so an
 * admin can see a file was not changed on its way to the browsers.
 */
import { parse } from 'yaml';
import { compileSources, CompileErrors, RuleError } from '../build/compile';
import type { CompiledRules, PackInfo } from '../engine/rules';
import { validityOn, type Validity } from '../engine/merge';

export interface PackCheck {
  ok: boolean;
  /** Every problem with file and line, as `file:line: reason`. */
  errors: string[];
  /** Warnings that do not stop the pack (e.g. validity dates in the past). */
  warnings: string[];
  info?: PackInfo;
  compiled?: CompiledRules;
  checksum: { expected: string; given?: string; matches: boolean };
  validity?: Validity;
}

const CHECKSUM_LINE = /^[ \t]*"?checksum"?[ \t]*:.*(?:\r?\n|$)/m;

export async function checksumOf(text: string): Promise<string> {
  const body = text.replace(CHECKSUM_LINE, '');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
  return 'sha256-' + [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Put the right checksum into the pack header (adds or replaces the line). */
export async function withChecksum(text: string): Promise<string> {
  const sum = await checksumOf(text);
  if (CHECKSUM_LINE.test(text)) return text.replace(CHECKSUM_LINE, (line) => line.replace(/:.*/, `: ${sum}`));
  // Add it as the last line of the `pack:` block, indented like the block's first key.
  return text.replace(/^pack:[ \t]*\r?\n((?:[ \t]+.*\r?\n)+)/m, (block, body: string) => {
    const indent = /^([ \t]+)/.exec(body)?.[1] ?? '  ';
    return `${block}${indent}checksum: ${sum}\n`;
  });
}

/**
 * What one pack may hold. The bundled packs together are far below these; a regional pack with
 * its candidates is a few kilobytes. The compiled limit keeps every installed pack within the
 * browser's storage quota (10 MB for an extension's local storage).
 */
export const PACK_LIMITS = { bytes: 1_000_000, rules: 1000, macros: 1000, patterns: 20_000, compiledBytes: 2_000_000 } as const;

const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;

/** Problems with the pack's size and counts, as `file:line: reason`. */
function limitProblems(compiled: CompiledRules, fileName: string): string[] {
  const out: string[] = [];
  if (compiled.rules.length > PACK_LIMITS.rules) out.push(`${fileName}:1: ${compiled.rules.length} rules; a pack may hold at most ${PACK_LIMITS.rules}`);
  const macros = Object.values(compiled.macros);
  if (macros.length > PACK_LIMITS.macros) out.push(`${fileName}:1: ${macros.length} lists (macros); a pack may hold at most ${PACK_LIMITS.macros}`);
  const patterns = macros.reduce((n, l) => n + l.length, 0) + compiled.rules.reduce((n, r) => n + r.patterns.length + r.second.length + r.unless.length + r.needs.length, 0);
  if (patterns > PACK_LIMITS.patterns) out.push(`${fileName}:1: ${patterns} patterns; a pack may hold at most ${PACK_LIMITS.patterns}`);
  const size = JSON.stringify(compiled).length;
  if (size > PACK_LIMITS.compiledBytes) out.push(`${fileName}:1: the pack compiles to ${mb(size)}; at most ${mb(PACK_LIMITS.compiledBytes)} fits beside the others in the browser's storage`);
  return out;
}

export async function checkPackFile(text: string, fileName: string, opts: { external?: CompiledRules; guidelines?: ReadonlySet<string>; today: string }): Promise<PackCheck> {
  if (text.length > PACK_LIMITS.bytes) {
    // Refused before it is parsed: a file this size is no pack an agency writes by hand.
    return { ok: false, errors: [`${fileName}:1: the file is ${mb(text.length)}; a pack may be at most ${mb(PACK_LIMITS.bytes)}`], warnings: [], checksum: { expected: '', matches: false } };
  }
  const expected = await checksumOf(text);
  let given: string | undefined;
  try {
    const head = (parse(text) as { pack?: { checksum?: unknown } } | null)?.pack;
    if (typeof head?.checksum === 'string') given = head.checksum;
  } catch {
    // Syntax errors are reported with their line by the compiler below.
  }
  const result: PackCheck = { ok: false, errors: [], warnings: [], checksum: { expected, given, matches: given === expected } };
  try {
    const compiled = compileSources([{ path: fileName, text }], opts.guidelines, { external: opts.external });
    const info = compiled.packs[0];
    if (!info || compiled.packs.length !== 1) throw new CompileErrors([new RuleError(fileName, 1, 'a pack file holds exactly one pack: a "pack:" header and a "rules:" list')]);
    result.compiled = compiled;
    result.info = info;
    result.validity = validityOn(info, opts.today);
    result.errors.push(...limitProblems(compiled, fileName));
    // A pack may add to the bundled packs' lists, never stand in for one of them.
    if (opts.external?.packs.some((p) => p.id === info.id)) result.errors.push(`${fileName}:1: pack id ${info.id} is already a pack that comes with Netra; choose another id`);
  } catch (e) {
    if (!(e instanceof CompileErrors)) throw e;
    result.errors.push(...e.errors.map((x) => x.message));
  }
  if (given === undefined) result.errors.push(`${fileName}:1: the pack has no checksum; add "checksum: ${expected}" under pack: (or run npm run pack:validate -- --write ${fileName})`);
  else if (given !== expected) result.errors.push(`${fileName}:1: checksum does not match the content (expected ${expected}); the file changed after it was checked`);
  if (result.validity === 'expired') result.warnings.push(`${fileName}: valid_until ${result.info?.validUntil} has passed; the pack will be ignored`);
  if (result.validity === 'not-yet') result.warnings.push(`${fileName}: valid_from ${result.info?.validFrom} is still ahead; the pack starts then`);
  result.ok = result.errors.length === 0;
  return result;
}
