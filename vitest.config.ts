import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**'],
    // Deterministic runs: fixed zone and locale-independent output.
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
  },
});
