/**
 * The command-line checker, run as users and outside checks run it: `npm run --silent check`.
 * The JSONL contract is used outside this repository; these tests pin it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const run = (args: string[], input?: string) => {
  const r = spawnSync('npm', ['run', '--silent', 'check', '--', ...args], { input, encoding: 'utf8', cwd: join(__dirname, '..') });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('netra check', () => {
  test('readable report of a partisan draft', () => {
    const r = run(['Ayo coblos nomor 2']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Perlu ditinjau/);
    expect(r.out).toMatch(/Ayo coblos nomor 2/);
    expect(r.out).toMatch(/Dasar hukum: /);
    expect(r.out, 'research grades are for maintainers, never shown').not.toMatch(/\((V1|V2|V3|C|M)\)/);
    expect(r.out).toMatch(/Dapat berujung/);
  });
  test('a clean draft says so', () => {
    const r = run(['Selamat pagi, rapat jam 9 di aula.']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Netra tidak menemukan masalah/);
  });
  test('--json prints one object with offsets into the original text', () => {
    const text = '🔥 Ayo coblos nomor 2';
    const r = run(['--json', text]);
    const o = JSON.parse(r.out) as { flagged: boolean; findings: Array<{ start: number; end: number; text: string }> };
    expect(o.flagged).toBe(true);
    expect(o.findings.length).toBeGreaterThan(0);
    for (const f of o.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
  test('--jsonl: one output line per input line, bad lines reported, the rest still run', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'Ayo coblos nomor 2', extra: 1 }),
      'not json',
      JSON.stringify({ id: 7, body: 'no text field' }),
      JSON.stringify({ id: 'b', text: 'Makan siang di kantin' }),
    ].join('\n');
    const r = run(['--jsonl', '-'], lines + '\n');
    expect(r.code).toBe(0);
    const out = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ id: 'a', flagged: true });
    expect(Object.keys(out[0]!).sort()).toEqual(['findings', 'flagged', 'id']);
    const f = (out[0]!.findings as Array<Record<string, unknown>>)[0]!;
    expect(Object.keys(f).sort()).toEqual(['category', 'end', 'guidelineId', 'ruleId', 'severity', 'start', 'text']);
    expect(out[1]).toMatchObject({ error: expect.stringContaining('JSON') });
    expect(out[2]).toMatchObject({ id: 7, error: expect.stringContaining('text') });
    expect(out[3]).toEqual({ id: 'b', flagged: false, findings: [] });
  });
  test('--jsonl reads a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netra-cli-'));
    const file = join(dir, 'posts.jsonl');
    writeFileSync(file, Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: i, text: i % 2 ? 'dukung Ganjar' : 'rapat pagi' })).join('\n'));
    const out = run(['--jsonl', file]).out.trim().split('\n').map((l) => JSON.parse(l) as { id: number; flagged: boolean });
    expect(out.map((o) => o.id)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(out.filter((o) => o.flagged).length).toBe(25);
  });
  test('--date checks as on that day, and a JSONL line may carry its own date', () => {
    const text = 'Terima kasih Bu Khofifah atas bantuan untuk sekolah kami.';
    const on = (date: string) => (JSON.parse(run(['--json', '--date', date, text]).out) as { flagged: boolean }).flagged;
    expect(on('2024-11-01'), 'during the Pilkada 2024 campaign she is a candidate').toBe(true);
    expect(on('2026-12-04'), 'after it, thanks for public work is not partisan').toBe(false);
    const lines = [JSON.stringify({ id: 1, text, date: '2024-11-01' }), JSON.stringify({ id: 2, text }), JSON.stringify({ id: 3, text, date: '2024-02-30' })].join('\n');
    const out = run(['--jsonl', '--date', '2026-12-04', '-'], lines + '\n').out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => o.flagged ?? 'error')).toEqual([true, false, 'error']);
  });
  test.each([
    [['--date', '2024-13-01', 'x'], /--date takes a day written YYYY-MM-DD/],
    [['--nope', 'x'], /unknown option --nope/],
    [['--jsonl', '/no/such/file.jsonl'], /no such file/],
    [[], /give the text to check/],
    [['--lang', 'fr', 'x'], /--lang takes/],
  ])('usage error %j exits 2 with a clear message and no stack trace', (args, msg) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(msg);
    expect(r.err).not.toMatch(/\bat .+\(.+:\d+:\d+\)/);
  });
});
