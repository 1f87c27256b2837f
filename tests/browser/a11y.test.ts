/**
 * axe-core on every page, WCAG 2.0/2.1 A and AA plus 2.2 AA: zero violations. Each
 * violation is reported with its rule id, the element's selector and the page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, localContext } from './browser.ts';
import { listed, pages } from './site.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  // The page's own CSP may forbid inline scripts; axe is injected as one.
  context = await localContext(browser, baseUrl, { bypassCSP: true });
});
afterAll(async () => browser?.close());

describe.concurrent('axe-core: no WCAG 2.2 AA violation', () => {
  it.for(pages())('%s', async (path) => {
    const page = await context.newPage();
    try {
      await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
      await page.addScriptTag({ content: AXE_SOURCE });
      const results = await page.evaluate(
        (tags) => (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResults> } })
          .axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
        TAGS,
      );
      const found = results.violations.flatMap((v) =>
        v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}) ${n.target.join(' ')} on ${path}: ${v.help}`));
      expect(found, listed(`${found.length} axe violations on ${path}:`, found)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
