/**
 * Lighthouse (pinned 12.2.3) on an indicator page and a district page of the real site,
 * mobile preset (Lighthouse's default: Moto G Power viewport, simulated slow 4G and 4× CPU
 * slowdown), with Debian's Chromium launched by chrome-launcher with the project's flags.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from '../scripts/serve.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser/browser.ts';
import { log, packageVersion, skipped, type Skipped } from './lib.ts';
import { SITE_DIR } from './site.ts';

export const LIGHTHOUSE_PAGES = { indicator: '/chi-tieu/jobs-created/', district: '/quan-huyen/ba-dinh/' } as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseScores {
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  /** Key timings (ms, simulated mobile). */
  metrics: { fcpMs: number | null; lcpMs: number | null; tbtMs: number | null; cls: number | null };
  /** Audits that lost points (score < 1), by category, for the note. */
  failing: string[];
}

export interface LighthouseResult {
  version: string | null;
  preset: string;
  pages: Record<keyof typeof LIGHTHOUSE_PAGES, LighthouseScores | Skipped>;
}

export async function runLighthouse(): Promise<LighthouseResult | Skipped> {
  if (!existsSync(join(SITE_DIR, 'index.html'))) return skipped('skipped', 'the real site was not built');
  const server = await startServer({ dir: SITE_DIR, port: 0 });
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
  const pages = {} as LighthouseResult['pages'];
  try {
    for (const [kind, path] of Object.entries(LIGHTHOUSE_PAGES) as [keyof typeof LIGHTHOUSE_PAGES, string][]) {
      log(`lighthouse: ${path}`);
      if (!existsSync(join(SITE_DIR, path, 'index.html'))) { pages[kind] = skipped('skipped', `${path} is not in the built site`); continue; }
      const result = await lighthouse(`${server.url.replace(/\/$/, '')}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) { pages[kind] = skipped('failed', 'lighthouse returned no result'); continue; }
      const { lhr } = result;
      const score = (c: string) => (lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100));
      const numeric = (id: string) => { const v = lhr.audits[id]?.numericValue; return v === undefined ? null : Math.round(v * (id === 'cumulative-layout-shift' ? 1000 : 1)) / (id === 'cumulative-layout-shift' ? 1000 : 1); };
      const failing: string[] = [];
      for (const c of CATEGORIES) {
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          const a = lhr.audits[ref.id];
          if (ref.weight > 0 && a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual') failing.push(`${c}: ${a.id} (${a.displayValue ?? a.title})`);
        }
      }
      if (lhr.runtimeError) failing.push(`runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      pages[kind] = {
        path,
        scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
        metrics: { fcpMs: numeric('first-contentful-paint'), lcpMs: numeric('largest-contentful-paint'), tbtMs: numeric('total-blocking-time'), cls: numeric('cumulative-layout-shift') },
        failing,
      };
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return { version: packageVersion('lighthouse'), preset: 'mobile (Lighthouse default: simulated throttling, 4× CPU slowdown, Moto G Power screen)', pages };
}
