import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (fast, no build) and `e2e`, which builds the real site
 * once (tests/e2e/global-setup.ts) and shares it with every end-to-end test.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
