/**
 * The language switch (`a[data-lang-switch]`, PRODUCT §5 VI/EN parity): on every page it
 * leads to a page that answers 200, is in the other language (`<html lang>`), and whose own
 * switch leads back to where we started.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, localContext } from './browser.ts';
import { listed, pages } from './site.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  context = await localContext(browser, baseUrl);
});
afterAll(async () => browser?.close());

const OTHER: Record<string, string> = { vi: 'en', en: 'vi' };

/** Where the page's switch points (a path), or a problem. */
async function readSwitch(page: Page): Promise<{ to: string } | { problem: string }> {
  const hrefs = await page.locator('a[data-lang-switch]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  if (hrefs.length !== 1) return { problem: `expected one a[data-lang-switch], found ${hrefs.length}` };
  const url = new URL(hrefs[0]!);
  if (url.origin !== new URL(baseUrl).origin) return { problem: `the switch leaves the site: ${url.href}` };
  return { to: url.pathname };
}

describe.concurrent('the language switch leads to the same page in the other language and back', () => {
  it.for(pages())('%s', async (path) => {
    const page = await context.newPage();
    const problems: string[] = [];
    try {
      const start = await page.goto(new URL(path, baseUrl).href);
      expect(start?.status(), `${path}: HTTP status`).toBe(200);
      const lang = await page.getAttribute('html', 'lang');
      const other = OTHER[lang ?? ''];
      if (!other) problems.push(`<html lang="${lang}">: expected vi or en`);
      const there = await readSwitch(page);
      if ('problem' in there) problems.push(there.problem);
      else {
        const res = await page.goto(new URL(there.to, baseUrl).href);
        if (res?.status() !== 200) problems.push(`the switch leads to ${there.to}, which answers ${res?.status()}`);
        else {
          const otherLang = await page.getAttribute('html', 'lang');
          if (other && otherLang !== other) problems.push(`the switch leads to ${there.to}, whose <html lang="${otherLang}"> is not "${other}"`);
          const back = await readSwitch(page);
          if ('problem' in back) problems.push(`on ${there.to}: ${back.problem}`);
          else if (decodeURI(back.to) !== decodeURI(path)) problems.push(`the switch leads to ${there.to}, whose switch leads to ${back.to}, not back to ${path}`);
        }
      }
      expect(problems, listed(`${path}:`, problems)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
