/**
 * `npm run policy:check -- [--lang en] FILE…`: checks an agency policy before rollout, with the
 * messages Settings shows. Chrome drops a policy file with a JSON syntax error, and a field that
 * breaks the schema, without a sign in Netra: this is where they are caught.
 *
 * Reads a plain Netra policy (docs/examples/netra-policy.json), Chrome's JSON policy file,
 * Firefox's policies.json, a Windows .reg file or a macOS profile. Checks: syntax (line and
 * column), the managed schema as Chrome applies it (types), Netra's own checks of every field,
 * each pack in `extraPacks` (compiled, with pack line numbers), each logo in `agencyLogos`.
 * Exit code: 0 no problem (notes allowed), 1 problems, 2 usage.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { loadGuidelines, loadRules } from '../build/load-rules';
import { localDate } from '../engine/merge';
import { checkPolicyPacks } from '../packs/policy-packs';
import { parsePolicy, showValue, type PolicyProblem } from '../settings/policy';
import { packEndNotes, policyProblemText } from '../settings/policy-report';
import { knownIds } from '../settings/policy-view';
import { tIn, type Lang, type MessageKey } from '../ui/i18n';
import { writeOut } from './output';
import { parseJsonLocated, parsePlist, parseReg, policiesInDocument, policiesInReg, PolicySyntaxError, type FoundPolicy } from './policy-files';

const USAGE = `Usage: npm run --silent policy:check -- [--lang id|en] FILE…
  FILE: a Netra policy (.json), Chrome's policy file (.json), Firefox's policies.json,
        a Windows .reg file or a macOS profile (.mobileconfig, .plist)
Exit code: 0 no problem (notes allowed), 1 problems found, 2 usage.`;

const SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '../../public/managed_schema.json');

interface Schema {
  properties: Record<string, { type: string }>;
}

/** Every problem of one policy: schema (what Chrome drops), fields, packs, logos. */
export async function checkPolicy(raw: unknown, today: string, lang: Lang): Promise<PolicyProblem[]> {
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Schema;
  const problems: PolicyProblem[] = [];
  // What Chrome drops against the schema never reaches Netra: reported as such, then left out.
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
  const dropped = new Set<string>();
  const obj = raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...(raw as Record<string, unknown>) } : raw;
  if (!validate(obj) && obj && typeof obj === 'object') {
    for (const e of validate.errors ?? []) {
      const field = e.instancePath.split('/')[1];
      if (!field || dropped.has(field)) continue;
      dropped.add(field);
      const type = schema.properties[field]?.type ?? 'string';
      problems.push({ code: 'chrome-drops', field, value: showValue((obj as Record<string, unknown>)[field]), expected: tIn(lang, `policyType_${type}` as MessageKey), level: 'error' });
      delete (obj as Record<string, unknown>)[field];
    }
  }
  const bundled = loadRules();
  const first = parsePolicy(obj);
  const { packs, problems: packProblems } = await checkPolicyPacks(first.policy.extraPacks, bundled, new Set(Object.keys(loadGuidelines().guidelines)), today);
  const parsed = parsePolicy(obj, knownIds(bundled, packs));
  problems.push(...parsed.problems, ...packProblems, ...packEndNotes(packs.map((p) => ({ info: p.info, field: p.fileName })), today));
  return problems;
}

function readPolicies(file: string, schema: Schema): FoundPolicy[] {
  const buf = readFileSync(file);
  // regedit writes UTF-16 with a byte-order mark.
  const text = buf[0] === 0xff && buf[1] === 0xfe ? buf.subarray(2).toString('utf16le') : buf.toString('utf8');
  if (/\.reg$/i.test(file)) {
    const lists = new Set(Object.entries(schema.properties).filter(([, s]) => s.type !== 'string').map(([k]) => k));
    return policiesInReg(parseReg(text), lists);
  }
  if (/\.(mobileconfig|plist|xml)$/i.test(file) || /^\s*<\?xml|^\s*<plist/.test(text)) return policiesInDocument(parsePlist(text));
  return policiesInDocument(parseJsonLocated(text));
}

export async function policyCheckMain(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  let lang: Lang = 'id';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') {
      const v = argv[++i];
      if (v !== 'id' && v !== 'en') return writeOut(err, `policy:check: --lang takes "id" or "en"\n\n${USAGE}\n`).then(() => 2);
      lang = v;
    } else if (a === '--help' || a === '-h') return writeOut(out, USAGE + '\n').then(() => 0);
    else if (a === '--') continue;
    else if (a.startsWith('-')) return writeOut(err, `policy:check: unknown option ${a}\n\n${USAGE}\n`).then(() => 2);
    else files.push(a);
  }
  if (files.length === 0) return writeOut(err, `policy:check: give one or more policy files\n\n${USAGE}\n`).then(() => 2);
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Schema;
  const today = localDate();
  let bad = 0;
  for (const file of files) {
    const lines: string[] = [];
    const name = basename(file);
    let errors = 0;
    let found: FoundPolicy[] = [];
    if (!existsSync(file)) {
      await writeOut(err, `policy:check: no such file: ${file}\n`);
      bad++;
      continue;
    }
    try {
      found = readPolicies(file, schema);
    } catch (e) {
      if (!(e instanceof PolicySyntaxError)) throw e;
      lines.push(policyProblemText({ code: 'json-syntax', field: file, value: `${e.line}:${e.column}`, expected: e.reason, level: 'error' }, lang));
      errors++;
    }
    if (!errors && found.length === 0) {
      lines.push(policyProblemText({ code: 'not-for-netra', field: file, expected: '3rdparty → extensions → <id>; macOS: a payload com.google.Chrome.extensions.<id>', level: 'error' }, lang));
      errors++;
    }
    for (const f of found) {
      const problems = await checkPolicy(f.policy, today, lang);
      const e = problems.filter((p) => p.level === 'error').length;
      errors += e;
      const head = f.where === '(file)' ? name : `${name} — ${f.where}`;
      lines.push(`${head}: ${tIn(lang, e ? 'policyCheckProblems' : 'policyCheckOk', e, problems.length - e)}`);
      for (const p of problems) lines.push(`  ${p.level === 'error' ? '✗' : '·'} ${policyProblemText(p, lang)}`);
    }
    if (errors) bad++;
    await writeOut(out, lines.join('\n') + '\n');
  }
  return bad ? 1 : 0;
}
