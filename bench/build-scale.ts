/**
 * Build scale: the real site build (`astro build`, data from ANSINH_DATA) on SYNTHETIC data
 * folders made by bench/synthetic.ts — full size (126 areas × 60 indicators × 15 years × 2
 * versions) and one tenth (6 indicators) — against a bare Astro project building as many
 * trivial pages in the same run. Share images (src/pages/og, ~35 ms each) are switched off
 * with ANSINH_OG=0 for the main figures and measured separately.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ASTRO, freshDir, log, NODE, rel, ROOT, round, run, tail, TMP, type Skipped, skipped } from './lib.ts';
import { newestProfile, summarizeProfile, type HotSpot } from './profile.ts';
import { WIDGET_BUNDLE } from './site.ts';
import { generateSyntheticData, type SyntheticSummary } from './synthetic.ts';

const SEED = 20251126;
const OUT = join(TMP, 'out');

export interface BuildFigure {
  /** HTML pages written. */
  pages: number;
  /** Every file the routes wrote: pages, data files, share images (not _astro/ or public/ copies). */
  routes: number;
  shareImages: number;
  outputMb: number;
  /** Wall time of the whole `astro build` process. */
  seconds: number;
  /** What Astro reports for its page generation ("N page(s) built in X s"). */
  astroSeconds: number | null;
  msPerPage: number;
  msPerRoute: number;
  peakRssMb: number | null;
}

/** Every file under `dir`, relative, with `/`. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

const publicFiles = new Set(existsSync(join(ROOT, 'public')) ? files(join(ROOT, 'public')) : []);

const PROFILES = join(TMP, 'profile-build');

/**
 * One `astro build` into bench/tmp/out/<label>, counted, then deleted. Every build runs
 * under the V8 sampling profiler (1 ms interval, its cost within run-to-run noise; the same
 * for all), so the hot spots come from the very runs measured: bench/tmp/profile-build/<label>.
 */
async function astroBuild(label: string, cwd: string, env: Record<string, string | undefined>): Promise<BuildFigure | Skipped> {
  const outDir = join(OUT, label);
  rmSync(outDir, { recursive: true, force: true });
  log(`build scale: ${label}`);
  const r = await run(NODE, ['--cpu-prof', `--cpu-prof-dir=${freshDir(join(PROFILES, label))}`, ASTRO, 'build', '--outDir', outDir], { cwd, env, timeoutMs: 300_000 });
  if (r.code !== 0) return skipped('failed', `astro build (${label}) exited ${r.code}: ${tail(r.stdout + r.stderr)}`);
  const all = files(outDir);
  const produced = all.filter((f) => !f.startsWith('_astro/') && !publicFiles.has(f));
  const pages = all.filter((f) => f.endsWith('.html')).length;
  const bytes = all.reduce((n, f) => n + statSync(join(outDir, f)).size, 0);
  rmSync(outDir, { recursive: true, force: true });
  const m = /(\d+) page\(s\) built in ([\d.]+)(m?s)/.exec(r.stdout);
  const astroSeconds = m ? Number(m[2]) / (m[3] === 'ms' ? 1000 : 1) : null;
  return {
    pages,
    routes: produced.length,
    shareImages: produced.filter((f) => f.startsWith('og/') && f.endsWith('.png')).length,
    outputMb: round(bytes / 2 ** 20, 1),
    seconds: round(r.seconds, 2),
    astroSeconds,
    msPerPage: round((r.seconds * 1000) / Math.max(pages, 1), 2),
    msPerRoute: round((r.seconds * 1000) / Math.max(produced.length, 1), 2),
    peakRssMb: r.peakRssMb,
  };
}

/** A minimal Astro project in bench/tmp/bare: one `[n].astro` whose getStaticPaths yields BARE_PAGES pages. */
function bareProject(): string {
  const dir = freshDir(join(TMP, 'bare'));
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "name": "bench-bare-astro", "private": true, "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ trailingSlash: 'always', build: { format: 'directory' } });\n");
  writeFileSync(join(dir, 'src/pages/[n].astro'), `---
export function getStaticPaths() {
  return Array.from({ length: Number(process.env.BARE_PAGES) }, (_, i) => ({ params: { n: String(i + 1) } }));
}
const { n } = Astro.params;
---
<html lang="en"><head><meta charset="utf-8"><title>Page {n}</title></head><body><h1>Page {n}</h1><p>A trivial page.</p></body></html>
`);
  return dir;
}

