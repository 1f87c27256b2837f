/**
 * Builds what the other parts measure, the way `npm run build` does but without touching
 * dist/: the widget bundle (.cache/widgets/ansinh.js), then the real site from data/ into
 * bench/tmp/site (astro build --outDir) and its Pagefind index.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { WIDGET_BUNDLE_FILE } from '../src/lib/widgets-contract.ts';
import { ASTRO, log, NODE, ROOT, rel, run, round, tail, TMP, TSX, type Skipped, skipped } from './lib.ts';

export const WIDGETS_SCRIPT = join(ROOT, 'scripts/build-widgets.ts');
export const WIDGET_BUNDLE = join(ROOT, WIDGET_BUNDLE_FILE);
export const SITE_DIR = join(TMP, 'site');

export interface WidgetsBuild {
  seconds: number;
  bundle: string;
}

/** Runs scripts/build-widgets.ts when it exists; "not built" while neither it nor a bundle exists. */
export async function buildWidgets(): Promise<WidgetsBuild | Skipped> {
  if (!existsSync(WIDGETS_SCRIPT)) {
    return existsSync(WIDGET_BUNDLE)
      ? { seconds: 0, bundle: rel(WIDGET_BUNDLE) }
      : skipped('not built', `${rel(WIDGETS_SCRIPT)} does not exist yet, and there is no ${WIDGET_BUNDLE_FILE}`);
  }
  log('building the widget bundle');
  const r = await run(NODE, [TSX, WIDGETS_SCRIPT]);
  if (r.code !== 0 || !existsSync(WIDGET_BUNDLE)) return skipped('failed', `build-widgets exited ${r.code}: ${tail(r.stderr || r.stdout)}`);
  return { seconds: round(r.seconds, 2), bundle: rel(WIDGET_BUNDLE) };
}

export interface SiteBuild {
  dir: string;
  astroSeconds: number;
  pagefindSeconds: number;
  peakRssMb: number | null;
}

/** The real site from data/, into bench/tmp/site. Needs the widget bundle (the site serves it). */
export async function buildSite(): Promise<SiteBuild | Skipped> {
  if (!existsSync(WIDGET_BUNDLE)) return skipped('not built', `the site build needs ${WIDGET_BUNDLE_FILE} (npm run build:widgets)`);
  log('building the real site into bench/tmp/site');
  const env = { ANSINH_DATA: undefined, ANSINH_OG: undefined };
  const astro = await run(NODE, [ASTRO, 'build', '--outDir', SITE_DIR], { env });
  if (astro.code !== 0) return skipped('failed', `astro build exited ${astro.code}: ${tail(astro.stdout + astro.stderr)}`);
  const pagefind = await run(NODE, [TSX, join(ROOT, 'scripts/pagefind.ts'), SITE_DIR]);
  if (pagefind.code !== 0) return skipped('failed', `pagefind exited ${pagefind.code}: ${tail(pagefind.stdout + pagefind.stderr)}`);
  return { dir: rel(SITE_DIR), astroSeconds: round(astro.seconds, 1), pagefindSeconds: round(pagefind.seconds, 1), peakRssMb: astro.peakRssMb };
}
