// @ts-check
import { defineConfig } from 'astro/config';
import { placeholderNotice, siteSetting } from './src/lib/outputs/url.ts';

// The site's public origin: ANSINH_SITE (README, "Set-up"). Every absolute URL the build
// writes comes from it; without it the build uses a placeholder and says so once.
const { site, placeholder } = siteSetting(process.env.ANSINH_SITE);

// The data folder is selectable (ANSINH_DATA) so the benchmark can build synthetic data
// from a temporary folder without touching data/.
export default defineConfig({
  site,
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
  integrations: [
    {
      name: 'ansinh-site',
      hooks: {
        'astro:build:start': ({ logger }) => {
          if (placeholder) logger.info(placeholderNotice());
        },
      },
    },
  ],
});
