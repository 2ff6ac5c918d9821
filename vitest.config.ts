import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          // tests/shared reads ../shared, which a clone does not have: `npm run check:shared`.
          exclude: ['tests/e2e/**', 'tests/shared/**'],
          // A bound for a hung test, not a speed target: CLI tests spawn Node, slow on a loaded machine.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          // One Chromium at a time on a 2-core machine; flows must not be retried.
          fileParallelism: false,
          retry: 0,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
