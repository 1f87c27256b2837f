/**
 * Every page loads cleanly in Chromium: status 200, no console error, no uncaught
 * exception, no failed or off-site request. And the sitemap lists exactly the built pages.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, localContext, openPage } from './browser.ts';
import { builtPages, isNoindex, listed, pages, sitemapPages } from './site.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  context = await localContext(browser, baseUrl);
});
afterAll(async () => browser?.close());

describe.concurrent('every page loads with status 200 and no error', () => {
  it.for(pages())('%s', async (path) => {
    const { page, response, problems } = await openPage(context, baseUrl, path);
    await page.close();
    expect(response?.status(), `${path}: HTTP status`).toBe(200);
    expect(problems, listed(`${path}:`, problems)).toEqual([]);
  });
});

describe('sitemap', () => {
  it('lists every built page (but noindex ones) and only built pages', ({ skip }) => {
    const listedPages = sitemapPages();
    if (listedPages === null) return skip('no dist/sitemap.xml yet: pages were found from the HTML files');
    const built = new Set(builtPages());
    const missing = [...built].filter((p) => !listedPages.includes(p) && !isNoindex(p));
    const extra = listedPages.filter((p) => !built.has(p));
    expect(missing, listed('built pages missing from the sitemap:', missing)).toEqual([]);
    expect(extra, listed('sitemap entries with no built page:', extra)).toEqual([]);
  });
});
