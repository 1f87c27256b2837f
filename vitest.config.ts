import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', 'tests/components/**'],
          // Deterministic runs: fixed zone and locale-independent output. Published files are
          // produced anew, never read from a build's output cache (its own tests give it a folder).
          env: { TZ: 'UTC', ANSINH_OUTPUT_CACHE: '0' },
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
