/**
 * What researchers get from a built site: the indicator pages show the load code with the
 * site's own URL, the citation with its retrieval date, the XLSX and the release zip, and
 * the next expected update where the catalog has one; every absolute URL the build wrote
 * to one of its own files uses the one configured origin (ANSINH_SITE, catalog.site).
 * Skipped, saying so, when there is no build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/lib/outputs/catalog.ts';
import { catalogPath, dataFilePath, indicatorPath, releaseZipPath } from '../../src/lib/routes.ts';
import { DIST, builtSite } from './dist.ts';

const built = builtSite(catalogPath, import.meta.filename);
const page = (path: string) => parseHTML(readFileSync(join(DIST, path, 'index.html'), 'utf8')).document;

describe.skipIf(!built)('researchers on the built site', () => {
  const catalog = built ? (JSON.parse(readFileSync(join(DIST, catalogPath), 'utf8')) as Catalog) : undefined;

  it('indicator pages show load code for the latest CSV on this site, the XLSX, the release zip and a dated citation', () => {
    for (const ind of catalog!.indicators) {
      for (const lang of ['vi', 'en'] as const) {
        const doc = page(indicatorPath(lang, ind.id));
        const where = `${ind.id} ${lang}`;
        const csv = `${catalog!.site}${dataFilePath(ind.id, 'latest', 'csv')}`;
        const snippets = [...doc.querySelectorAll('[data-snippet] pre code')].map((c) => c.textContent ?? '');
        expect(snippets, where).toHaveLength(3);
        for (const code of snippets) expect(code, where).toContain(`"${csv}"`);
        const links = [...doc.querySelectorAll('a[data-download]')].map((a) => a.getAttribute('href'));
        expect(links, where).toContain(dataFilePath(ind.id, ind.latest.version, 'xlsx'));
        expect(links, where).toContain(releaseZipPath('latest'));
        const cited = doc.querySelector('[data-citation]')!.textContent ?? '';
        expect(cited, where).toMatch(lang === 'vi' ? /\(truy cập ngày \d{1,2}\/\d{1,2}\/\d{4}\)$/ : /\(retrieved \d{1,2} [A-Z][a-z]+ \d{4}\)$/);
        const next = doc.querySelector('[data-next-update]');
        if (ind.nextUpdate) expect(next?.textContent, where).toContain(ind.nextUpdate.period);
        else expect(next, where).toBeNull();
      }
    }
  });

  it('writes absolute URLs to its own files only with the configured origin', () => {
    const site = new URL(catalog!.site);
    const wrong = new Set<string>();
    let own = 0;
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        if (e.isDirectory()) { if (e.name !== 'pagefind' && e.name !== '_astro') walk(path); continue; }
        if (!['.html', '.xml', '.json', '.txt', '.md', '.csv'].includes(extname(e.name)) && e.name !== 'SHA256SUMS') continue;
        for (const [raw] of readFileSync(path, 'utf8').matchAll(/https?:\/\/[^\s"'<>)\]\\]+/g)) {
          let url: URL;
          try { url = new URL(raw.replace(/&amp;/g, '&')); } catch { continue; }
          if (url.origin === site.origin) { own++; continue; }
          // Another origin: a mistake if it names one of our files. The build's own URLs
          // carry no query or fragment, and a source's home page may share a path with
          // ours ('/', '/en/'), so only deeper paths without query or fragment count.
          if (url.search || url.hash || url.pathname === '/' || url.pathname === '/en/') continue;
          const local = join(DIST, decodeURIComponent(url.pathname));
          const isOurs = existsSync(local) && (url.pathname.endsWith('/') ? existsSync(join(local, 'index.html')) : true);
          if (isOurs) wrong.add(`${path.slice(DIST.length)}: ${raw}`);
        }
      }
    };
    walk(DIST);
    expect(own).toBeGreaterThan(1000);
    expect([...wrong].slice(0, 20)).toEqual([]);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${catalog!.site}/sitemap.xml`);
  });
});
