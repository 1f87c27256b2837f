/**
 * The embed builder as a newsroom uses it (src/components/EmbedBuilder.astro,
 * src/scripts/embed-builder.ts): choose jobs created, pin the release whose figures cover
 * 2022, copy the script snippet, paste it into an article on another origin under a strict
 * CSP — the widget shows 2022's 126,9% and the fallback table inside the snippet lists
 * 2022's figures. Also: the preview takes its content's height at the chosen width, the
 * builder passes axe, fits a 390 px screen, and without JavaScript shows the default
 * snippets and no control.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { embedBuilderPath, indicatorPath, widgetScriptPath } from '../../src/lib/routes.ts';
import type { BuilderConfig } from '../../src/lib/site/embed-builder.ts';
import { listed } from './site.ts';
import { settle, snapshots, watch, problems } from './widget-host/harness.ts';
import { useHostSuite } from './widget-host/suite.ts';

const suite = useHostSuite();
const { s } = suite;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Opens a site page in a fresh context that reaches only the site. */
async function openSite(path: string, options: BrowserContextOptions = {}) {
  const context = await suite.browser.newContext({ locale: 'vi-VN', timezoneId: 'UTC', ...options });
  await context.route((url) => url.protocol.startsWith('http') && url.origin !== s.origin, (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  const w = watch(page);
  await page.goto(new URL(path, s.baseUrl).href, { waitUntil: 'load' });
  return { page, context, w };
}

/** Waits until the builder's script has taken over (its form is shown) and drawn its first snippets. */
async function ready(page: Page, root = '[data-builder]'): Promise<void> {
  await page.locator(root).scrollIntoViewIfNeeded();
  await page.waitForSelector(`${root} form[data-builder-form]:not([hidden])`);
  await page.waitForSelector(`${root} select[name=element] option`, { state: 'attached' });
}

const code = (page: Page, kind: string) => page.locator(`[data-out="${kind}"]`).first().textContent().then((t) => t ?? '');

/** Waits until the script snippet contains `text` (the builder redraws after loading a version's JSON). */
const snippetHas = (page: Page, text: string) =>
  page.waitForFunction((t) => (document.querySelector('[data-out="script"]')?.textContent ?? '').includes(t), text);

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(
    () => (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResults> } })
      .axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] }),
  );
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')}: ${v.help}`));
}

