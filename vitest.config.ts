import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests start Chromium; they get their own generous limits.
    testTimeout: 20_000,
    hookTimeout: 120_000,
    fileParallelism: true,
  },
});
