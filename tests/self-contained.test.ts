/**
 * `npm test` must pass on a clone with nothing beside it. A test that reads ../shared belongs in
 * tests/shared (run by `npm run check:shared`) or, for the emblem drawings, tests/emblems (`npm
 * run check:emblems`); .ci/run calls both when ../shared exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const TESTS = __dirname;
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (p === join(TESTS, 'shared') || p === join(TESTS, 'emblems') || f === 'fixtures' || p === __filename) return [];
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

test('no unit or browser test reads ../shared', () => {
  const hits: string[] = [];
  for (const f of files(TESTS)) {
    const code = readFileSync(f, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    for (const m of code.matchAll(/REAL_POSTS|['"`][^'"`]*\.\.\/shared\b[^'"`]*['"`]|['"`]shared\/(data|research)\//g)) hits.push(`${relative(TESTS, f)}: ${m[0]}`);
  }
  expect(hits, 'move these to tests/shared').toEqual([]);
});
