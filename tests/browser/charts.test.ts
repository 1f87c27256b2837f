/**
 * The charts as readers get them: on a 390 px phone the indicator page shows the narrow
 * drawing at its natural size (tick labels at least 12 px, nothing wider than the screen),
 * on a desktop the wide drawing filling the column; a year's words appear on hover and on
 * keyboard focus (the tooltip script); the year-to-date chart opens without JavaScript.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, localContext } from './browser.ts';
import { openLoaded } from './loaded.ts';

const baseUrl = inject('baseUrl');
const JOBS = ['/chi-tieu/jobs-created/', '/en/indicators/jobs-created/'];
let browser: Browser;
let phone: BrowserContext;
let desktop: BrowserContext;
let noJs: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  phone = await localContext(browser, baseUrl, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  desktop = await localContext(browser, baseUrl, { viewport: { width: 1366, height: 768 } });
  noJs = await localContext(browser, baseUrl, { viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
});
afterAll(async () => browser?.close());

const open = (context: BrowserContext, path: string): Promise<Page> => openLoaded(context, baseUrl, path);

/** The rendered size (CSS px) of the visible chart's tick labels, and how wide the chart is drawn and laid out. */
const measure = (page: Page) => page.locator('figure.chart').first().evaluate((figure) => {
  const svg = [...figure.querySelectorAll<SVGSVGElement>('svg.ansinh-chart')].find((s) => s.getBoundingClientRect().width > 0)!;
  const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute('width'));
  const ticks = [...svg.querySelectorAll('text.tick')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
  return { natural: Number(svg.getAttribute('width')), drawn: svg.getBoundingClientRect().width, column: figure.getBoundingClientRect().width, ticks };
});

describe('on a 390 px phone', () => {
  it.for(JOBS)('%s: tick labels are at least 12 px, and the page does not scroll sideways', async (path) => {
    const page = await open(phone, path);
    try {
      const m = await measure(page);
      expect(m.ticks.length).toBeGreaterThan(0);
      expect(Math.min(...m.ticks), `tick labels ${m.ticks.join(', ')} px`).toBeGreaterThanOrEqual(12);
      // The narrow drawing, at its natural size.
      expect(m.natural).toBe(358);
      expect(m.drawn).toBeCloseTo(358, 0);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(sideways, 'the page scrolls sideways').toBe(0);
    } finally {
      await page.close();
    }
  });
});

describe('on a desktop', () => {
  it('draws the wide chart across the column', async () => {
    const page = await open(desktop, JOBS[0]!);
    try {
      const m = await measure(page);
      expect(m.natural).toBe(880);
      expect(m.drawn).toBeCloseTo(m.column, 0);
      expect(Math.min(...m.ticks)).toBeGreaterThanOrEqual(12);
    } finally {
      await page.close();
    }
  });

  it("shows a year's words on hover and on keyboard focus, and hides them on Escape", async () => {
    const page = await open(desktop, JOBS[0]!);
    try {
      const tip = page.locator('figure.chart .ansinh-tip').first();
      const year = page.locator('.chart-wide g.yr').nth(4);
      const label = (await year.getAttribute('aria-label'))!;
      await year.hover();
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect((await tip.textContent())!.replace(/\n/g, '; ').replace(/^(\d{4}); /, '$1: ')).toBe(label);
      await page.mouse.move(0, 0);
      await expect.poll(() => tip.isVisible()).toBe(false);
      await page.locator('.chart-wide g.yr').first().focus();
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toContain(`${(await page.locator('.chart-wide g.yr').first().getAttribute('aria-label'))!.slice(0, 4)}\n`);
      await page.keyboard.press('Escape');
      await expect.poll(() => tip.isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  });
});

describe('without JavaScript', () => {
  it('the year-to-date chart opens in its <details>', async () => {
    const page = await open(noJs, JOBS[0]!);
    try {
      const more = page.locator('details.chart-more');
      if ((await more.count()) === 0) return;
      await more.locator('summary').click();
      expect(await more.locator('svg.ansinh-chart').filter({ visible: true }).count()).toBe(1);
    } finally {
      await page.close();
    }
  });
});
