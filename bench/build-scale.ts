/**
 * Build scale: the real site build (`astro build`, data from ANSINH_DATA) on SYNTHETIC data
 * folders made by bench/synthetic.ts — one tenth (6 indicators), the full size (126 areas ×
 * 60 indicators × 15 years × 2 versions) and ten times the full size (600 indicators) —
 * against a bare Astro project building as many trivial pages in the same run, and each
 * size against the full one. Share images (src/pages/og) are switched off with ANSINH_OG=0
 * for the main figures and measured separately: a first build with an empty image cache,
 * then a second one with the cache the first filled (src/lib/og/cache.ts). Released files
 * (workbooks, release zips) are read from an output cache kept across bench runs, as a
 * deploy keeps `.cache/`; first builds, which produce them, are measured beside (`cold`).
 *
 * Every build runs under GNU time: wall time, CPU time (user + system: less sensitive than
 * wall time to other work on the machine) and the peak resident size of the whole process
 * tree; one more full-size build runs under `node --cpu-prof` and names the hot spots.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ASTRO, freshDir, log, NODE, rel, ROOT, round, run, tail, TMP, type Skipped, skipped } from './lib.ts';
import { newestProfile, summarizeProfile, type HotSpot } from './profile.ts';
import { WIDGET_BUNDLE } from './site.ts';
import { generateSyntheticData, type SyntheticSummary } from './synthetic.ts';

const SEED = 20251126;
const OUT = join(TMP, 'out');
/** The three sizes, by number of indicators (126 areas, 15 years, 2 versions each). */
export const SIZES = { tenth: 6, full: 60, ten: 600 } as const;
export type Size = keyof typeof SIZES;

export interface BuildFigure {
  /** HTML pages written. */
  pages: number;
  /** Every file the routes wrote: pages, data files, share images (not _astro/ or public/ copies). */
  routes: number;
  shareImages: number;
  outputMb: number;
  /** Wall time of the whole `astro build` process. */
  seconds: number;
  /** CPU time (user + system) of the build, s; null without GNU time. */
  cpuSeconds: number | null;
  /** What Astro reports for its page generation ("N page(s) built in X s"). */
  astroSeconds: number | null;
  msPerPage: number;
  msPerRoute: number;
  /** CPU ms per page and per route; null without GNU time. */
  cpuMsPerPage: number | null;
  cpuMsPerRoute: number | null;
  /** Peak resident size of the build's whole process tree, MB. */
  peakRssMb: number | null;
  /** Peak resident size of its largest single process (GNU time), MB. */
  peakProcessRssMb: number | null;
  /** Astro's own time per kind of route (its "+N ms" per route), ms per route: where the time goes. */
  byKind: Record<string, { routes: number; msPerRoute: number }>;
  /**
   * Files the build wrote to the output cache (released versions' workbooks, release zips:
   * src/lib/content-cache.ts), and the files it held before: 0 written means every released
   * file was read back (a warm cache), as in a deploy that keeps `.cache/`.
   */
  outputCache: { written: number; before: number };
}

