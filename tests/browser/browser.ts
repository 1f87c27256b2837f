/**
 * Chromium for the browser tests: Debian's `chromium` (or `CHROMIUM_PATH`) driven by
 * playwright-core, with the flags that keep it from calling home, and a page opener that
 * records everything that went wrong while a page loaded.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Response } from 'playwright-core';

export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

/**
 * A context that only talks to the test server: any request to another origin is aborted
 * (the tests stay offline) and reported by `openPage`.
 */
export async function localContext(browser: Browser, baseUrl: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'UTC', ...options });
  const origin = new URL(baseUrl).origin;
  await context.route((url) => url.origin !== origin && url.protocol.startsWith('http'), (route) => route.abort('blockedbyclient'));
  return context;
}

export interface OpenedPage {
  page: Page;
  response: Response | null;
  /** Console errors, uncaught exceptions, failed or 4xx/5xx requests, off-site requests. */
  problems: string[];
}

/**
 * Opens `path` in a new page of `context` and waits until the network is quiet, so that
 * late failures (a widget's fetch, a lazy image) are caught too.
 */
export async function openPage(context: BrowserContext, baseUrl: string, path: string): Promise<OpenedPage> {
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const where = msg.location().url ? ` (${msg.location().url.replace(origin, '')})` : '';
      problems.push(`console error: ${msg.text()}${where}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    const url = request.url();
    problems.push(url.startsWith(origin)
      ? `request failed: ${url.replace(origin, '')} (${request.failure()?.errorText ?? 'unknown error'})`
      : `off-site request: ${url}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url().replace(origin, '')}`);
  });
  const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => problems.push('network still busy 10 s after load'));
  return { page, response, problems };
}
