/**
 * `npm run policy:check`, run as an administrator runs it before rollout: good files pass with
 * exit code 0; each kind of mistake is reported with the sentence Settings shows (field and
 * value; line and column for syntax; pack line) and exit code 1; a usage error exits 2.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(__dirname, '..');
const run = (args: string[]) => {
  const r = spawnSync('npm', ['run', '--silent', 'policy:check', '--', ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const example = (f: string) => join(ROOT, 'docs/examples', f);
const policy = JSON.parse(readFileSync(example('netra-policy.json'), 'utf8')) as Record<string, unknown>;

describe('npm run policy:check', () => {
  test('the example files pass, in every format', () => {
    const files = ['netra-policy.json', 'chrome-linux-policy.json', 'firefox-policies.json', 'chrome-windows.reg', 'chrome-macos.mobileconfig'].map(example);
    const r = run(files);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.match(/tidak ada masalah/g)).toHaveLength(5);
  }, 60_000);

  test('each mistake is reported with field and value, line and column; exit code 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netra-policy-'));
    const file = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
    const syntax = file('syntax.json', '{\n  "enforcement": "confirm",\n  "locked": ["pause" "sites"]\n}\n');
    const fields = file('fields.json', JSON.stringify({ ...policy, enforcement: 'block', locked: ['site', 'pause'], agencyLogos: [{ name: 'Logo', image: 'bm90IGFuIGltYWdl' }] }, null, 2));
    // A rule naming a guideline that does not exist (no checksum: a policy may leave it out).
    const broken = (policy.extraPacks as string[])[0]!.replace(/^\s*checksum:.*\n/m, '').replace('guideline: kampanye-media-sosial', 'guideline: tidak-ada');
    const pack = file('pack.json', JSON.stringify({ extraPacks: [broken] }));
    const types = file('types.json', JSON.stringify({ enforcement: 3, locked: 'pause' }));
    // The layout macOS never reads: 3rdparty inside the com.google.Chrome payload.
    const mac = file('old.mobileconfig', '<?xml version="1.0"?><plist version="1.0"><dict><key>PayloadContent</key><array><dict><key>PayloadType</key><string>com.google.Chrome</string><key>3rdparty</key><dict><key>extensions</key><dict><key>abc</key><dict><key>enforcement</key><string>advise</string></dict></dict></dict></dict></array></dict></plist>');
    const r = run([syntax, fields, pack, types, mac]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${syntax}:3:22: sintaksnya salah (JSON: Expected ',' or ']' after array element). Chrome mengabaikan berkas seperti ini seluruhnya, tanpa pesan.`);
    expect(r.out).toContain('enforcement: nilai "block" tidak dikenal, jadi mode bawaan (confirm) yang berlaku.');
    expect(r.out).toContain('locked[0]: "site" bukan nama sakelar; yang ini diabaikan, kunci lainnya tetap berlaku.');
    expect(r.out).toContain('agencyLogos[0].image: bukan gambar PNG atau JPEG');
    const line = broken.split('\n').findIndex((l) => l.includes('tidak-ada')) + 1;
    expect(r.out).toMatch(new RegExp(`extraPacks\\[0\\]:${line}: paket tidak dipasang: .*tidak-ada`));
    expect(r.out).toContain('enforcement: Chrome membuang bidang ini sebelum Netra melihatnya: harus berupa teks (ditemukan 3).');
    expect(r.out).toContain('locked: Chrome membuang bidang ini sebelum Netra melihatnya: harus berupa daftar (ditemukan "pause").');
    expect(r.out).toContain(`${mac}: berkas ini tidak memuat kebijakan untuk Netra`);
    // The pack is checked against the same line numbers pack:validate gives.
    expect(r.out).toMatch(/fields\.json: 3 masalah/);
  }, 60_000);

  test('in English on request', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netra-policy-'));
    writeFileSync(join(dir, 'p.json'), JSON.stringify({ locked: ['pause', 'everything'] }));
    const r = run(['--lang', 'en', join(dir, 'p.json')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('locked[1]: "everything" is not a switch name; it is ignored, the other locks still hold.');
  }, 60_000);

  test('usage errors exit 2 with the usage', () => {
    expect(run([])).toMatchObject({ code: 2, err: expect.stringContaining('Usage: npm run --silent policy:check') });
    expect(run(['--nope'])).toMatchObject({ code: 2, err: expect.stringContaining('unknown option --nope') });
  }, 60_000);
});
