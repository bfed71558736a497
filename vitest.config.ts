import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    pool: 'forks',
    // A Word export or a forked process takes seconds on a busy 2-core machine; speed is measured in the benchmark.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // The second lists each test that skipped itself, with its reason, at the end of the run.
    reporters: ['default', './tests/skipReasons.ts'],
  },
});
