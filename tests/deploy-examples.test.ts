/**
 * The example files in docs/examples are what docs/deploy.md says: one policy (with an agency
 * pack and an agency logo) in every platform's format, each read back as the browser reads it
 * and equal to netra-policy.json, passing the schema Chrome applies and every check of
 * `npm run policy:check`; written by `npm run policy:export`, so none was escaped by hand; the
 * self-hosting id is the one the example agency key gives, by the documented openssl pipeline.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { extensionIdFromKey } from '../src/build/extension-key';
import { checkPolicy } from '../src/cli/policy-check';
import { exportFiles } from '../src/cli/policy-export';
import { parseJsonLocated, parsePlist, parseReg, policiesInDocument, policiesInReg } from '../src/cli/policy-files';
import { imageBytes, imageInfo, parsePolicy, POLICY_LIMITS } from '../src/settings/policy';

const DIR = join(__dirname, '../docs/examples');
const ex = (f: string) => readFileSync(join(DIR, f), 'utf8');
const schema = JSON.parse(readFileSync(join(__dirname, '../public/managed_schema.json'), 'utf8')) as { properties: Record<string, { type: string }> };
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
const policy = JSON.parse(ex('netra-policy.json')) as Record<string, unknown>;
const AGENCY_ID = 'ajgjpddkjjeplkfimopmoiagdblmikph';
const ROLLOUT = {
  id: AGENCY_ID,
  updateUrl: 'https://update.sukamajukab.go.id/netra/updates.xml',
  xpiUrl: 'https://update.sukamajukab.go.id/netra/netra-latest-firefox.xpi',
  profileId: 'id.go.sukamajukab.netra',
  profileName: 'Netra (Pemkab Sukamaju)',
};
const lists = new Set(Object.entries(schema.properties).filter(([, s]) => s.type !== 'string').map(([k]) => k));

describe('the example policy', () => {
  test('carries an agency pack and an agency logo, and passes the schema and every check', async () => {
    expect(validate(policy), JSON.stringify(validate.errors)).toBe(true);
    expect(parsePolicy(policy).problems).toEqual([]);
    expect(await checkPolicy(policy, '2026-01-01', 'id')).toEqual([]);
    expect((policy.extraPacks as string[])[0]).toBe(ex('pilkada-sukamaju-2024.pack.yml'));
    const logo = (policy.agencyLogos as Array<{ image: string }>)[0]!;
    const info = imageInfo(imageBytes(logo.image)!);
    expect(info?.type).toBe('png');
    expect(Math.max(info!.width, info!.height)).toBeLessThanOrEqual(POLICY_LIMITS.logoAdvisedPx);
  });

  test.each([
    ['chrome-linux-policy.json', () => policiesInDocument(parseJsonLocated(ex('chrome-linux-policy.json'))), `3rdparty.extensions.${AGENCY_ID}`],
    ['firefox-policies.json', () => policiesInDocument(parseJsonLocated(ex('firefox-policies.json'))), 'policies.3rdparty.Extensions.netra@netra.id'],
    ['chrome-windows.reg', () => policiesInReg(parseReg(ex('chrome-windows.reg')), lists), `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${AGENCY_ID}\\policy`],
    ['edge-windows.reg', () => policiesInReg(parseReg(ex('edge-windows.reg')), lists), `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${AGENCY_ID}\\policy`],
    ['chrome-macos.mobileconfig', () => policiesInDocument(parsePlist(ex('chrome-macos.mobileconfig'))), `PayloadContent[1] (com.google.Chrome.extensions.${AGENCY_ID})`],
    ['edge-macos.mobileconfig', () => policiesInDocument(parsePlist(ex('edge-macos.mobileconfig'))), `PayloadContent[1] (com.microsoft.Edge.extensions.${AGENCY_ID})`],
  ])('%s, read as the browser reads it, is exactly netra-policy.json: pack lines, logo and all', (_name, read, where) => {
    expect(read()).toEqual([{ where, policy }]);
  });

  test('every platform file is what npm run policy:export writes', () => {
    for (const [name, content] of Object.entries(exportFiles(policy, ROLLOUT))) expect(ex(name), name).toBe(String(content));
  });

  test('the .reg files are plain ASCII (regedit reads them in any code page); the pack is JSON inside one string', () => {
    const reg = ex('chrome-windows.reg');
    expect(reg).toMatch(/^[\x00-\x7f]*$/);
    // Multi-line YAML: each line break is \n inside the JSON text, its backslash doubled for .reg.
    expect(reg).toContain('"extraPacks"="[\\"# Example regional pack');
    expect(reg).toContain('\\\\npack:\\\\n  id: pilkada-sukamaju-2024\\\\n');
  });

  test('every force-install line, update manifest and policy names the agency key id; the forcelist points at updates.xml', () => {
    expect(ex('updates.xml')).toContain(`appid="${AGENCY_ID}"`);
    for (const f of ['chrome-windows.reg', 'edge-windows.reg', 'chrome-macos.mobileconfig', 'chrome-linux-policy.json']) {
      expect(ex(f), f).toContain(`${AGENCY_ID};https://update.sukamajukab.go.id/netra/updates.xml`);
      expect(ex(f), f).not.toContain('pilhlaoehmjledpkcigpioafophogmnm');
    }
  });
});

describe('the self-hosting id', () => {
  test('is the one the example agency key gives (as Chrome computes it)', async () => {
    expect(await extensionIdFromKey(ex('agency-public-key.txt').trim())).toBe(AGENCY_ID);
  });

  test("docs/deploy.md's openssl pipeline gives Chrome's id for a new key", async () => {
    const doc = ex('../deploy.md');
    const pipeline = /```sh\n(openssl rsa -in netra-agency\.pem -pubout -outform DER[^\n]*)\n```/.exec(doc)?.[1];
    expect(pipeline, 'the pipeline is in docs/deploy.md §2').toBeDefined();
    const has = spawnSync('openssl', ['version']).status === 0;
    expect(has, 'openssl is installed (Debian: apt-get install openssl)').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'netra-key-'));
    execFileSync('openssl', ['genrsa', '-out', join(dir, 'netra-agency.pem'), '2048'], { stdio: 'ignore' });
    const id = execFileSync('sh', ['-c', pipeline!], { cwd: dir, encoding: 'utf8' }).trim();
    const der = execFileSync('openssl', ['rsa', '-in', 'netra-agency.pem', '-pubout', '-outform', 'DER'], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] });
    expect(id).toMatch(/^[a-p]{32}$/);
    expect(id).toBe(await extensionIdFromKey(der.toString('base64')));
    writeFileSync(join(dir, 'netra-agency.pem'), '');
  });
});
