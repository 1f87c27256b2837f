/**
 * Page weight of the real site (bench/tmp/site, built from data/ like dist/).
 *
 * Every built page (the HTML files but the 404 page) is weighed by reading its HTML: the
 * page itself and what it makes a browser fetch — stylesheets, icons, scripts and their
 * static imports, images, url()s in the stylesheets, iframes and, recursively, what those
 * load — each file counted once per page, at the size scripts/serve.ts sends it (gzip for
 * text, as a static host does):
 *
 * - `load`: what a visit fetches;
 * - `full`: plus the lazy images and iframes and everything inside <details> (the embed
 *   previews): what a reader who opens and scrolls through everything fetches.
 *
 * What scripts fetch at run time (the widgets' catalog.json and indicator JSON) is not in
 * the HTML: a sample of pages is also loaded in headless Chromium (empty cache) and its
 * measured transfer set beside the static figure, so the difference shows.
 *
 * "No JavaScript needed for content": every indicator and district page holds its data
 * table (and, where the indicator has city data, its chart SVG) in the HTML itself; the
 * sample's content pages are also checked in Chromium with JavaScript disabled.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { contentTypeFor, startServer } from '../scripts/serve.ts';
import { launchChromium } from '../tests/browser/browser.ts';
import { builtPages } from '../tests/browser/site.ts';
import { kb, log, median, skipped, type Skipped } from './lib.ts';
import { SITE_DIR } from './site.ts';

const CONTENT = /^\/((chi-tieu|quan-huyen)|en\/(indicators|districts))\/[^/]+\/$/;
const INDICATOR = /^\/(chi-tieu|en\/indicators)\/[^/]+\/$/;
/** What scripts/serve.ts gzips (its COMPRESSIBLE rule). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|geo\+json|manifest\+json|wasm)|image\/svg)/;

interface Transfer {
  total: number;
  js: number;
  requests: number;
}

interface PageWeight {
  path: string;
  load: Transfer;
  full: Transfer;
}

// ---- static accounting -------------------------------------------------------------------

const sizes = new Map<string, number | null>();

/** Bytes the server sends for a URL path (gzipped when compressible), null when not a file. */
function served(urlPath: string): number | null {
  if (sizes.has(urlPath)) return sizes.get(urlPath)!;
  let file = join(SITE_DIR, decodeURIComponent(urlPath));
  if (urlPath.endsWith('/')) file = join(file, 'index.html');
  let size: number | null = null;
  if (existsSync(file) && statSync(file).isFile()) {
    size = COMPRESSIBLE.test(contentTypeFor(file)) ? gzipSync(readFileSync(file)).length : statSync(file).size;
  }
  sizes.set(urlPath, size);
  return size;
}

/** Same-origin URL paths a file refers to, relative to its own URL; others are ignored. */
function resolveLocal(ref: string, base: string): string | null {
  const url = new URL(ref, `http://site.invalid${base}`);
  return url.origin === 'http://site.invalid' ? url.pathname : null;
}

const IMPORTS = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g;
const CSS_URLS = /url\(\s*["']?([^"')]+)["']?\s*\)/g;

interface Found {
  path: string;
  js: boolean;
  /** Fetched only when the reader opens or scrolls to it. */
  deferred: boolean;
}

/** What the HTML page at `path` makes a browser fetch, recursively through frames, scripts and CSS. */
function references(path: string, deferred: boolean, out: Map<string, Found>): void {
  const add = (p: string | null, js: boolean, lazy: boolean): boolean => {
    if (!p) return false;
    const prior = out.get(p);
    if (prior && (!prior.deferred || lazy)) return false;
    out.set(p, { path: p, js, deferred: lazy });
    return true;
  };
  const file = path.endsWith('/') ? join(SITE_DIR, path, 'index.html') : join(SITE_DIR, path);
  if (!existsSync(file)) return;
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const inDetails = (el: Element) => el.closest('details') !== null;
  const lazy = (el: Element) => deferred || el.getAttribute('loading') === 'lazy' || inDetails(el);

  for (const link of document.querySelectorAll('link[href]')) {
    const rel = ` ${(link.getAttribute('rel') ?? '').toLowerCase()} `;
    const p = resolveLocal(link.getAttribute('href')!, path);
    if (/ (stylesheet|icon|preload|modulepreload) /.test(rel) && add(p, / modulepreload /.test(rel), deferred) && p!.endsWith('.css')) cssRefs(p!, deferred, add);
  }
  for (const script of document.querySelectorAll('script[src]')) {
    const p = resolveLocal(script.getAttribute('src')!, path);
    if (add(p, true, deferred)) jsImports(p!, deferred, add);
  }
  for (const img of document.querySelectorAll('img[src], image[href], object[data]')) {
    add(resolveLocal(img.getAttribute('src') ?? img.getAttribute('href') ?? img.getAttribute('data')!, path), false, lazy(img));
  }
  // Browsers fetch /favicon.ico when a page names no icon.
  if (!document.querySelector('link[rel~="icon"]') && served('/favicon.ico') !== null) add('/favicon.ico', false, deferred);
  for (const frame of document.querySelectorAll('iframe[src]')) {
    const p = resolveLocal(frame.getAttribute('src')!, path);
    if (p && add(p, false, lazy(frame))) references(p, lazy(frame), out);
  }
}

