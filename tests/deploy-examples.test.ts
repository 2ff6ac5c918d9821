/**
 * The example policy files in docs/examples must be what docs/deploy.md says: valid against
 * the managed-storage schema Chrome enforces, accepted by Netra's own checks, and the same
 * policy in every platform's format.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { DEV_EXTENSION_ID } from '../src/build/extension-key';
import { parsePolicy } from '../src/settings/policy';

const ex = (f: string) => readFileSync(join(__dirname, '../docs/examples', f), 'utf8');
const schema = JSON.parse(readFileSync(join(__dirname, '../public/managed_schema.json'), 'utf8')) as object;
// Chrome's schema dialect adds "title" and such; plain JSON Schema validation covers the rest.
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
const policy = JSON.parse(ex('netra-policy.json')) as Record<string, unknown>;

describe('example policies', () => {
  test('netra-policy.json passes the schema and Netra with no problem', () => {
    expect(validate(policy), JSON.stringify(validate.errors)).toBe(true);
    expect(parsePolicy(policy).problems).toEqual([]);
  });
  test('the Linux/ChromeOS JSON carries the same policy for the documented id', () => {
    const linux = JSON.parse(ex('chrome-linux-policy.json')) as { ExtensionInstallForcelist: string[]; '3rdparty': { extensions: Record<string, unknown> } };
    expect(linux['3rdparty'].extensions[DEV_EXTENSION_ID]).toEqual(policy);
    expect(linux.ExtensionInstallForcelist[0]).toMatch(new RegExp(`^${DEV_EXTENSION_ID};https://`));
  });
  test("Firefox's policies.json carries it for the gecko id", () => {
    const ff = JSON.parse(ex('firefox-policies.json')) as { policies: { '3rdparty': { Extensions: Record<string, unknown> }; ExtensionSettings: Record<string, unknown> } };
    expect(ff.policies['3rdparty'].Extensions['netra@netra.id']).toEqual(policy);
    expect(ff.policies.ExtensionSettings['netra@netra.id']).toMatchObject({ installation_mode: 'force_installed' });
  });
  test('the Windows .reg and the macOS profile set every field', () => {
    const reg = ex('chrome-windows.reg');
    const mac = ex('chrome-macos.mobileconfig');
    for (const k of Object.keys(policy).filter((k) => (policy[k] as unknown[])?.length !== 0)) {
      expect(reg, k).toContain(`"${k}"=`);
      expect(mac, k).toContain(`<key>${k}</key>`);
    }
    expect(reg).toContain(`3rdparty\\extensions\\${DEV_EXTENSION_ID}\\policy`);
  });
  test('a policy with every field also passes the schema', () => {
    const full = { ...policy, enforcement: 'block-serious', locked: ['pause', 'sites', 'rules', 'info'], extraPacks: [ex('pilkada-sukamaju-2024.pack.yml')], agencyLogos: [{ name: 'Logo', image: 'iVBORw0KGgo=' }] };
    expect(validate(full), JSON.stringify(validate.errors)).toBe(true);
    expect(parsePolicy(full).problems).toEqual([]);
  });
});
