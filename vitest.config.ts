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
          // The chart's stylesheet is read as text (`?raw`) by the chart images and the
          // widget; by default Vitest gives every CSS file an empty body.
          css: { include: [/src\/lib\/charts\/chart\.css/] },
        },
      },
      // .astro components, compiled by Astro's own Vite plugins.
      './vitest.components.config.ts',
    ],
  },
});
