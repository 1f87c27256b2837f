/**
 * The page opener of the suites that read a page as loaded (charts, phone, no-JS): a new page,
 * no wait for the network, and a check that it answered 200. Apart from browser.ts, which
 * the bench imports outside Vitest.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Opens `path` in a new page of `context`, once loaded, and checks it answered 200. */
export async function openLoaded(context: BrowserContext, baseUrl: string, path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
  expect(response?.status(), `${path}: HTTP status`).toBe(200);
  return page;
}
