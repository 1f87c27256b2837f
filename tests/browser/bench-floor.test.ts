/**
 * The bench's floor pages (bench/widgets.ts): `floor.js` must do the network work our
 * widgets do — the same files, one request each — and draw what the bench's detector waits
 * for, or "vega-embed ÷ floor" would bound nothing. Opened next to ours in Chromium, on a
 * copy of the files they read from the built site.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageDone, TEN_WIDGETS, writePages } from '../../bench/widgets.ts';
import { startServer } from '../../scripts/serve.ts';
import { dataFilePath, widgetScriptPath } from '../../src/lib/routes.ts';
import { elementPaths } from '../../src/lib/site/embed.ts';
import { launchChromium } from './browser.ts';
import { DIST } from './site.ts';

interface Seen {
  error?: string | undefined;
  drawn?: number | undefined;
  each?: Record<string, number> | undefined;
  /** Paths of the page's data requests, in order. */
  data: string[];
}

const dir = mkdtempSync(join(tmpdir(), 'ansinh-floor-'));
let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  const charts = TEN_WIDGETS.filter((w) => w.element === 'ansinh-chart').map((w) => dataFilePath(w.indicator, 'latest', 'json'));
  const files = [...new Set([widgetScriptPath(), ...charts, ...TEN_WIDGETS.flatMap((w) => elementPaths(w.element, w.indicator))])];
  for (const path of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    copyFileSync(join(DIST, path), join(dir, path));
  }
  writePages(dir);
  server = await startServer({ dir, port: 0 });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(page: string): Promise<Seen> {
  const context = await browser.newContext();
  try {
    const p = await context.newPage();
    await Promise.all([pageDone(p), p.goto(`${server.url}_bench/${page}`)]);
    return await p.evaluate(() => {
      const w = window as unknown as { __error?: string; __drawn?: number; __each?: Record<string, number> };
      const data = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => new URL(e.name).pathname).filter((path) => path.startsWith('/data/'));
      return { error: w.__error, drawn: w.__drawn, each: w.__each, data };
    });
  } finally {
    await context.close();
  }
}

describe("the bench's fetch-and-draw floor", () => {
  it('one element: draws the shapes the detector counts, from the same single request as ours', async () => {
    const [floor, ours] = [await open('floor-chart.html'), await open('ours-chart.html')];
    for (const seen of [floor, ours]) {
      expect(seen.error).toBeUndefined();
      expect(seen.drawn).toBeGreaterThan(0);
    }
    expect(floor.data).toEqual([dataFilePath('jobs_created', 'latest', 'json-v2')]);
    expect(floor.data).toEqual(ours.data);
  });

  it('ten elements: every one drawn, and the same files as ours, each requested once', async () => {
    const [floor, ours] = [await open('floor-ten.html'), await open('ours-ten.html')];
    for (const seen of [floor, ours]) {
      expect(seen.error).toBeUndefined();
      expect(seen.drawn).toBeGreaterThan(0);
      expect(Object.keys(seen.each ?? {}).sort()).toHaveLength(TEN_WIDGETS.length);
      expect(new Set(seen.data).size, 'no file fetched twice').toBe(seen.data.length);
    }
    expect(Object.keys(floor.each!).sort()).toEqual(Object.keys(ours.each!).sort());
    expect([...floor.data].sort()).toEqual([...ours.data].sort());
  });
});
