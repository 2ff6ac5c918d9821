/**
 * `npm run --silent check -- …`: the command-line checker.
 *
 * The JSONL output is a contract used by checks outside this repository: one line per input
 * line, `{"id", "flagged", "findings": [{ruleId, category, severity, start, end, text, guidelineId}]}`,
 * or `{"id", "error"}` for a line that cannot be read. Add fields only; never rename or remove.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createEngine, type Engine } from '../engine/engine';
import { isFlagged, type Finding } from '../engine/finding';
import type { SourceLibrary } from '../engine/guideline';
import { CompileErrors } from '../build/compile';
import { loadGuidelines, loadRules } from '../build/load-rules';
import { isCalendarDate } from '../engine/merge';
import { contract } from './contract';
import { writeOut } from './output';
import { parseLogoOption } from './picture-args';

const USAGE = `Usage:
  npm run --silent check -- "text to check"           readable report
  npm run --silent check -- --json "text"             one JSON object
  npm run --silent check -- --jsonl FILE|-            JSON Lines in ({"id","text"}), JSON Lines out
  npm run --silent check -- --picture FILE ["text"]   a PNG or JPEG picture (and its post's text): one JSON object
Options:
  --logo NAME=FILE  also look for this logo in pictures, as an agency's own (repeatable);
                    --jsonl lines may name a picture: {"id","picture":"path"} with or without "text"
  --lang id|en      language of messages (default id)
  --date YYYY-MM-DD check as on that day: election packs outside their window do not run, and
                    their people count as political figures, not candidates (default today);
                    a JSONL line may carry its own "date"
  --no-info         hide hints of severity "info"
  --help            this text`;

export class UsageError extends Error {}

interface Args {
  mode: 'report' | 'json' | 'jsonl';
  lang: 'id' | 'en';
  noInfo: boolean;
  input: string;
  /** YYYY-MM-DD, or undefined for today. */
  date?: string;
  /** --picture FILE. */
  picture?: string;
  logos: Array<{ name: string; file: string }>;
}

export function parseArgs(argv: string[]): Args | 'help' {
  let mode: Args['mode'] = 'report';
  let lang: Args['lang'] = 'id';
  let noInfo = false;
  let date: string | undefined;
  let picture: string | undefined;
  const logos: Args['logos'] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') return 'help';
    else if (a === '--json') mode = 'json';
    else if (a === '--jsonl') mode = 'jsonl';
    else if (a === '--no-info') noInfo = true;
    else if (a === '--picture') {
      picture = argv[++i];
      if (!picture) throw new UsageError('--picture needs a file name');
    } else if (a === '--logo') {
      const l = parseLogoOption(argv[++i]);
      if (!l) throw new UsageError('--logo takes NAME=FILE, for example --logo "Pemkab Sukamaju=logo.png"');
      logos.push(l);
    }
    else if (a === '--lang') {
      const v = argv[++i];
      if (v !== 'id' && v !== 'en') throw new UsageError('--lang takes "id" or "en"');
      lang = v;
    } else if (a === '--date') {
      const v = argv[++i];
      if (!v || !isCalendarDate(v)) throw new UsageError(`--date takes a day written YYYY-MM-DD${v ? `, not "${v}"` : ''}`);
      date = v;
    } else if (a === '--') rest.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a.startsWith('--') || (a.startsWith('-') && a !== '-')) throw new UsageError(`unknown option ${a}`);
    else rest.push(a);
  }
  if (picture && mode === 'jsonl') throw new UsageError('--picture and --jsonl do not go together: name pictures in the JSON lines ("picture": "path")');
  if (picture) return { mode, lang, noInfo, input: rest.join(' '), picture, logos, ...(date ? { date } : {}) };
  if (logos.length && mode !== 'jsonl') throw new UsageError('--logo is looked for in pictures: give --picture FILE, or --jsonl lines with "picture"');
  if (rest.length === 0) throw new UsageError(mode === 'jsonl' ? '--jsonl needs a file name, or - for standard input' : 'give the text to check');
  if (mode === 'jsonl') {
    if (rest.length > 1) throw new UsageError('--jsonl takes one file');
    const f = rest[0]!;
    if (f !== '-' && (!existsSync(f) || !statSync(f).isFile())) throw new UsageError(`no such file: ${f}`);
  }
  return { mode, lang, noInfo, input: mode === 'jsonl' ? rest[0]! : rest.join(' '), logos, ...(date ? { date } : {}) };
}

/** One JSONL input line → one output line. Never throws. */
export function checkLine(engine: Engine, line: string, lineNo: number, opts: { noInfo: boolean; date?: string }): string {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch {
    return JSON.stringify({ id: null, error: `line ${lineNo}: not valid JSON` });
  }
  const o = obj && typeof obj === 'object' && !Array.isArray(obj) ? (obj as Record<string, unknown>) : null;
  const id = o && 'id' in o ? o.id : null;
  if (!o || typeof o.text !== 'string') return JSON.stringify({ id, error: `line ${lineNo}: no "text" string` });
  if (o.date !== undefined && (typeof o.date !== 'string' || !isCalendarDate(o.date))) return JSON.stringify({ id, error: `line ${lineNo}: "date" must be a day written YYYY-MM-DD` });
  const date = typeof o.date === 'string' ? o.date : opts.date;
  const profile = profileOf(o.profile);
  if (profile === null) return JSON.stringify({ id, error: `line ${lineNo}: "profile" must be an object with "jobTitle" and/or "agency" strings` });
  const findings = engine.check(o.text, { ...(opts.noInfo ? { minSeverity: 'warning' as const } : {}), ...(date ? { date } : {}), ...(profile ? { profile } : {}) });
  return JSON.stringify({ id, flagged: isFlagged(findings), findings: findings.map(contract) });
}

