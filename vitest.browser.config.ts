import { defineConfig } from 'vitest/config';

// `npm run test:browser`: the built site (dist/) served by scripts/serve.ts and driven in
// a real headless Chromium by playwright-core. Files run one after another (each launches
// its own Chromium); inside a file, pages are checked a few at a time.
export default defineConfig({
  test: {
    // The checks of the built HTML in tests/built/ run here too: this command builds first.
    include: ['tests/browser/**/*.test.ts', 'tests/built/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    env: { TZ: 'UTC' },
    fileParallelism: false,
    maxConcurrency: 4,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
