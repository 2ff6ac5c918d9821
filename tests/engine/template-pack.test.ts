/**
 * The documented Pilkada pack template (docs/pilkada-pack-template/) compiles together with the
 * bundled packs, adds nothing while its lists are empty, and its example rule works.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadRules } from '../../src/build/load-rules';
import { createEngine } from '../../src/engine/engine';
import { parseMarked } from '../../src/engine/marked';

const dir = resolve(__dirname, '../../docs/pilkada-pack-template');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yml'))
  .map((f) => ({ path: `packs/pilkada-pack-template/${f}`, text: readFileSync(join(dir, f), 'utf8') }));

describe('Pilkada pack template', () => {
  const compiled = loadRules(undefined, files);
  const engine = createEngine(compiled);
  test('compiles as a regional pack with the bundled ones', () => {
    expect(compiled.packs.find((p) => p.id === 'pilkada-pack-template')).toMatchObject({ kind: 'regional', validFrom: '2099-08-27' });
  });
  test('inside its window its example rule finds its flag examples and leaves its allow examples', () => {
    const rule = compiled.rules.find((r) => r.id === 'pilkada-pack-template.slogan')!;
    const inside = { only: [rule.id], date: '2099-09-01' };
    for (const m of rule.examples.flag) {
      const { text, spans } = parseMarked(m);
      expect(engine.check(text, inside).map((f) => [f.start, f.end])).toEqual(spans);
    }
    for (const a of rule.examples.allow) expect(engine.check(a, inside)).toEqual([]);
  });
  test('before and after its window its rule does not run', () => {
    const rule = compiled.rules.find((r) => r.id === 'pilkada-pack-template.slogan')!;
    const { text } = parseMarked(rule.examples.flag[0]!);
    expect(engine.check(text, { only: [rule.id], date: '2026-12-04' })).toEqual([]);
    expect(engine.check(text, { only: [rule.id], date: '2100-01-15' })).toEqual([]);
  });
  test('empty lists change nothing in the shared macros', () => {
    const bundled = loadRules();
    expect(compiled.macros.kandidat).toEqual(bundled.macros.kandidat);
  });
});
