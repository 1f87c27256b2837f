/**
 * The site on a phone (PRODUCT §5 "Readers first"), in headless Chromium:
 * - the jobs page answers "how many jobs in 2022, and was the plan met?" within the first
 *   two screens of a 390 × 844 phone, JavaScript off: the 2022 actual, plan and % of plan
 *   (126,9%), and a way to the downloads;
 * - no page scrolls sideways at 390 or 320 px (a wide table scrolls inside its own box).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { indicatorPath } from '../../src/lib/routes.ts';
import { launchChromium, localContext } from './browser.ts';
import { openLoaded } from './loaded.ts';
import { listed, pages } from './site.ts';

const baseUrl = inject('baseUrl');
const PHONE = { width: 390, height: 844 };
const TWO_SCREENS = 2 * PHONE.height;

let browser: Browser;
let phone: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  phone = await localContext(browser, baseUrl, { viewport: PHONE, javaScriptEnabled: false });
});
afterAll(async () => browser?.close());

const open = (context: BrowserContext, path: string): Promise<Page> => openLoaded(context, baseUrl, path);

/** Where an element's box ends, from the top of the page, if it is visible. */
const bottomOf = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return box.height > 0 && style.visibility !== 'hidden' ? box.bottom + window.scrollY : Number.POSITIVE_INFINITY;
  });

describe('the jobs page on a 390 px phone, without JavaScript', () => {
  for (const [lang, expected] of [['vi', ['2022', '203.027', '160.000', '126,9%']], ['en', ['2022', '203,027', '160,000', '126.9%']]] as const) {
    it(`(${lang}) shows the 2022 actual, plan and % of plan within two screens`, async () => {
      const page = await open(phone, indicatorPath(lang, 'jobs_created'));
      try {
        const row = page.locator('table.years tr[id="2022"]');
        expect(await row.count(), 'no row with id 2022 in table.years').toBe(1);
        const cells = (await row.locator('th, td').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
        expect(cells).toEqual(expected);
        expect(await row.isVisible()).toBe(true);
        expect(await bottomOf(page, 'table.years tr[id="2022"]'), `the 2022 row ends below ${TWO_SCREENS} px`).toBeLessThanOrEqual(TWO_SCREENS);
        // Each of its values links its source entry on the page.
        for (const href of await row.locator('td a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
          expect(href).toMatch(/^#source-/);
          expect(await page.locator(`[id="${href.slice(1)}"]`).count(), href).toBe(1);
        }
      } finally {
        await page.close();
      }
    });
  }

  it('links the downloads within two screens', async () => {
    const page = await open(phone, indicatorPath('vi', 'jobs_created'));
    try {
      expect(await bottomOf(page, 'a[href="#downloads"]')).toBeLessThanOrEqual(TWO_SCREENS);
      expect(await page.locator('#downloads a[data-download]').count()).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it('lets an article link a year: #2022 scrolls to its row', async () => {
    const page = await phone.newPage();
    try {
      await page.goto(new URL(`${indicatorPath('vi', 'jobs_created')}#2022`, baseUrl).href, { waitUntil: 'load' });
      const top = await page.locator('tr[id="2022"]').evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(PHONE.height);
    } finally {
      await page.close();
    }
  });
});

describe.concurrent('no page scrolls sideways on a phone (320 and 390 px)', () => {
  it.for(pages())('%s', async (path) => {
    const page = await phone.newPage();
    try {
      await page.setViewportSize({ width: 320, height: PHONE.height });
      await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
      const problems: string[] = [];
      for (const width of [320, 390]) {
        await page.setViewportSize({ width, height: PHONE.height });
        // The widest elements that stick out of the page, for the message.
        const { scrollWidth, culprits } = await page.evaluate(() => {
          const vw = document.documentElement.clientWidth;
          const out: string[] = [];
          for (const el of document.querySelectorAll('body *')) {
            const box = el.getBoundingClientRect();
            const parent = el.parentElement?.getBoundingClientRect();
            if (box.right > vw + 1 && box.width > 0 && (!parent || parent.right <= vw + 1)) {
              out.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> ends at ${Math.round(box.right)} px: ${(el.textContent ?? '').trim().slice(0, 50)}`);
            }
          }
          return { scrollWidth: document.documentElement.scrollWidth, culprits: out.slice(0, 5) };
        });
        if (scrollWidth > width) problems.push(`${width} px: the page is ${scrollWidth} px wide`, ...culprits);
      }
      expect(problems, listed(`${path}:`, problems)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