export interface BuildScaleResult {
  seed: number;
  data: { full: SyntheticSummary & { generateSeconds: number }; tenth: SyntheticSummary & { generateSeconds: number } };
  /** Without share images (ANSINH_OG=0). */
  full: BuildFigure | Skipped;
  tenth: BuildFigure | Skipped;
  /** With share images. */
  fullWithOg: BuildFigure | Skipped | { estimated: true; seconds: number; basis: string };
  tenthWithOg: BuildFigure | Skipped;
  /** ms per share image, from the tenth-size builds with and without them. */
  msPerShareImage: number | null;
  bare: { full: BuildFigure | Skipped; tenth: BuildFigure | Skipped };
  /** Our ms per route ÷ the bare build's, at the same number of routes (budget ≤ 2). */
  ratio: { full: number | null; tenth: number | null };
  /** Full ÷ tenth: observation rows, routes, seconds; and the marginal cost per added route. */
  growth: { rows: number; routes: number; seconds: number; marginalMsPerRoute: number } | null;
  /** The project's functions by share of the full-size build's CPU time (node --cpu-prof). */
  hotSpots: { size: 'full'; functions: HotSpot[] } | Skipped;
}

export async function buildScale(options: { deadline: number }): Promise<BuildScaleResult | Skipped> {
  freshDir(PROFILES);
  if (!existsSync(WIDGET_BUNDLE)) return skipped('not built', `the site build needs ${rel(WIDGET_BUNDLE)} (npm run build:widgets)`);
  const base = freshDir(join(TMP, 'synthetic'));
  const gen = (name: string, indicators: number) => {
    const t0 = performance.now();
    const summary = generateSyntheticData(join(base, name), { seed: SEED, indicators });
    return { ...summary, dir: rel(summary.dir), generateSeconds: round((performance.now() - t0) / 1000, 2) };
  };
  log('build scale: generating the synthetic data');
  const data = { full: gen('full', 60), tenth: gen('tenth', 6) };
  const envFor = (dir: string, og: boolean) => ({ ANSINH_DATA: join(ROOT, dir), ANSINH_OG: og ? undefined : '0' });

  const tenth = await astroBuild('tenth', ROOT, envFor(data.tenth.dir, false));
  const tenthWithOg = await astroBuild('tenth-og', ROOT, envFor(data.tenth.dir, true));
  const full = await astroBuild('full', ROOT, envFor(data.full.dir, false));

  const bareDir = bareProject();
  const bareAt = (routes: number, label: string) => astroBuild(label, bareDir, { BARE_PAGES: String(routes), ANSINH_DATA: undefined });
  const bare = {
    full: 'routes' in full ? await bareAt(full.routes, 'bare-full') : skipped('skipped', 'the full build failed'),
    tenth: 'routes' in tenth ? await bareAt(tenth.routes, 'bare-tenth') : skipped('skipped', 'the tenth build failed'),
  };

  const msPerShareImage = 'routes' in tenth && 'routes' in tenthWithOg && tenthWithOg.shareImages > 0
    ? round(((tenthWithOg.seconds - tenth.seconds) * 1000) / tenthWithOg.shareImages, 1)
    : null;
  // One share image per indicator, district and home page, per language.
  let fullWithOg: BuildScaleResult['fullWithOg'];
  if (!('routes' in full)) fullWithOg = skipped('skipped', 'the full build failed');
  else {
    const expectedImages = 'routes' in tenthWithOg ? full.pages - (tenthWithOg.pages - tenthWithOg.shareImages) : 0;
    const estimate = msPerShareImage === null ? null : round(full.seconds + (expectedImages * msPerShareImage) / 1000, 1);
    const remaining = (options.deadline - Date.now()) / 1000;
    if (estimate !== null && estimate * 1.3 > remaining - 30) {
      fullWithOg = { estimated: true, seconds: estimate, basis: `not run (about ${estimate} s; ${Math.round(remaining)} s left of the bench's time budget): full build without images + ${expectedImages} images × ${msPerShareImage} ms` };
    } else fullWithOg = await astroBuild('full-og', ROOT, envFor(data.full.dir, true));
  }

  let hotSpots: BuildScaleResult['hotSpots'];
  try {
    hotSpots = 'routes' in full
      ? { size: 'full', functions: summarizeProfile(newestProfile(join(PROFILES, 'full')), 10, (fn) => /\((src\/|code of src\/)/.test(fn)).projectByTotal }
      : full;
  } catch (e) {
    hotSpots = skipped('failed', e instanceof Error ? e.message : String(e));
  }

  const ratioOf = (ours: BuildFigure | Skipped, b: BuildFigure | Skipped) => ('routes' in ours && 'routes' in b ? round(ours.msPerRoute / b.msPerRoute, 1) : null);
  const growth = 'routes' in full && 'routes' in tenth
    ? {
      rows: round(data.full.observationRows / data.tenth.observationRows, 1),
      routes: round(full.routes / tenth.routes, 1),
      seconds: round(full.seconds / tenth.seconds, 1),
      marginalMsPerRoute: round(((full.seconds - tenth.seconds) * 1000) / (full.routes - tenth.routes), 1),
    }
    : null;
  return { seed: SEED, data, full, tenth, fullWithOg, tenthWithOg, msPerShareImage, bare, ratio: { full: ratioOf(full, bare.full), tenth: ratioOf(tenth, bare.tenth) }, growth, hotSpots };
}
