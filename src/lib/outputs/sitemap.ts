/**
 * sitemap.xml with hreflang alternates (Google's `xhtml:link` form), and robots.txt.
 */
import type { Dataset } from '../data/model.ts';
import { LANGS, sitemapPath } from '../routes.ts';
import { sitePages } from './pages.ts';
import { absoluteUrl } from './url.ts';
import { escapeXml } from '../escape.ts';

/**
 * One `<url>` per page and language, each listing every language version of the page
 * (itself included) and `x-default` (the Vietnamese page, the site's default).
 */
export function sitemapXml(data: Dataset, site: string): string {
  const abs = (path: string) => escapeXml(absoluteUrl(site, path));
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ];
  for (const page of sitePages(data)) {
    const alternates = [
      ...LANGS.map((l) => `    <xhtml:link rel="alternate" hreflang="${l}" href="${abs(page.paths[l])}"/>`),
      `    <xhtml:link rel="alternate" hreflang="x-default" href="${abs(page.paths.vi)}"/>`,
    ];
    for (const lang of LANGS) {
      lines.push('  <url>', `    <loc>${abs(page.paths[lang])}</loc>`);
      if (page.lastmod) lines.push(`    <lastmod>${page.lastmod}</lastmod>`);
      lines.push(...alternates, '  </url>');
    }
  }
  lines.push('</urlset>');
  return `${lines.join('\n')}\n`;
}

/** robots.txt: everything may be crawled; the sitemap is announced. */
export const robotsTxt = (site: string): string => `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, sitemapPath)}\n`;
