/**
 * What the built site contains, read from dist/ when the tests are collected: its pages
 * (from the sitemap when there is one, else from the HTML files) and their kinds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** The built site under test: dist/, or another build in `ANSINH_DIST`. */
export const DIST = process.env.ANSINH_DIST ? resolve(process.env.ANSINH_DIST) : join(import.meta.dirname, '../../dist');

/** Every file under dist/, as URL-style paths relative to it (`chi-tieu/x/index.html`). */
export function distFiles(dist = DIST): string[] {
  if (!existsSync(dist)) return [];
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The URL path a built file is served at: `a/index.html` → `/a/`, `b.csv` → `/b.csv`. */
export const urlPathOf = (file: string): string =>
  file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;

/** Whether a built page asks search engines not to index it (an embed page, say). */
export function isNoindex(path: string, dist = DIST): boolean {
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file)) return false;
  return /<meta\s[^>]*name=["']?robots["']?[^>]*content=["'][^"']*noindex/i.test(readFileSync(file, 'utf8'));
}

/** The pages the HTML files make, except the 404 page (served with status 404). */
export function builtPages(dist = DIST): string[] {
  return distFiles(dist).filter((f) => f.endsWith('.html') && f !== '404.html').map(urlPathOf);
}

const locs = (xml: string) => [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));

/** The page paths a sitemap (or a sitemap index and its sitemaps) in dist/ lists, or null. */
export function sitemapPages(dist = DIST): string[] | null {
  const root = ['sitemap.xml', 'sitemap-index.xml'].map((f) => join(dist, f)).find(existsSync);
  if (!root) return null;
  const pages = new Set<string>();
  const read = (file: string, depth: number) => {
    const xml = readFileSync(file, 'utf8');
    const entries = locs(xml).map((u) => decodeURI(new URL(u, 'https://x.invalid').pathname));
    if (/<sitemapindex[\s>]/.test(xml) && depth === 0) {
      for (const p of entries) if (existsSync(join(dist, p))) read(join(dist, p), 1);
    } else {
      for (const p of entries) pages.add(p);
    }
  };
  read(root, 0);
  return [...pages].sort();
}

/** The pages under test: the sitemap's when dist/ has one, else every built page. */
export const pages = (dist = DIST): string[] => sitemapPages(dist) ?? builtPages(dist);

/** `/chi-tieu/<x>/` and `/en/indicators/<x>/`. */
export const isIndicatorPage = (path: string): boolean => /^\/(chi-tieu|en\/indicators)\/[^/]+\/$/.test(path);

/** Runs `fn` over `items`, at most `limit` at a time, keeping the order of the results. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** A problem list as an assertion message: one per line, under a heading. */
export const listed = (heading: string, items: readonly string[]): string => `${heading}\n  ${items.join('\n  ')}`;
