/**
 * `npm run check:shared`: the checks that read ../shared (the real posts, the copied-sentence
 * guard). Not part of `npm test`, which must pass on a clone with nothing beside it; .ci/run
 * calls this when ../shared exists and says so when it does not.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'shared',
    include: ['tests/shared/**/*.test.ts'],
    testTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest-shared.json' },
  },
});
