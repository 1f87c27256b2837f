// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { devSiteFile, isSiteFilePath, writeSiteFiles } from './src/lib/outputs/build.ts';
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
        // The published data files, the catalog and the feeds are no Astro routes (a route
        // costs milliseconds, and they are most of the site's files): written here, once the
        // pages are, each as soon as it is produced (src/lib/outputs/build.ts).
        'astro:build:done': async ({ dir, logger }) => {
          const t0 = performance.now();
          const { files, bytes } = await writeSiteFiles(site, fileURLToPath(dir));
          logger.info(`data files: ${files} files (${(bytes / 2 ** 20).toFixed(1)} MB) written in ${Math.round(performance.now() - t0)}ms`);
        },
        // astro dev serves the same files from memory.
        'astro:server:setup': ({ server }) => {
          server.middlewares.use((req, res, next) => {
            let path;
            try {
              path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
            } catch {
              return next();
            }
            if (!isSiteFilePath(path)) return next();
            devSiteFile(site, path).then((file) => {
              if (!file) return next();
              res.setHeader('Content-Type', file.contentType);
              res.end(file.bytes);
            }, next);
          });
        },
      },
    },
  ],
});
