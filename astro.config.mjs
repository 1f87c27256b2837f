// @ts-check
import { defineConfig } from 'astro/config';

// The data folder is selectable (ANSINH_DATA) so the benchmark can build synthetic data
// from a temporary folder without touching data/.
export default defineConfig({
  site: process.env.ANSINH_SITE ?? 'https://ansinh.example.org',
  trailingSlash: 'always',
  // Stylesheets as files: cached across pages, and no inline styles to exempt from a CSP.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scripts as files too: our pages then run under a CSP without 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
  i18n: {
    locales: ['vi', 'en'],
    defaultLocale: 'vi',
    routing: { prefixDefaultLocale: false },
  },
});
