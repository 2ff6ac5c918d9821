/**
 * `npm run policy:export -- POLICY.json --id ID [--update-url URL] [--xpi-url URL]
 *  [--profile-id ID] [--profile-name NAME] [--out DIR]`: one Netra policy (a plain JSON object,
 * as docs/examples/netra-policy.json) written in every platform's format, escaped as each needs
 * (packs as JSON text inside a .reg string, XML in a profile). The policy is checked first, as
 * `policy:check` does; one with problems is not exported. Exit code: 0 written, 1 problems, 2 usage.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localDate } from '../engine/merge';
import { policyProblemText } from '../settings/policy-report';
import { writeOut } from './output';
import { checkPolicy } from './policy-check';
import { parseJsonLocated, toChromeJson, toFirefoxJson, toMobileconfig, toReg, type Rollout } from './policy-files';

const USAGE = `Usage: npm run --silent policy:export -- POLICY.json --id EXTENSION_ID [--update-url URL]
         [--xpi-url URL] [--profile-id REVERSE.DNS] [--profile-name NAME] [--out DIR]
Writes chrome-windows.reg, edge-windows.reg, chrome-macos.mobileconfig, edge-macos.mobileconfig,
chrome-linux-policy.json
and firefox-policies.json into DIR (default: the current folder).`;

/** The files for one rollout: name → content (a .reg with text outside ASCII is UTF-16, as regedit writes). */
export function exportFiles(policy: Record<string, unknown>, r: Rollout): Record<string, string | Buffer> {
  const reg = (vendor: string) => {
    const text = toReg(policy, r, vendor);
    return /[^\x00-\x7f]/.test(text) ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) : text;
  };
  return {
    'chrome-windows.reg': reg('Google\\Chrome'),
    'edge-windows.reg': reg('Microsoft\\Edge'),
    'chrome-macos.mobileconfig': toMobileconfig(policy, r),
    'edge-macos.mobileconfig': toMobileconfig(policy, r, 'com.microsoft.Edge'),
    'chrome-linux-policy.json': toChromeJson(policy, r),
    'firefox-policies.json': toFirefoxJson(policy, r),
  };
}

export async function policyExportMain(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const opts: Record<string, string> = {};
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') continue;
    if (['--id', '--update-url', '--xpi-url', '--profile-id', '--profile-name', '--out'].includes(a)) {
      const v = argv[++i];
      if (!v) return writeOut(err, `policy:export: ${a} needs a value\n\n${USAGE}\n`).then(() => 2);
      opts[a.slice(2)] = v;
    } else if (a.startsWith('-')) return writeOut(err, `policy:export: unknown option ${a}\n\n${USAGE}\n`).then(() => 2);
    else file = a;
  }
  if (!file || !opts.id) return writeOut(err, `policy:export: give the policy file and --id\n\n${USAGE}\n`).then(() => 2);
  if (!/^[a-p]{32}$/.test(opts.id)) return writeOut(err, `policy:export: --id ${opts.id} is not a Chrome extension id (32 letters a–p)\n`).then(() => 2);
  const policy = parseJsonLocated(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const problems = (await checkPolicy(policy, localDate(), 'en')).filter((p) => p.level === 'error');
  if (problems.length) {
    await writeOut(err, `policy:export: ${file} has problems; nothing written:\n${problems.map((p) => `  ${policyProblemText(p, 'en')}`).join('\n')}\n`);
    return 1;
  }
  const dir = opts.out ?? '.';
  mkdirSync(dir, { recursive: true });
  const r: Rollout = { id: opts.id, updateUrl: opts['update-url'], xpiUrl: opts['xpi-url'], profileId: opts['profile-id'], profileName: opts['profile-name'] };
  for (const [name, content] of Object.entries(exportFiles(policy, r))) {
    writeFileSync(join(dir, name), content);
    await writeOut(out, `${join(dir, name)}\n`);
  }
  return 0;
}
