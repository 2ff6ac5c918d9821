/**
 * UI text lives in public/_locales (id first, en second). A key missing in one language, a key
 * used in code but never written, or a sentence hard-coded in a component fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(__dirname, '..');
const load = (lang: string) => JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const id = load('id');
const en = load('en');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(f) ? [p] : [];
  });
}
const sources = [...files(join(ROOT, 'src'), /\.(ts|tsx)$/), ...files(join(ROOT, 'entrypoints'), /\.(ts|tsx)$/)];

describe('locales', () => {
  test('Indonesian and English have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });
  test('no empty messages, and placeholders agree', () => {
    for (const [k, v] of Object.entries(id)) {
      expect(v.message.trim(), k).not.toBe('');
      expect(en[k]!.message.trim(), k).not.toBe('');
      const ph = (s: string) => (s.match(/\$\d/g) ?? []).sort().join();
      expect(ph(en[k]!.message), `placeholders of ${k}`).toBe(ph(v.message));
    }
  });
  test('every key used in code exists', () => {
    const used = new Set<string>();
    for (const f of sources) for (const m of readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
    for (const k of used) expect(id[k], `t('${k}') in code but not in _locales/id`).toBeDefined();
  });
  test('components hold no hard-coded sentences', () => {
    for (const f of sources.filter((s) => s.endsWith('.tsx'))) {
      const code = readFileSync(f, 'utf8').replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
      // Text between JSX tags that has two or more words is user-facing prose.
      const prose = [...code.matchAll(/>\s*([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’]*(?:\s+[A-Za-zÀ-ÿ'’]+)+)\s*</g)].map((m) => m[1]);
      expect(prose, f).toEqual([]);
    }
  });
});
