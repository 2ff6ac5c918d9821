/**
 * The command-line checker, run as users and outside checks run it: `npm run --silent check`.
 * The JSONL contract is used outside this repository; these tests pin it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { holidayPhoto, logoPhoto, poster, rng } from './images/generate';
import { encodeJpeg, encodePng } from './images/io';
import { drawStandIn } from './images/standins';
import { createRgba, ellipse, fillRings } from '../src/images/raster';

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
  test('a JSONL line may carry the writer\'s profile: their own title is a job-title finding', () => {
    const text = 'Saya Penyuluh Pertanian Ahli Muda, ayo coblos nomor 2!';
    const lines = [
      JSON.stringify({ id: 1, text, profile: { jobTitle: 'penyuluh pertanian ahli muda' } }),
      JSON.stringify({ id: 2, text }),
      JSON.stringify({ id: 3, text, profile: 'penyuluh' }),
    ].join('\n');
    const out = run(['--jsonl', '-'], lines + '\n').out.trim().split('\n').map((l) => JSON.parse(l) as { findings?: Array<{ ruleId: string }>; error?: string });
    expect(out[0]!.findings!.map((f) => f.ruleId)).toContain('jabatan.profil');
    expect(out[1]!.findings!.map((f) => f.ruleId)).not.toContain('jabatan.profil');
    expect(out[2]!.error).toMatch(/"profile" must be an object/);
  });
  test.each([
    [['--date', '2024-13-01', 'x'], /--date takes a day written YYYY-MM-DD/],
    [['--nope', 'x'], /unknown option --nope/],
    [['--jsonl', '/no/such/file.jsonl'], /no such file/],
    [[], /give the text to check/],
    [['--lang', 'fr', 'x'], /--lang takes/],
    [['--picture'], /--picture needs a file name/],
    [['--picture', '/no/such/picture.jpg'], /no such file: \/no\/such\/picture\.jpg/],
    [['--logo', 'no-equals-sign', '--picture', 'x.jpg'], /--logo takes NAME=FILE/],
    [['--logo', 'A=b.png', 'just text'], /--logo is looked for in pictures/],
  ])('usage error %j exits 2 with a clear message and no stack trace', (args, msg) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(msg);
    expect(r.err).not.toMatch(/\bat .+\(.+:\d+:\d+\)/);
  });
});

describe('netra check --picture', () => {
  // Pictures made here: a stand-in emblem (drawn in code) given with --logo, as an administrator
  // tries an agency logo; the real emblems are tried by npm run check:emblems.
  const dir = mkdtempSync(join(tmpdir(), 'netra-cli-pictures-'));
  const file = (name: string, bytes: Buffer) => {
    const p = join(dir, name);
    writeFileSync(p, bytes);
    return p;
  };
  const logo = file('logo.png', encodePng(drawStandIn('standin:korpri', 192)));
  const photo = file('apel.jpg', encodeJpeg(logoPhoto(rng(42), { logo: 'standin:korpri', area: 0.15, rotation: 4, quality: 85, shift: null, width: 1080, height: 810, crop: 0.92, banner: false }).image, 88));
  const holiday = file('liburan.jpg', encodeJpeg(holidayPhoto(7), 85));
  const broken = file('rusak.jpg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('not really a jpeg at all')]));
  type Out = { flagged: boolean; findings: Array<Record<string, unknown>>; logos: Array<{ id: string; name: string; score: number; box: { x: number; y: number; w: number; h: number } }>; text: string };

  test('a logo found: its name, score and place; in a partisan post it is a finding from the picture', { timeout: 120_000 }, () => {
    const r = run(['--picture', photo, '--logo', `Lambang Contoh=${logo}`, 'Ayo coblos nomor 2']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const o = JSON.parse(r.out) as Out;
    expect(Object.keys(o).sort()).toEqual(['findings', 'flagged', 'logos', 'text']);
    expect(o.flagged).toBe(true);
    expect(o.logos).toHaveLength(1);
    expect(o.logos[0]).toMatchObject({ id: 'logo:0', name: 'Lambang Contoh' });
    expect(o.logos[0]!.score).toBeGreaterThan(0.6);
    // 15% of 1080×810 is a side of about 360 pixels.
    expect(o.logos[0]!.box.w).toBeGreaterThan(250);
    expect(o.logos[0]!.box.w).toBeLessThan(500);
    expect(o.findings).toContainEqual(expect.objectContaining({ category: 'official-logo', text: 'Lambang Contoh', source: 'picture' }));
    expect(o.findings).toContainEqual(expect.objectContaining({ category: 'partisan-support', text: 'Ayo coblos nomor 2' }));
    expect(typeof o.text).toBe('string');
  });

  test('nothing found in a holiday photo; a campaign poster is flagged by its text; bad lines say why (--jsonl)', { timeout: 180_000 }, () => {
    const posterFile = file('poster.jpg', encodeJpeg(poster(rng(41), ['AYO COBLOS', 'NOMOR 2'], { width: 1080, height: 1350, quality: 90 }), 90));
    const lines = [
      { id: 'holiday', picture: holiday },
      { id: 'poster', picture: posterFile },
      { id: 'broken', picture: broken },
      { id: 'missing', picture: join(dir, 'nope.png') },
      { id: 'text only', text: 'Ayo coblos nomor 2' },
    ].map((l) => JSON.stringify(l)).join('\n');
    const r = run(['--jsonl', '-'], lines + '\n');
    expect(r.code).toBe(0);
    const out = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => o.id)).toEqual(['holiday', 'poster', 'broken', 'missing', 'text only']);
    expect(out[0]).toMatchObject({ flagged: false, findings: [], logos: [] });
    expect(out[1]).toMatchObject({ flagged: true, logos: [] });
    expect(out[1]!.findings).toContainEqual(expect.objectContaining({ category: 'partisan-support', source: 'picture' }));
    expect(out[1]!.pictureText).toMatch(/COBLOS/i);
    expect(out[2]).toEqual({ id: 'broken', error: expect.stringMatching(/line 3: .*rusak\.jpg looks like a JPEG but cannot be decoded/) });
    expect(out[3]).toEqual({ id: 'missing', error: expect.stringMatching(/line 4: no such file: .*nope\.png/) });
    expect(out[4]).toMatchObject({ id: 'text only', flagged: true });
    expect(out[4]).not.toHaveProperty('logos');
  });

  test.each([
    [() => ['--picture', broken], /rusak\.jpg looks like a JPEG but cannot be decoded/],
    [() => ['--picture', file('notes.txt', Buffer.from('just some text'))], /notes\.txt is not a PNG or JPEG picture/],
    [() => ['--picture', dir], /is a folder, not a picture/],
    [() => ['--picture', holiday, '--logo', `Lingkaran=${file('plain.png', encodePng(plainDisc()))}`], /--logo Lingkaran=.*plain\.png: the picture is too plain/],
  ])('a bad picture or logo file: exit 2 with the reason, no stack trace (%#)', { timeout: 60_000 }, (args, msg) => {
    const r = run(args());
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(msg);
    expect(r.err).not.toMatch(/\bat .+\(.+:\d+:\d+\)/);
  });
});

function plainDisc() {
  const disc = createRgba(200, 200, [255, 255, 255, 255]);
  fillRings(disc, [ellipse(100, 100, 90)], [200, 0, 0]);
  return disc;
}
