import { getViteConfig } from 'astro/config';

// Component tests (tests/components): Astro's Vite plugins compile the .astro files, which
// the container API then renders. A project of `npm test` (vitest.config.ts).
export default getViteConfig({
  test: {
    name: 'components',
    include: ['tests/components/**/*.test.ts'],
    env: { TZ: 'UTC', ANSINH_OUTPUT_CACHE: '0' },
    testTimeout: 60_000,
  },
});
