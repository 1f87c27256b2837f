/**
 * Checks the built HTML (dist/) without a browser: structure every page promises with
 * JavaScript off. Skipped when the site has not been built (`npm run build`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DIST, builtSite } from './dist.ts';
import { loadData } from '../../src/lib/data/load.ts';
import type { Catalog } from '../../src/lib/outputs/catalog.ts';
import { alternatePath, catalogPath, districtPath, indicatorPath, LANGS } from '../../src/lib/routes.ts';

const built = builtSite('index.html', import.meta.filename);
const { data } = loadData(join(import.meta.dirname, '../../data'));
/**
 * The indicators the build published, each with the version its page shows: the newest
 * released one, or the newest draft in a preview build (ANSINH_PREVIEW=1), as the catalog says.
 */
const catalog = built && existsSync(join(DIST, catalogPath)) ? (JSON.parse(readFileSync(join(DIST, catalogPath), 'utf8')) as Catalog) : undefined;
const published = (catalog?.indicators ?? []).map((c) => {
  const ind = data.indicators.find((i) => i.id === c.id)!;
  return { ...ind, shown: ind.versions.find((v) => v.id === c.latest.version)! };
});

const page = (path: string) => parseHTML(readFileSync(join(DIST, path, 'index.html'), 'utf8')).document;
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? htmlFiles(join(dir, f)) : f === 'index.html' ? [join(dir, f)] : []));

describe.skipIf(!built)('built pages', () => {
  it('has every indicator and district page in both languages', () => {
    expect(published.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      for (const ind of published) expect(existsSync(join(DIST, indicatorPath(lang, ind.id), 'index.html')), ind.id).toBe(true);
      for (const a of data.areas.filter((x) => x.level === 'district')) expect(existsSync(join(DIST, districtPath(lang, a.slug), 'index.html')), a.slug).toBe(true);
    }
  });

  it('renders each indicator chart into the HTML, with a table whose every value links a source on the page', () => {
    for (const lang of LANGS) {
      for (const ind of published) {
        const doc = page(indicatorPath(lang, ind.id));
        const hasCity = ind.shown.observations.some((o) => o.area === '01');
        if (hasCity) {
          const svg = doc.querySelector('figure.chart svg.ansinh-chart[aria-labelledby]');
          expect(svg, `${lang} ${ind.id} chart`).not.toBeNull();
          expect(svg!.querySelector('title')?.textContent).toBeTruthy();
        }
        const cells = [...doc.querySelectorAll('table.data-table td.value')];
        expect(cells.length, `${lang} ${ind.id} table`).toBeGreaterThan(0);
        for (const td of cells) {
          const href = td.querySelector('a')?.getAttribute('href') ?? '';
          expect(href, `${lang} ${ind.id}`).toMatch(/^#source-/);
          expect(doc.getElementById(href.slice(1)), `${lang} ${ind.id} ${href}`).not.toBeNull();
        }
      }
    }
  });

  it('links every page to itself in the other language with hreflang alternates', () => {
    for (const file of htmlFiles(DIST)) {
      const path = `/${relative(DIST, file).replace(/index\.html$/, '')}`;
      // Embed pages are chrome-less by design: no navigation, no language switch.
      if (path.startsWith('/pagefind') || path === '/404/' || /^(\/en)?\/embed\//.test(path)) continue;
      const doc = parseHTML(readFileSync(file, 'utf8')).document;
      const lang = doc.documentElement.getAttribute('lang');
      expect(['vi', 'en'], path).toContain(lang);
      const other = lang === 'vi' ? 'en' : 'vi';
      expect(doc.querySelector('a[data-lang-switch]')?.getAttribute('href'), path).toBe(alternatePath(path, other));
      expect(doc.querySelector(`link[rel="alternate"][hreflang="${other}"]`)?.getAttribute('href'), path).toMatch(new RegExp(`${alternatePath(path, other).replaceAll('/', '\\/')}$`));
    }
  });

  it('never draws a district value of an abolished district as current: each district page says the level was abolished', () => {
    for (const a of data.areas.filter((x) => x.level === 'district')) {
      expect(page(districtPath('vi', a.slug)).querySelector('.notice')?.textContent).toContain('1/7/2025');
      expect(page(districtPath('en', a.slug)).querySelector('.notice')?.textContent).toContain('1 July 2025');
    }
  });
});