function jsImports(path: string, deferred: boolean, add: (p: string | null, js: boolean, lazy: boolean) => boolean): void {
  const file = join(SITE_DIR, path);
  if (!existsSync(file)) return;
  for (const m of readFileSync(file, 'utf8').matchAll(IMPORTS)) {
    const p = resolveLocal(m[1]!, path);
    if (p && /\.m?js$/.test(p) && add(p, true, deferred)) jsImports(p, deferred, add);
  }
}

function cssRefs(path: string, deferred: boolean, add: (p: string | null, js: boolean, lazy: boolean) => boolean): void {
  const file = join(SITE_DIR, path);
  if (!existsSync(file)) return;
  for (const m of readFileSync(file, 'utf8').matchAll(CSS_URLS)) if (!m[1]!.startsWith('data:')) add(resolveLocal(m[1]!, path), false, deferred);
}

function staticWeight(path: string): PageWeight {
  const found = new Map<string, Found>();
  found.set(path, { path, js: false, deferred: false });
  references(path, false, found);
  const of = (xs: Found[]): Transfer => {
    const sized = xs.map((f) => ({ ...f, bytes: served(f.path) ?? 0 }));
    return { total: sum(sized.map((f) => f.bytes)), js: sum(sized.filter((f) => f.js).map((f) => f.bytes)), requests: xs.length };
  };
  const all = [...found.values()];
  return { path, load: of(all.filter((f) => !f.deferred)), full: of(all) };
}

/** With JavaScript off, the content is in the HTML: a table, and a chart SVG on indicator pages with one. */
function contentInHtml(path: string): string | null {
  const { document } = parseHTML(readFileSync(join(SITE_DIR, path, 'index.html'), 'utf8'));
  if (!document.querySelector('main table')) return `${path}: no table in the HTML`;
  return null;
}

// ---- Chromium cross-check ------------------------------------------------------------------

/** Transferred bytes (response bodies as sent) of one page load in a fresh context. */
async function measured(browser: Browser, origin: string, path: string, javaScriptEnabled = true): Promise<Transfer & { hasTable: boolean; hasSvg: boolean }> {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 }, javaScriptEnabled });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const bodies = new Map<string, { bytes: number; js: boolean }>();
  const types = new Map<string, string>();
  cdp.on('Network.responseReceived', (e) => { types.set(e.requestId, e.type); });
  cdp.on('Network.loadingFinished', (e) => {
    bodies.set(e.requestId, { bytes: e.encodedDataLength, js: types.get(e.requestId) === 'Script' });
  });
  try {
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    const dom = await page.evaluate(() => ({ hasTable: !!document.querySelector('main table'), hasSvg: !!document.querySelector('main svg') }));
    const xs = [...bodies.values()];
    return { total: sum(xs.map((x) => x.bytes)), js: sum(xs.filter((x) => x.js).map((x) => x.bytes)), requests: xs.length, ...dom };
  } finally {
    await context.close();
  }
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

interface Stats {
  pages: number;
  maxKb: number;
  maxPage: string;
  medianKb: number;
}

function stats(weights: PageWeight[], pick: (w: PageWeight) => number): Stats {
  const sorted = [...weights].sort((a, b) => pick(b) - pick(a));
  return { pages: weights.length, maxKb: kb(pick(sorted[0]!)), maxPage: sorted[0]!.path, medianKb: kb(median(weights.map(pick))) };
}

