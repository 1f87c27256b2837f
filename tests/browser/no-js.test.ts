/**
 * Content needs no JavaScript (PRODUCT §5, §6). With JavaScript off, every page shows its
 * main content with the same headings as with it on; every indicator page shows its chart
 * (an inline `svg[role="img"]` in a `figure`, or the chart's `svg[role="group"]` of focusable
 * years, the narrow or the wide drawing by the viewport) and its data table (`table.data-table`), where
 * each value cell (`td.value`) links its source.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, localContext } from './browser.ts';
import { openLoaded } from './loaded.ts';
import { isIndicatorPage, listed, pages } from './site.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let noJs: BrowserContext;
let withJs: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  noJs = await localContext(browser, baseUrl, { javaScriptEnabled: false });
  withJs = await localContext(browser, baseUrl);
});
afterAll(async () => browser?.close());

const open = (context: BrowserContext, path: string): Promise<Page> => openLoaded(context, baseUrl, path);

/** The visible headings of `main`, in order, as "h2 Text". */
const headings = (page: Page) => page.locator('main').locator('h1, h2, h3').evaluateAll((els) =>
  els.filter((el) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0)
    .map((el) => `${el.tagName.toLowerCase()} ${(el.textContent ?? '').replace(/\s+/g, ' ').trim()}`));

describe.concurrent('with JavaScript off, the main content is there', () => {
  it.for(pages())('%s', async (path) => {
    const off = await open(noJs, path);
    const on = await open(withJs, path);
    try {
      await on.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
      expect(await off.locator('main h1').count(), `${path}: no h1 in main`).toBeGreaterThan(0);
      const [a, b] = [await headings(off), await headings(on)];
      expect(a.length, `${path}: no heading in main without JavaScript`).toBeGreaterThan(0);
      expect(a, `${path}: headings of main differ (- with JavaScript, + without)`).toEqual(b);
    } finally {
      await Promise.all([off.close(), on.close()]);
    }
  });
});

const indicatorPages = pages().filter(isIndicatorPage);

describe.concurrent('indicator pages without JavaScript: chart, table, a source on every value', () => {
  it('there are indicator pages to check', () => {
    expect(indicatorPages, 'no /chi-tieu/<x>/ or /en/indicators/<x>/ page was built').not.toEqual([]);
  });

  it.for(indicatorPages)('%s', async (path) => {
    const page = await open(noJs, path);
    try {
      const problems: string[] = [];
      const charts = page.locator('figure :is(svg[role="img"], svg[role="group"])');
      if (await charts.count() === 0) problems.push('no inline svg[role="img"] or svg[role="group"] inside a figure');
      else if (await charts.filter({ visible: true }).count() === 0) problems.push('no chart drawing is visible');
      const tables = page.locator('table.data-table');
      if (await tables.count() === 0) problems.push('no table.data-table');
      else if (!(await tables.first().isVisible())) problems.push('table.data-table is not visible');
      const cells = await tables.locator('td.value').evaluateAll((tds) => tds.map((td) => ({
        linked: td.querySelector('a[href]') !== null,
        text: (td.textContent ?? '').replace(/\s+/g, ' ').trim(),
        row: [...(td.closest('tr')?.cells ?? [])].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' | '),
      })));
      if ((await tables.count()) > 0 && cells.length === 0) problems.push('table.data-table has no td.value cell');
      for (const cell of cells.filter((c) => !c.linked)) problems.push(`value cell "${cell.text}" has no a[href] to its source (row: ${cell.row})`);
      expect(problems, listed(`${path}:`, problems)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
