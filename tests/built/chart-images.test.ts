/**
 * The built chart images, oEmbed files and their links (dist/): every indicator has both
 * images at `latest` (its city chart, or its district map), every version with a chart or a
 * map has them too, and nothing links to a missing one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DIST, builtSite } from './dist.ts';
import { loadData } from '../../src/lib/data/load.ts';
import { latestReleased, releasedVersions } from '../../src/lib/data/model.ts';
import { hasChartImage } from '../../src/lib/outputs/chart-images.ts';
import { chartImagePath, embedPath, indicatorPath, LANGS, oembedPath } from '../../src/lib/routes.ts';

const built = builtSite('data/catalog.json', import.meta.filename);
const { data } = loadData(join(import.meta.dirname, '../../data'));
const file = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);

describe.skipIf(!built)('chart images in dist/', () => {
  it('every indicator has an SVG and a PNG of its latest version in both languages', () => {
    const missing = data.indicators.flatMap((indicator) =>
      LANGS.flatMap((lang) => (['svg', 'png'] as const).map((ext) => chartImagePath(indicator.id, 'latest', lang, ext))))
      .filter((path) => !existsSync(file(path)));
    expect(missing).toEqual([]);
  });

  it('every released version with a city chart or a district map, and latest, has an SVG and a PNG in both languages; others have none', () => {
    const problems: string[] = [];
    let count = 0;
    for (const indicator of data.indicators) {
      const newest = latestReleased(indicator);
      for (const [ref, version] of [...releasedVersions(indicator).map((v) => [v.id, v] as const), ...(newest ? [['latest', newest] as const] : [])]) {
        for (const lang of LANGS) {
          for (const ext of ['svg', 'png'] as const) {
            const path = chartImagePath(indicator.id, ref, lang, ext);
            const exists = existsSync(file(path));
            if (exists !== hasChartImage(version)) problems.push(`${path}: ${exists ? 'built without chart data' : 'missing'}`);
            if (exists) count++;
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(300);
  });

  it('PNG files are PNGs and SVG files carry the fonts', () => {
    const dir = join(DIST, 'data/jobs_created/latest');
    expect([...readFileSync(join(dir, 'chart-vi.png')).subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const svg = readFileSync(join(dir, 'chart-vi.svg'), 'utf8');
    expect(svg).toContain('Lao động được giải quyết việc làm');
    expect(svg).toContain('data:font/woff2;base64,');
    // An indicator with district figures only: its district map, in the same frame.
    const map = readFileSync(join(DIST, 'data/population/latest/chart-vi.svg'), 'utf8');
    expect(map).toContain('>Dân số theo quận, huyện</text>');
    expect(map).toContain('class="ansinh-map"');
    expect(map).toContain('data:font/woff2;base64,');
    expect([...readFileSync(join(DIST, 'data/population/latest/chart-en.png')).subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  });

  it('each indicator page with an image links to both, at the version it shows', () => {
    for (const indicator of data.indicators) {
      const version = latestReleased(indicator);
      if (!version) continue;
      for (const lang of LANGS) {
        const { document } = parseHTML(readFileSync(file(indicatorPath(lang, indicator.id)), 'utf8'));
        const links = [...document.querySelectorAll('[data-chart-image] a')].map((a) => a.getAttribute('href'));
        expect(links, `${indicator.id} ${lang}`).toEqual(hasChartImage(version) ? [chartImagePath(indicator.id, version.id, lang, 'png'), chartImagePath(indicator.id, version.id, lang, 'svg')] : []);
      }
    }
  });

  it('each indicator page with an embed has an oEmbed discovery link whose JSON parses and embeds the embed page', () => {
    let seen = 0;
    for (const indicator of data.indicators) {
      for (const lang of LANGS) {
        const page = file(indicatorPath(lang, indicator.id));
        if (!existsSync(page)) continue;
        const { document } = parseHTML(readFileSync(page, 'utf8'));
        const link = document.querySelector('head link[rel="alternate"][type="application/json+oembed"]');
        const json = file(oembedPath(lang, 'indicator', indicator.id));
        expect(Boolean(link), `${indicator.id} ${lang}`).toBe(existsSync(json));
        if (!link) continue;
        seen++;
        expect(new URL(link.getAttribute('href')!).pathname).toBe(oembedPath(lang, 'indicator', indicator.id));
        expect(link.getAttribute('title')).toBeTruthy();
        const r = JSON.parse(readFileSync(json, 'utf8')) as { type: string; version: string; html: string };
        expect([r.type, r.version]).toEqual(['rich', '1.0']);
        const src = parseHTML(`<body>${r.html}</body>`).document.querySelector('iframe')!.getAttribute('src')!;
        const embedPage = new URL(src).pathname;
        expect(embedPage.startsWith(embedPath(lang, '', indicator.id).split('//')[0]!)).toBe(true);
        expect(existsSync(file(embedPage)), embedPage).toBe(true);
      }
    }
    expect(seen).toBeGreaterThan(100);
  });

  it('each embed page has its oEmbed file, and a discovery link to it', () => {
    for (const lang of LANGS) {
      const root = join(DIST, lang === 'vi' ? 'embed' : 'en/embed');
      // /en/embed/ is also the builder's page (index.html): only the folders are embed kinds.
      for (const kind of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
        for (const slug of readdirSync(join(root, kind))) {
          const path = oembedPath(lang, kind, slug.replaceAll('-', '_'));
          expect(existsSync(file(path)), `${lang}/${kind}/${slug}`).toBe(true);
          const html = readFileSync(join(root, kind, slug, 'index.html'), 'utf8');
          expect(html, `${lang}/${kind}/${slug}`).toMatch(new RegExp(`<link rel="alternate" type="application/json\\+oembed" href="https?://[^"]+${path.replaceAll('/', '\\/')}"`));
        }
      }
    }
  });

  it('feed entries carry the chart image of their version', () => {
    const feed = readFileSync(join(DIST, 'feed.xml'), 'utf8');
    const entry = feed.split('<entry>').find((e) => e.includes('/data/jobs_created/'))!;
    const version = /\/data\/jobs_created\/(\d{4}-\d\d-\d\d)\//.exec(entry)![1]!;
    expect(entry).toContain(`<media:thumbnail url="https://`);
    expect(entry).toContain(`${chartImagePath('jobs_created', version, 'vi', 'png')}"/>`);
    expect(existsSync(file(chartImagePath('jobs_created', version, 'vi', 'png')))).toBe(true);
  });
});