/** The kinds of routes, by path: pages of each kind in both languages, data files, share images. */
const ROUTE_KINDS: [kind: string, path: RegExp][] = [
  ['indicator pages', /^\/(en\/indicators|chi-tieu)\/[^/]+\/index\.html$/],
  ['district pages', /^\/(en\/districts|quan-huyen)\/[^/]+\/index\.html$/],
  ['embed pages', /^\/(en\/)?embed\//],
  ['data files', /^\/data\/[^/]+\/[^/]+\//],
  ['share images', /^\/og\//],
  ['feeds', /feed\.xml$/],
];

/** Astro's per-route times ("├─ /path (+12ms)"), summed per kind of route. */
export function routeTimes(stdout: string): BuildFigure['byKind'] {
  const sums = new Map<string, { routes: number; ms: number }>();
  for (const m of stdout.matchAll(/[├└]─ (\S+?)\/? \(\+([\d.]+)(m?s)\)/g)) {
    const path = m[1]!;
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const kind = ROUTE_KINDS.find(([, re]) => re.test(path))?.[0] ?? 'other';
    const s = sums.get(kind) ?? { routes: 0, ms: 0 };
    s.routes++;
    s.ms += ms;
    sums.set(kind, s);
  }
  return Object.fromEntries([...sums].map(([k, v]) => [k, { routes: v.routes, msPerRoute: round(v.ms / v.routes, 1) }]));
}

/** Every file under `dir`, relative, with `/`. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

const publicFiles = new Set(existsSync(join(ROOT, 'public')) ? files(join(ROOT, 'public')) : []);

const PROFILES = join(TMP, 'profile-build');

/** Astro's "N page(s) built in 12.34s" or "in 1m 45s", in seconds. */
export function astroBuiltSeconds(stdout: string): number | null {
  const m = /page\(s\) built in (?:(\d+)m\s*)?([\d.]+)(m?s)\b/.exec(stdout);
  if (!m) return null;
  return Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
}

/**
 * One `astro build` into bench/tmp/out/<label>, counted, then deleted. Measured builds run
 * without the profiler (it costs our builds ~25% and a trivial one less, which would skew
 * every ratio); `profile` runs it under the V8 sampling profiler instead, for the hot spots
 * (bench/tmp/profile-build/<label>).
 */
async function astroBuild(label: string, cwd: string, env: Record<string, string | undefined>, timeoutMs = 420_000, profile = false): Promise<BuildFigure | Skipped> {
  const outDir = join(OUT, label);
  rmSync(outDir, { recursive: true, force: true });
  log(`build scale: ${label}`);
  const profiler = profile ? ['--cpu-prof', `--cpu-prof-dir=${freshDir(join(PROFILES, label))}`] : [];
  const cacheDir = env.ANSINH_OUTPUT_CACHE;
  const cached = () => (cacheDir && existsSync(cacheDir) ? readdirSync(cacheDir).filter((f) => /\.(xlsx|zip)$/.test(f)).length : 0);
  const before = cached();
  const r = await run(NODE, [...profiler, ASTRO, 'build', '--outDir', outDir], { cwd, env, timeoutMs });
  if (r.code !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    return skipped('failed', r.timedOut
      ? `astro build (${label}) stopped after ${Math.round(timeoutMs / 1000)} s, the time left of the bench's budget (${cached() - before} released files produced and cached for the next run)`
      : `astro build (${label}) exited ${r.code}: ${tail(r.stdout + r.stderr)}`);
  }
  const written = cached() - before;
  const all = files(outDir);
  const produced = all.filter((f) => !f.startsWith('_astro/') && !publicFiles.has(f));
  const pages = all.filter((f) => f.endsWith('.html')).length;
  const bytes = all.reduce((n, f) => n + statSync(join(outDir, f)).size, 0);
  rmSync(outDir, { recursive: true, force: true });
  const per = (seconds: number | null, n: number) => (seconds === null ? null : round((seconds * 1000) / Math.max(n, 1), 2));
  return {
    pages,
    routes: produced.length,
    shareImages: produced.filter((f) => f.startsWith('og/') && f.endsWith('.png')).length,
    outputMb: round(bytes / 2 ** 20, 1),
    seconds: round(r.seconds, 2),
    cpuSeconds: r.cpuSeconds,
    astroSeconds: astroBuiltSeconds(r.stdout),
    msPerPage: per(r.seconds, pages)!,
    msPerRoute: per(r.seconds, produced.length)!,
    cpuMsPerPage: per(r.cpuSeconds, pages),
    cpuMsPerRoute: per(r.cpuSeconds, produced.length),
    peakRssMb: r.peakRssMb,
    peakProcessRssMb: r.peakProcessRssMb,
    byKind: routeTimes(r.stdout),
    outputCache: { written, before },
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

// ---- synthetic data, generated once per generator ------------------------------------------

const SYNTHETIC = join(TMP, 'synthetic');

/**
 * What a synthetic folder's bytes depend on: the seed and size, the generator, the loader
 * that computes its lock (src/lib/data) and the real boundaries it copies. A folder made
 * from the same inputs is reused by later runs (the ten-times size takes ~1 minute to make).
 */
function syntheticKey(indicators: number): string {
  const hash = createHash('sha256').update(JSON.stringify({ seed: SEED, indicators }));
  const inputs = ['bench/synthetic.ts', 'data/geo/districts-pre2025.geojson', 'data/geo/SOURCE.md',
    ...readdirSync(join(ROOT, 'src/lib/data')).filter((f) => f.endsWith('.ts')).sort().map((f) => `src/lib/data/${f}`)];
  for (const f of inputs) hash.update(f).update(readFileSync(join(ROOT, f)));
  return hash.digest('hex').slice(0, 12);
}

type SyntheticFolder = SyntheticSummary & { generateSeconds: number; reused: boolean };

export function syntheticFolder(size: Size): SyntheticFolder {
  const indicators = SIZES[size];
  const dir = join(SYNTHETIC, `${size}-${syntheticKey(indicators)}`);
  const summaryFile = join(dir, '.bench-summary.json');
  mkdirSync(SYNTHETIC, { recursive: true });
  if (existsSync(summaryFile)) {
    return { ...(JSON.parse(readFileSync(summaryFile, 'utf8')) as SyntheticSummary), dir: rel(dir), generateSeconds: 0, reused: true };
  }
  log(`build scale: generating the synthetic data (${size}: ${indicators} indicators)`);
  const t0 = performance.now();
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  const summary = generateSyntheticData(partial, { seed: SEED, indicators });
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  const done = { ...summary, dir: rel(dir) };
  writeFileSync(summaryFile, `${JSON.stringify(done)}\n`);
  return { ...done, generateSeconds: round((performance.now() - t0) / 1000, 1), reused: false };
}

// ---- results --------------------------------------------------------------------------------

type Built = BuildFigure | Skipped;
const built = (b: Built | undefined): b is BuildFigure => b !== undefined && 'routes' in b;

export interface BuildScaleResult {
  seed: number;
  data: Record<Size, SyntheticFolder>;
  /**
   * Without share images (ANSINH_OG=0), with a warm output cache: released files read back
   * (each figure's outputCache.written says whether it was).
   */
  tenth: Built;
  full: Built;
  ten: Built;
  /**
   * First builds: the tenth size with an empty output cache (every run), and the full size
   * when this run found its cache cold (null when it was warm: not measured). `ratio`: ms per
   * route against bare Astro at the same size, wall and CPU.
   */
  cold: { tenth: Built; full: Built | null; ratio: { tenth: number | null; full: number | null; cpu: { tenth: number | null; full: number | null } } };
  /** Bare Astro, as many routes as each size. */
  bare: { tenth: Built; full: Built; ten: Built };
  /** Ours ÷ bare, ms per route (wall time) at each size; `cpu`: the same with CPU time. Budget ≤ 2 (PRODUCT §6: at ~15k routes, the ten-times size). */
  ratio: { tenth: number | null; full: number | null; ten: number | null; cpu: { tenth: number | null; full: number | null; ten: number | null } };
  /** Ten times the full size against the full size: the budget is per-page cost ≤ 1.2×, peak RSS < 2 GB. */
  scale: {
    rows: number;
    pages: number;
    routes: number;
    /** ten ÷ full, ms per HTML page and per route, wall and CPU. */
    perPage: number;
    perRoute: number;
    cpuPerPage: number | null;
    cpuPerRoute: number | null;
    peakRssMb: number | null;
  } | null;
  /** Full ÷ tenth: observation rows, routes, seconds; and the marginal cost per added route. */
  growth: { rows: number; routes: number; seconds: number; marginalMsPerRoute: number } | null;
  /** Share images at the tenth size: the first build renders every image, the second reads them from the cache the first filled. */
  shareImages: {
    first: Built;
    second: Built;
    images: number | null;
    /** ms per image beyond the build without images: rendered, and read from the cache. */
    msPerImageRendered: number | null;
    msPerImageCached: number | null;
    /** Second build's time ÷ first's. */
    secondToFirst: number | null;
  };
  /** The full size with share images (empty cache), or an estimate when the bench's time ran short. */
  fullWithOg: Built | { estimated: true; seconds: number; basis: string };
  /** The project's functions by share of the full-size build's CPU time (a separate build under node --cpu-prof). */
  hotSpots: Partial<Record<'full', HotSpot[] | Skipped>>;
}

const ratio = (a: number | null | undefined, b: number | null | undefined, digits = 1) =>
  a === null || a === undefined || b === null || b === undefined || b === 0 ? null : round(a / b, digits);

function hotSpotsOf(label: string): HotSpot[] | Skipped {
  try {
    return summarizeProfile(newestProfile(join(PROFILES, label)), 16, (fn) => /\((src\/|code of src\/)/.test(fn)).projectByTotal;
  } catch (e) {
    return skipped('failed', e instanceof Error ? e.message : String(e));
  }
}

export async function buildScale(options: { deadline: number }): Promise<BuildScaleResult | Skipped> {
  freshDir(PROFILES);
  if (!existsSync(WIDGET_BUNDLE)) return skipped('not built', `the site build needs ${rel(WIDGET_BUNDLE)} (npm run build:widgets)`);
  // Folders made from other inputs (or by an older bench) are stale.
  const current = new Set((Object.keys(SIZES) as Size[]).map((size) => `${size}-${syntheticKey(SIZES[size])}`));
  if (existsSync(SYNTHETIC)) for (const e of readdirSync(SYNTHETIC)) if (!current.has(e)) rmSync(join(SYNTHETIC, e), { recursive: true, force: true });
  const data = { tenth: syntheticFolder('tenth'), full: syntheticFolder('full'), ten: syntheticFolder('ten') };
  const ogCache = freshDir(join(TMP, 'og-cache'));
  const envFor = (size: Size, og: boolean, cache = ogCache) => ({ ANSINH_DATA: join(ROOT, data[size].dir), ANSINH_OG: og ? undefined : '0', ANSINH_OG_CACHE: cache });
  const left = () => (options.deadline - Date.now()) / 1000;

  // Released files (workbooks, release zips) are produced once, ever, and kept in the output
  // cache (src/lib/content-cache.ts), as a deploy that keeps `.cache/` does: the bench keeps
  // its own in bench/tmp across runs. The measured builds read it; a build that finds it
  // cold fills it, and is then the "first build" figure, measured again warm. The tenth size
  // is also built with an empty cache every run, for the cost of a first build.
  const outputCache = join(TMP, 'output-cache');
  const withCache = (env: Record<string, string | undefined>, dir = outputCache) => ({ ...env, ANSINH_OUTPUT_CACHE: dir });
  const tenthCold = await astroBuild('tenth-cold', ROOT, withCache(envFor('tenth', false), freshDir(join(TMP, 'output-cache-cold'))));
  rmSync(join(TMP, 'output-cache-cold'), { recursive: true, force: true });
  const warmBuild = async (size: Size, label: string): Promise<{ warm: Built; first: Built | null }> => {
    const once = await astroBuild(label, ROOT, withCache(envFor(size, false)));
    if (!built(once) || once.outputCache.written === 0) return { warm: once, first: null };
    return { warm: await astroBuild(`${label}-warm`, ROOT, withCache(envFor(size, false))), first: once };
  };
  const { warm: tenth } = await warmBuild('tenth', 'tenth');
  const { warm: full, first: fullFirst } = await warmBuild('full', 'full');

  // The short builds (bare Astro, share images: about a minute) run next; then the ten-times
  // build takes the time left but what its bare peer needs; the profiled build and the full
  // size with images run only when time is still left.
  const bareDir = bareProject();
  const bareAt = (b: Built, label: string) => (built(b) ? astroBuild(label, bareDir, { BARE_PAGES: String(b.routes), ANSINH_DATA: undefined }) : Promise.resolve(skipped('skipped', `the ${label.slice(5)} build did not run`)));
  const bareTenth = await bareAt(tenth, 'bare-tenth');
  const bareFull = await bareAt(full, 'bare-full');

  const first = await astroBuild('tenth-og', ROOT, withCache(envFor('tenth', true)));
  const second = await astroBuild('tenth-og-second', ROOT, withCache(envFor('tenth', true)));

  let ten: Built;
  // Routes grow 8.5×, and a route of the ten-times build costs about 1.1× one of the full
  // build; so does the bare build's. A build that overruns is stopped at the time left.
  const tenEstimate = built(full) ? Math.round(full.seconds * 8.5 * 1.1) : null;
  const reserve = built(bareFull) ? Math.round(bareFull.seconds * 8.5 + 10) : 60;
  if (!built(full)) ten = skipped('skipped', 'the full build failed');
  else if (tenEstimate! > left() - reserve) ten = skipped('skipped', `not run: about ${tenEstimate} s expected, ${Math.round(left())} s left of the bench's time budget (${reserve} s of it kept for the bare build after it)`);
  else ten = await astroBuild('ten', ROOT, withCache(envFor('ten', false)), Math.max(60_000, (left() - reserve) * 1000));
  const bare: BuildScaleResult['bare'] = { tenth: bareTenth, full: bareFull, ten: await bareAt(ten, 'bare-ten') };

  const images = built(first) ? first.shareImages : null;
  const perImage = (withImages: Built) => (built(withImages) && built(tenth) && images ? round(((withImages.seconds - tenth.seconds) * 1000) / images, 1) : null);
  const shareImages: BuildScaleResult['shareImages'] = {
    first, second, images,
    msPerImageRendered: perImage(first),
    msPerImageCached: perImage(second),
    secondToFirst: built(first) && built(second) ? round(second.seconds / first.seconds, 2) : null,
  };

  // Hot spots: the full size once more, under the profiler (its figures are not the measured ones).
  let hotSpots: BuildScaleResult['hotSpots'] = {};
  if (built(full) && full.seconds * 1.5 < left() - 30) {
    const profiled = await astroBuild('full-profiled', ROOT, withCache(envFor('full', false)), 300_000, true);
    hotSpots = { full: built(profiled) ? hotSpotsOf('full-profiled') : profiled };
  } else hotSpots = { full: skipped('skipped', `not profiled: ${Math.round(left())} s left of the bench's time budget`) };

  // The full size with images (a cache of its own, empty): run when there is time, else estimated.
  let fullWithOg: BuildScaleResult['fullWithOg'];
  if (!built(full)) fullWithOg = skipped('skipped', 'the full build failed');
  else {
    const expectedImages = built(first) ? full.pages - (first.pages - first.shareImages) : 0;
    const rendered = shareImages.msPerImageRendered;
    const estimate = rendered === null ? null : round(full.seconds + (expectedImages * rendered) / 1000, 1);
    if (estimate !== null && estimate * 1.3 > left() - 20) {
      fullWithOg = { estimated: true, seconds: estimate, basis: `not run (about ${estimate} s; ${Math.round(left())} s left of the bench's time budget): full build without images + ${expectedImages} images × ${rendered} ms` };
    } else fullWithOg = await astroBuild('full-og', ROOT, withCache(envFor('full', true, freshDir(join(TMP, 'og-cache-full')))));
  }

  const perRoute = (b: Built) => (built(b) ? b.msPerRoute : null);
  const cpuPerRoute = (b: Built) => (built(b) ? b.cpuMsPerRoute : null);
  const scale = built(full) && built(ten)
    ? {
      rows: round(data.ten.observationRows / data.full.observationRows, 1),
      pages: round(ten.pages / full.pages, 1),
      routes: round(ten.routes / full.routes, 1),
      perPage: round(ten.msPerPage / full.msPerPage, 2),
      perRoute: round(ten.msPerRoute / full.msPerRoute, 2),
      cpuPerPage: ratio(ten.cpuMsPerPage, full.cpuMsPerPage, 2),
      cpuPerRoute: ratio(ten.cpuMsPerRoute, full.cpuMsPerRoute, 2),
      peakRssMb: ten.peakRssMb,
    }
    : null;
  const growth = built(full) && built(tenth)
    ? {
      rows: round(data.full.observationRows / data.tenth.observationRows, 1),
      routes: round(full.routes / tenth.routes, 1),
      seconds: round(full.seconds / tenth.seconds, 1),
      marginalMsPerRoute: round(((full.seconds - tenth.seconds) * 1000) / (full.routes - tenth.routes), 1),
    }
    : null;
  return {
    seed: SEED,
    data,
    tenth,
    full,
    ten,
    cold: {
      tenth: tenthCold,
      full: fullFirst,
      ratio: {
        tenth: ratio(perRoute(tenthCold), perRoute(bare.tenth)),
        full: fullFirst ? ratio(perRoute(fullFirst), perRoute(bare.full)) : null,
        cpu: { tenth: ratio(cpuPerRoute(tenthCold), cpuPerRoute(bare.tenth)), full: fullFirst ? ratio(cpuPerRoute(fullFirst), cpuPerRoute(bare.full)) : null },
      },
    },
    bare,
    ratio: {
      tenth: ratio(perRoute(tenth), perRoute(bare.tenth)),
      full: ratio(perRoute(full), perRoute(bare.full)),
      ten: ratio(perRoute(ten), perRoute(bare.ten)),
      cpu: { tenth: ratio(cpuPerRoute(tenth), cpuPerRoute(bare.tenth)), full: ratio(cpuPerRoute(full), cpuPerRoute(bare.full)), ten: ratio(cpuPerRoute(ten), cpuPerRoute(bare.ten)) },
    },
    scale,
    growth,
    shareImages,
    fullWithOg,
    hotSpots,
  };
}