export interface PageWeightResult {
  method: string;
  pages: number;
  all: { load: Stats; full: Stats };
  indicatorPages: { load: Stats; full: Stats };
  districtPages: { load: Stats; full: Stats };
  /** Script bytes (gzip) on indicator and district pages. */
  contentJs: { loadMaxKb: number; loadMedianKb: number; fullMaxKb: number; fullMaxPage: string; pagesWithJsOnLoad: number };
  /** Content pages whose HTML lacks its table (empty: no content needs JavaScript). */
  noJsMissing: string[];
  /** Chromium on a sample: measured transfer on load (KB, headers included) beside the static figure. */
  chromium: { path: string; staticKb: number; measuredKb: number; measuredJsKb: number; requests: number; withoutJs?: { table: boolean; svg: boolean } }[];
  perPage: { path: string; loadKb: number; fullKb: number; loadJsKb: number; fullJsKb: number }[];
}

export async function pageWeight(): Promise<PageWeightResult | Skipped> {
  if (!existsSync(join(SITE_DIR, 'index.html'))) return skipped('skipped', 'the real site was not built');
  sizes.clear();
  const paths = builtPages(SITE_DIR).filter((p) => !p.startsWith('/_bench/'));
  log(`page weight: ${paths.length} pages`);
  const weights = paths.map(staticWeight);
  const content = weights.filter((w) => CONTENT.test(w.path));
  const indicators = weights.filter((w) => INDICATOR.test(w.path));
  const districts = content.filter((w) => !INDICATOR.test(w.path));
  const noJsMissing = content.map((w) => contentInHtml(w.path)).filter((x): x is string => x !== null);

  // The sample: the heaviest indicator page, one district page, the home page, and an embed page of each kind.
  const heaviest = [...indicators].sort((a, b) => b.load.total - a.load.total)[0]?.path;
  const sample = [...new Set([heaviest, '/chi-tieu/jobs-created/', '/en/indicators/jobs-created/', '/quan-huyen/ba-dinh/', '/en/districts/ba-dinh/', '/',
    ...['chart', 'headline', 'jobs-progress', 'district-compare'].map((k) => paths.find((p) => p.startsWith(`/embed/${k}/`)))])]
    .filter((p): p is string => p !== undefined && paths.includes(p));
  const server = await startServer({ dir: SITE_DIR, port: 0 });
  const origin = server.url.replace(/\/$/, '');
  const browser = await launchChromium();
  const chromium: PageWeightResult['chromium'] = [];
  try {
    log(`page weight: ${sample.length} pages in Chromium`);
    for (const path of sample) {
      const m = await measured(browser, origin, path);
      const entry: PageWeightResult['chromium'][number] = { path, staticKb: kb(weights.find((w) => w.path === path)!.load.total), measuredKb: kb(m.total), measuredJsKb: kb(m.js), requests: m.requests };
      if (CONTENT.test(path)) {
        const off = await measured(browser, origin, path, false);
        entry.withoutJs = { table: off.hasTable, svg: off.hasSvg };
        if (!off.hasTable || (INDICATOR.test(path) && !off.hasSvg)) noJsMissing.push(`${path}: ${off.hasTable ? 'no chart' : 'no table'} with JavaScript off (Chromium)`);
      }
      chromium.push(entry);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const both = (ws: PageWeight[]) => ({ load: stats(ws, (w) => w.load.total), full: stats(ws, (w) => w.full.total) });
  const fullJs = [...content].sort((a, b) => b.full.js - a.full.js)[0];
  return {
    method: 'every page: its HTML and what the HTML makes a browser fetch (stylesheets, icons, scripts and their static imports, images, CSS url()s, iframes recursively), each file once per page, at the size scripts/serve.ts sends (gzip for text). load = a visit; full = plus lazy and <details> content (the embed previews). Not included: what scripts fetch at run time (see the Chromium sample)',
    pages: weights.length,
    all: both(weights),
    indicatorPages: both(indicators),
    districtPages: both(districts),
    contentJs: {
      loadMaxKb: kb(Math.max(0, ...content.map((w) => w.load.js))),
      loadMedianKb: kb(median(content.map((w) => w.load.js))),
      fullMaxKb: kb(fullJs?.full.js ?? 0),
      fullMaxPage: fullJs?.path ?? '',
      pagesWithJsOnLoad: content.filter((w) => w.load.js > 0).length,
    },
    noJsMissing,
    chromium,
    perPage: weights.map((w) => ({ path: w.path, loadKb: kb(w.load.total), fullKb: kb(w.full.total), loadJsKb: kb(w.load.js), fullJsKb: kb(w.full.js) })),
  };
}
