import { defineConfig } from 'vitest/config';

/**
 * `npm run check:emblems`: checks that need the real emblem drawings in ../shared/data/emblems
 * (tests/emblems/*.check.ts). Not part of `npm test`, which passes on a clean clone with nothing
 * beside it; CI runs this when the shared folder is there.
 */
export default defineConfig({
  test: {
    name: 'emblems',
    include: ['tests/emblems/**/*.check.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest-emblems.json' },
    fileParallelism: false,
    retry: 0,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
