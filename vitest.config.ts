import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', 'tests/components/**'],
          // Deterministic runs: fixed zone and locale-independent output.
          env: { TZ: 'UTC' },
          testTimeout: 60_000,
        },
      },
      // .astro components, compiled by Astro's own Vite plugins.
      './vitest.components.config.ts',
    ],
  },
});