describe('the embed builder', () => {
  it('jobs created pinned to 2022: the copied snippet, on a host with a strict CSP, shows 126,9% and a 2022 fallback table', async () => {
    const { page, context, w } = await openSite(embedBuilderPath('vi'));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.origin });
    try {
      await ready(page);
      await page.selectOption('select[name=indicator]', 'jobs_created');
      await page.selectOption('select[name=element]', 'ansinh-chart');
      await page.check('input[name=pin][value=version]');
      await page.selectOption('select[name=version]', '2023-01-14');
      await snippetHas(page, 'version="2023-01-14"');
      await page.selectOption('select[name=period]', '2022');
      await page.selectOption('select[name=highlight]', '2022');
      await snippetHas(page, 'highlight="2022"');
      const shown = await code(page, 'script');

      await page.click('button[data-copy=script]');
      await page.waitForFunction(() => (document.querySelector('[data-builder-status]')?.textContent ?? '').startsWith('Đã sao chép'));
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied, 'the clipboard holds the snippet shown').toBe(shown);
      expect(copied).toContain('<ansinh-chart indicator="jobs_created" period="2022" version="2023-01-14" lang="vi" highlight="2022">');
      expect(problems(w), listed('problems on the builder page:', problems(w))).toEqual([]);

      // The snippet names the site's public origin (ANSINH_SITE); the test serves the site elsewhere.
      const config = JSON.parse(await page.locator('[data-builder-config]').textContent() ?? '{}') as BuilderConfig;
      const pasted = copied.replaceAll(new URL(config.site).origin, s.origin);
      const o = await suite.open({ body: pasted });
      try {
        const [widget] = await snapshots(o.page);
        expect(`${widget?.tag}: ${widget?.state}`).toBe('ansinh-chart: complete');
        expect(widget!.summary, 'the widget\'s plain-words summary').toContain('126,9%');
        expect(widget!.footer).toContain('2023-01-14');
        const fallback = await o.page.evaluate(() => [...document.querySelectorAll('ansinh-chart > table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent)));
        expect(fallback).toEqual([['2022', 'Thực hiện', '203.027 người'], ['2022', 'Kế hoạch', '160.000 người'], ['2022', '% kế hoạch', '126,9%']]);
        const found = await suite.allProblems(o);
        expect(found, listed('problems on the host page:', found)).toEqual([]);
      } finally {
        await o.close();
      }
    } finally {
      await context.close();
    }
  });

  it('previews the chosen options on the site\'s draft bundle, at the chosen width, as tall as its content', async () => {
    const { page, context, w } = await openSite(embedBuilderPath('en'), { viewport: { width: 1366, height: 900 } });
    try {
      await ready(page);
      await page.selectOption('select[name=element]', 'ansinh-jobs-progress');
      await page.selectOption('select[name=period]', '2022');
      await snippetHas(page, '<ansinh-jobs-progress indicator="jobs_created" period="2022" lang="en">');
      await page.check('input[value="390"]');
      const frameEl = page.locator('iframe[data-preview]');
      expect(await frameEl.getAttribute('width')).toBe('390');
      // The preview reloads once the snippet changed: wait until its document has the element.
      await page.waitForFunction(() => !!(document.querySelector('iframe[data-preview]') as HTMLIFrameElement | null)?.contentDocument?.querySelector('ansinh-jobs-progress[period="2022"]'));
      const frame = (await frameEl.elementHandle())!.contentFrame();
      const f = (await frame)!;
      await settle(f);
      const [widget] = await snapshots(f);
      expect(`${widget?.tag}: ${widget?.state}`).toBe('ansinh-jobs-progress: complete');
      expect(widget!.figure).toContain('126.9%');
      expect(await f.evaluate(() => document.querySelector('script[type=module]')?.getAttribute('src'))).toBe(new URL(widgetScriptPath(), s.baseUrl).href);
      const content = await f.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      await page.waitForFunction((h) => document.querySelector('iframe[data-preview]')?.getAttribute('height') === String(h), content);
      expect(content, 'a drawn progress bar is not the initial 420 px').not.toBe(420);
      expect(problems(w), listed('problems on the builder page:', problems(w))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('passes axe with its controls shown, and fits a 390 px screen without sideways scrolling', async () => {
    for (const path of [embedBuilderPath('vi'), indicatorPath('en', 'jobs_created')]) {
      const { page, context } = await openSite(path, { viewport: { width: 390, height: 844 } });
      try {
        await ready(page);
        await page.check('input[name=pin][value=as-of]');
        await page.waitForSelector('input[name=asOf]:visible');
        const violations = await axe(page);
        expect(violations, listed(`axe on ${path}:`, violations)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `sideways overflow on ${path} at 390 px`).toBeLessThanOrEqual(0);
        // The phone preview fits the screen: the widget is laid out at the width it has, not cut off.
        const cut = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.preview-frame iframe')].filter((f) => f.getBoundingClientRect().right > (f.parentElement?.getBoundingClientRect().right ?? Infinity) + 0.5).length);
        expect(cut, `preview cut off on ${path} at 390 px`).toBe(0);
      } finally {
        await context.close();
      }
    }
  });

  it('copies by keyboard, and falls back to selecting the snippet when the clipboard is refused', async () => {
    const { page, context } = await openSite(indicatorPath('vi', 'jobs_created'));
    try {
      await ready(page);
      // No clipboard permission in this context: writeText rejects in headless Chromium.
      await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }));
      await page.focus('button[data-copy=iframe]');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => (document.querySelector('[data-builder-status]')?.textContent ?? '').includes('Ctrl+C'));
      const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
      expect(selected).toBe(await code(page, 'iframe'));
      expect(selected).toContain('<iframe data-ansinh');
      expect(await page.locator('[data-builder-status]').getAttribute('aria-live')).toBe('polite');
    } finally {
      await context.close();
    }
  });

  it('without JavaScript: the default snippets as text, no control on show', async () => {
    const { page, context } = await openSite(indicatorPath('vi', 'jobs_created'), { javaScriptEnabled: false });
    try {
      const snippet = await code(page, 'script');
      expect(snippet).toContain('<ansinh-chart indicator="jobs_created" lang="vi">');
      expect(await page.locator('pre code[data-out=script]').isVisible()).toBe(true);
      const visibleControls = await page.locator('.builder select:visible, .builder input:visible, .builder button:visible').count();
      expect(visibleControls).toBe(0);
    } finally {
      await context.close();
    }
  });
});
