/**
 * The command-line checker through a slow pipe: every mode, more than 1 MB of output each, read
 * by a consumer that takes its time, must arrive whole, line for line, with exit code 0.
 * (It once called process.exit() after its last write and lost everything past the first 64 KiB.)
 * The expected output is computed here in-process from the same engine and compared exactly.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkLine, report } from '../src/cli/check';
import { isFlagged } from '../src/engine/finding';
import { loadGuidelines } from '../src/build/load-rules';
import { engine } from './helpers';

const ROOT = join(__dirname, '..');
const MB = 1 << 20;

/** Run the CLI as users do and read its stdout slowly: a pause after every chunk the pipe gives. */
function runSlow(args: string[]): Promise<{ code: number | null; out: string; err: string; chunks: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'check', '--', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const parts: Buffer[] = [];
    let err = '';
    let chunks = 0;
    child.stdout.on('data', (b: Buffer) => {
      parts.push(b);
      chunks++;
      // The reader is busy: the pipe fills up and the writer must wait for it.
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 5);
    });
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out: Buffer.concat(parts).toString('utf8'), err, chunks }));
  });
}

const SENTENCE = 'Ayo coblos nomor 2 besok ya! Pilih Prabowo. ';

describe('netra check through a slow pipe loses nothing', () => {
  test('--jsonl: 3,000 drafts, every result line arrives in order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netra-pipe-'));
    const file = join(dir, 'drafts.jsonl');
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: i % 3 ? `${SENTENCE}Dukung Ganjar Mahfud #${i}` : `Rapat pagi nomor ${i} di aula.` }));
    writeFileSync(file, lines.join('\n') + '\n');
    const expected = lines.map((l, i) => checkLine(engine, l, i + 1, { noInfo: false }));
    const r = await runSlow(['--jsonl', file]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.length).toBeGreaterThan(MB);
    expect(r.chunks, 'the output came in many reads').toBeGreaterThan(10);
    const got = r.out.split('\n');
    expect(got.pop(), 'output ends with a newline').toBe('');
    expect(got.length).toBe(3000);
    expect(got).toEqual(expected);
  }, 120_000);

  test('readable report of one long draft: all lines of every finding', async () => {
    const text = SENTENCE.repeat(1000);
    const expected = report(text, engine.check(text, { lang: 'id' }), loadGuidelines(), 'id') + '\n';
    const r = await runSlow([text]);
    expect(r.code).toBe(0);
    expect(r.out.length).toBeGreaterThan(MB);
    expect(r.out.split('\n').length).toBe(expected.split('\n').length);
    expect(r.out).toBe(expected);
  }, 120_000);

  test('--json of one long draft: the whole object', async () => {
    const text = SENTENCE.repeat(1400);
    const findings = engine.check(text, { lang: 'id' });
    const r = await runSlow(['--json', text]);
    expect(r.code).toBe(0);
    expect(r.out.length).toBeGreaterThan(MB);
    expect(r.out).toBe(JSON.stringify({ flagged: isFlagged(findings), findings }) + '\n');
  }, 120_000);
});
