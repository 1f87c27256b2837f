/**
 * What every widget test file sets up: Chromium, the host server (another origin than the
 * site, started in beforeAll, stopped in afterAll) with the host's own files, the site as
 * a newsroom sees it, and `open`: serve a host page, load it in a fresh context, wait for
 * the widgets.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../browser.ts';
import { listed } from '../site.ts';
import { hostContext, problems, recorded, settle, watch, type Watch } from './harness.ts';
import { hostHtml, installHostFiles, strictCsp, type HostPageOptions } from './page.ts';
import { startHost, type HostServer } from './server.ts';
import { site, type Site } from './site.ts';

export interface Opened {
  page: Page;
  context: BrowserContext;
  w: Watch;
  url: string;
  close: () => Promise<void>;
}

export interface OpenOptions {
  /** The page's CSP header: the strict one by default; '' for none. */
  csp?: string;
  context?: BrowserContextOptions;
  /** Called with the context before the page opens (to route requests). */
  prepare?: (context: BrowserContext) => Promise<unknown>;
  /** Wait for the widgets (default true). */
  settle?: boolean;
}

export interface HostSuite {
  s: Site;
  readonly browser: Browser;
  readonly host: HostServer;
  /** Serves the page at a new path of the host and opens it. */
  open: (page: HostPageOptions | string, options?: OpenOptions) => Promise<Opened>;
  /** Console errors, CSP violations (console and events), uncaught errors, and whether the host's own script ran. */
  allProblems: (o: Opened, failedLoadsAllowed?: boolean) => Promise<string[]>;
}

/** Registers the beforeAll / afterAll of a widget test file. */
export function useHostSuite(): HostSuite {
  const s = site(inject('baseUrl'));
  let browser: Browser | undefined;
  let host: HostServer | undefined;
  let count = 0;
  beforeAll(async () => {
    browser = await launchChromium();
    host = await startHost();
    installHostFiles(host);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  const suite: HostSuite = {
    s,
    get browser() {
      return browser!;
    },
    get host() {
      return host!;
    },
    async open(pageOptions, { csp = strictCsp(s.origin), context: contextOptions = {}, prepare, settle: wait = true } = {}) {
      const html = typeof pageOptions === 'string' ? pageOptions : hostHtml(pageOptions);
      const url = host!.page(`/article-${++count}.html`, html, csp || undefined);
      const context = await hostContext(browser!, [s.origin, host!.origin], contextOptions);
      await prepare?.(context);
      const page = await context.newPage();
      const w = watch(page);
      try {
        await page.goto(url, { waitUntil: 'load' });
        if (wait) await settle(page);
      } catch (e) {
        await context.close();
        throw new Error(`${(e as Error).message}\n${listed('problems:', problems(w))}`, { cause: e });
      }
      return { page, context, w, url, close: () => context.close() };
    },
    async allProblems(o, failedLoadsAllowed = false) {
      const rec = await recorded(o.page);
      return [
        ...problems(o.w, failedLoadsAllowed),
        ...rec.csp.map((line) => `securitypolicyviolation: ${line}`),
        ...rec.errors,
        ...(rec.hostOk ? [] : ["the host page's own script did not run (window.hostOk)"]),
      ];
    },
  };
  return suite;
}