/** A line's optional "profile" (the writer's own job title and agency); null when malformed. */
function profileOf(v: unknown): { jobTitle?: string; agency?: string } | undefined | null {
  if (v === undefined) return undefined;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const p = v as Record<string, unknown>;
  if ((p.jobTitle !== undefined && typeof p.jobTitle !== 'string') || (p.agency !== undefined && typeof p.agency !== 'string')) return null;
  return { ...(typeof p.jobTitle === 'string' ? { jobTitle: p.jobTitle } : {}), ...(typeof p.agency === 'string' ? { agency: p.agency } : {}) };
}

export function report(text: string, findings: Finding[], lib: SourceLibrary, lang: 'id' | 'en'): string {
  const L = lang === 'id'
    ? { clean: 'Netra tidak menemukan masalah netralitas di teks ini.', flagged: 'Perlu ditinjau', hint: 'Catatan', why: 'Mengapa', instead: 'Sebaiknya', legal: 'Dasar hukum', rule: 'aturan' }
    : { clean: 'Netra found no neutrality problem in this text.', flagged: 'Needs review', hint: 'Note', why: 'Why', instead: 'Instead', legal: 'Legal basis', rule: 'rule' };
  if (findings.length === 0) return L.clean;
  const lines: string[] = [`${isFlagged(findings) ? L.flagged : L.hint}: ${findings.length} ${lang === 'id' ? 'temuan' : findings.length === 1 ? 'finding' : 'findings'}`, ''];
  findings.forEach((f, i) => {
    const g = lib.guidelines[f.guidelineId];
    lines.push(`${i + 1}. [${f.severity}] ${f.message}`);
    lines.push(`   ${text.slice(0, f.start).split('\n').length}:${f.start}-${f.end}  ${L.rule} ${f.ruleId}`);
    if (g) {
      lines.push(`   ${g.title[lang]}`);
      lines.push(`   ${L.why}: ${g.explanation[lang]}`);
      if (g.instead[lang][0]) lines.push(`   ${L.instead}: ${g.instead[lang][0]}`);
      const ref = g.legal[0];
      if (ref) lines.push(`   ${L.legal}: ${ref.ref}. ${g.sanction.text[lang]}`);
    }
    lines.push('');
  });
  return lines.join('\n').trimEnd();
}

export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      await writeOut(err, `netra check: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (args === 'help') {
    await writeOut(out, USAGE + '\n');
    return 0;
  }
  const problem = args.picture ? (await import('./picture')).pictureFilesProblem(args.picture, args) : null;
  if (problem) {
    await writeOut(err, `netra check: ${problem}\n`);
    return 2;
  }
  let engine: Engine;
  let lib: SourceLibrary;
  try {
    engine = createEngine(loadRules());
    lib = loadGuidelines();
  } catch (e) {
    if (e instanceof CompileErrors) {
      await writeOut(err, `netra check: the rule packs do not compile:\n${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const opts = { ...(args.noInfo ? { minSeverity: 'warning' as const } : {}), ...(args.date ? { date: args.date } : {}) };
  // The picture check (templates, decoders, OCR) loads only when a picture is asked for.
  if (args.picture) return (await import('./picture')).pictureCommand(engine, args.picture, args.input, args, out, err);
  if (args.mode === 'report') {
    await writeOut(out, report(args.input, engine.check(args.input, { ...opts, lang: args.lang }), lib, args.lang) + '\n');
    return 0;
  }
  if (args.mode === 'json') {
    const findings = engine.check(args.input, { ...opts, lang: args.lang });
    await writeOut(out, JSON.stringify({ flagged: isFlagged(findings), findings }) + '\n');
    return 0;
  }
  const stream = args.input === '-' ? process.stdin : createReadStream(args.input, 'utf8');
  let pictures: Awaited<ReturnType<typeof pictureLinesFor>>;
  try {
    pictures = await pictureLinesFor(engine, args);
  } catch (e) {
    if (!(e instanceof Error && e.name === 'PictureFileError')) throw e;
    await writeOut(err, `netra check: ${e.message}\n`);
    return 2;
  }
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  const buf: string[] = [];
  try {
    for await (const line of rl) {
      n++;
      if (!line.trim()) continue;
      buf.push((line.includes('"picture"') ? await pictures.check(line, n) : null) ?? checkLine(engine, line, n, args));
      if (buf.length >= 512) await writeOut(out, buf.splice(0).join('\n') + '\n');
    }
  } finally {
    await pictures.close();
  }
  if (buf.length) await writeOut(out, buf.join('\n') + '\n');
  return 0;
}

/** JSONL lines naming a picture go to the picture check, loaded at the first such line (or for --logo). */
async function pictureLinesFor(engine: Engine, args: Args) {
  let lines: ReturnType<typeof import('./picture').pictureLines> | null = null;
  const load = async () => (lines ??= (await import('./picture')).pictureLines(engine, args));
  if (args.logos.length) await load();
  return {
    check: async (line: string, n: number) => (await load()).check(line, n),
    close: async () => lines?.close(),
  };
}
