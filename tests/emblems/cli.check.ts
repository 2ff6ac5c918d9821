/**
 * The command line's picture mode with the real emblems (`npm run check:emblems`): a photo with
 * the Garuda is found out of the box; a regional government's logo is found once given with
 * --logo, as an administrator tries a logo before rolling it out; JSONL lines name pictures.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { artworkAvailable, artworkPath, loadArtwork, missingArtwork } from './artwork';
import { logoPhoto, rng } from '../images/generate';
import { encodeJpeg } from '../images/io';

const dir = mkdtempSync(join(tmpdir(), 'netra-emblems-'));
const run = (args: string[], input?: string) => {
  const r = spawnSync('npm', ['run', '--silent', 'check', '--', ...args], { input, encoding: 'utf8', cwd: join(__dirname, '../..') });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const photo = (file: string, seed: number) => {
  const p = logoPhoto(rng(seed + 1), { logo: file, area: 0.15, rotation: 5, quality: 80, shift: null, width: 1080, height: 810, crop: 0.92, banner: false, sceneKind: 'city' }, loadArtwork(file));
  const path = join(dir, `${file}.jpg`);
  writeFileSync(path, encodeJpeg(p.image, 85));
  return path;
};

beforeAll(() => {
  if (!artworkAvailable()) throw new Error(missingArtwork());
});

describe('netra check --picture with the real emblems', () => {
  test('a Garuda on a city photo: found out of the box, with its place', () => {
    const r = run(['--picture', photo('garuda-pancasila-b', 11), 'Ayo coblos nomor 2']);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.out) as { flagged: boolean; logos: Array<{ id: string; name: string; box: { w: number } }>; findings: Array<{ category: string }> };
    expect(o.logos[0]).toMatchObject({ id: 'builtin:garuda', name: 'Lambang negara Garuda Pancasila' });
    expect(o.logos[0]!.box.w).toBeGreaterThan(200);
    expect(o.findings.map((f) => f.category)).toContain('official-logo');
  });

  test("a regional logo: not known out of the box, found with --logo (the administrator's try-out)", () => {
    const pic = photo('pemkab-situbondo', 12);
    const logo = join(dir, 'logo situbondo.png');
    copyFileSync(artworkPath('pemkab-situbondo'), logo);
    const before = JSON.parse(run(['--picture', pic]).out) as { logos: unknown[] };
    expect(before.logos).toEqual([]);
    const after = JSON.parse(run(['--picture', pic, '--logo', `Pemkab Situbondo=${logo}`]).out) as { logos: Array<{ name: string }> };
    expect(after.logos.map((l) => l.name)).toEqual(['Pemkab Situbondo']);
  });

  test('--jsonl lines with pictures', () => {
    const lines = [JSON.stringify({ id: 1, picture: photo('korpri-a', 13), text: 'Dukung Paslon 02!' }), JSON.stringify({ id: 2, text: 'rapat pagi' })].join('\n');
    const out = run(['--jsonl', '-'], lines + '\n').out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out[0]).toMatchObject({ id: 1, flagged: true, logos: [expect.objectContaining({ id: 'builtin:korpri' })] });
    expect(out[1]).toEqual({ id: 2, flagged: false, findings: [] });
  });
});
