/**
 * Widget weight and speed: our bundle against the same chart drawn with Observable Plot and
 * with vega-embed (bench/peers/*), in the same run.
 *
 * Weight: min+gzip (gzip -9) of each bundle. Ours holds all four elements and Lit; each
 * peer bundle holds one chart, its data loading, and the library.
 *
 * Speed ("page start → chart drawn"): a page per contender, served with the built site by
 * scripts/serve.ts, opened in headless Chromium in a fresh context (empty cache) each run.
 * "Chart drawn" is the `performance.now()` (ms since navigation start) of the first DOM
 * mutation after which the document, or an open shadow root in it, holds an <svg> with at
 * least as many shape elements (rect, path, line, circle, polyline, polygon) as the chart
 * has data points: seen by a MutationObserver on the document and on every shadow root (a
 * patched attachShadow), installed by an inline script before anything else, and recorded as
 * the PerformanceMark `chart-drawn`. Also recorded: the next animation frame (`frame`).
 *
 * Ten widgets ("ten widgets of four kinds on one page → all drawn ≤ 1.5× one widget"): a
 * page with one script and ten elements of the four kinds (TEN_WIDGETS), drawn when all ten
 * have drawn; its requests are listed, so a file fetched twice shows.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, transform } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { dataFilePath, widgetScriptPath } from '../src/lib/routes.ts';
import { elementPaths } from '../src/lib/site/embed.ts';
import type { WidgetElement } from '../src/lib/widgets-contract.ts';
import { startServer } from '../scripts/serve.ts';
import { launchChromium } from '../tests/browser/browser.ts';
import { gzipSize, kb, log, median, rel, ROOT, round, skipped, TMP, type Skipped } from './lib.ts';
import { summarizeProfile } from './profile.ts';
import { SITE_DIR, WIDGET_BUNDLE } from './site.ts';

const PEERS = { plot: join(ROOT, 'bench/peers/plot.ts'), vega: join(ROOT, 'bench/peers/vega.ts') } as const;
type Peer = keyof typeof PEERS;
const PEER_OUT = join(TMP, 'peers');

export interface BundleWeight {
  file: string;
  bytes: number;
  /** gzip -9 of the file as shipped. */
  gzipBytes: number;
  /** gzip -9 after minifying with esbuild (equal to gzipBytes when shipped minified). */
  minGzipBytes: number;
  minGzipKb: number;
}

async function weigh(file: string): Promise<BundleWeight> {
  const bytes = readFileSync(file);
  const min = await transform(bytes.toString('utf8'), { minify: true, format: 'esm', target: 'es2022', logLevel: 'silent' });
  const gzipBytes = gzipSize(bytes);
  const minGzipBytes = Math.min(gzipBytes, gzipSize(min.code));
  return { file: rel(file), bytes: bytes.length, gzipBytes, minGzipBytes, minGzipKb: kb(minGzipBytes) };
}

/** Bundles a peer chart the way a newsroom would ship it: one minified ES module. */
async function bundlePeer(peer: Peer): Promise<string> {
  mkdirSync(PEER_OUT, { recursive: true });
  const outfile = join(PEER_OUT, `${peer}.js`);
  await build({ entryPoints: [PEERS[peer]], bundle: true, minify: true, format: 'esm', target: 'es2022', platform: 'browser', outfile, logLevel: 'warning', legalComments: 'none' });
  return outfile;
}

export interface WeightResult {
  ours: BundleWeight | Skipped;
  plot: BundleWeight;
  vegaEmbed: BundleWeight;
  /** Peer ÷ ours, min+gzip. */
  ratios: { plot: number; vegaEmbed: number } | null;
}

export async function widgetWeight(): Promise<WeightResult> {
  log('widget weight: bundling the peer charts');
  const [plotFile, vegaFile] = [await bundlePeer('plot'), await bundlePeer('vega')];
  const plot = await weigh(plotFile);
  const vegaEmbed = await weigh(vegaFile);
  const ours = existsSync(WIDGET_BUNDLE) ? await weigh(WIDGET_BUNDLE) : skipped('not built', `${rel(WIDGET_BUNDLE)} does not exist`);
  const ratios = 'minGzipBytes' in ours
    ? { plot: round(plot.minGzipBytes / ours.minGzipBytes, 1), vegaEmbed: round(vegaEmbed.minGzipBytes / ours.minGzipBytes, 1) }
    : null;
  return { ours, plot, vegaEmbed, ratios };
}

// ---- speed ---------------------------------------------------------------------------------

/**
 * What a bench page writes on its console when it is done (drawn and a frame later, or an
 * error). The bench waits for this message rather than polling the page with
 * `waitForFunction`: each poll runs Playwright's injected script in the page, ~15 ms of its
 * main thread while it loads, which no reader's page has.
 */
const DONE = 'ansinh-bench:done';

/** Resolves when a bench page says it is done: start it with the navigation (Promise.all). */
export const pageDone = (p: Page): Promise<unknown> => p.waitForEvent('console', { predicate: (m) => m.text() === DONE, timeout: 20_000 });

/**
 * The end of both detectors: `observer` watches the document and every shadow root as it is
 * attached (the widgets draw inside theirs), and a script error is kept in `__error`.
 */
const observeEverywhere = (options: string) => `  const options = ${options};
  observer.observe(document, options);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    roots.push(root);
    observer.observe(root, options);
    return root;
  };
  addEventListener('error', (e) => { window.__error = String(e.message); console.log('${DONE}'); });
  addEventListener('unhandledrejection', (e) => { window.__error = String(e.reason); console.log('${DONE}'); });
})();`;

/** Installed first in every bench page: records when the chart's SVG is in the DOM. */
const detector = (minMarks: number) => `(() => {
  const roots = [document];
  const SHAPES = 'rect,path,line,circle,polyline,polygon';
  const drawn = (root) => [...root.querySelectorAll('svg')].some((svg) => svg.querySelectorAll(SHAPES).length >= ${minMarks});
  const observer = new MutationObserver(() => {
    if (window.__drawn !== undefined || !roots.some(drawn)) return;
    window.__drawn = performance.now();
    performance.mark('chart-drawn');
    observer.disconnect();
    requestAnimationFrame(() => { window.__frame = performance.now(); console.log('${DONE}'); });
  });
${observeEverywhere('{ childList: true, subtree: true }')}`;

/**
 * The same for a page of several widgets: "drawn" when every element marked `data-bench`
 * has drawn — in its shadow root an <svg> with at least `data-min-shapes` shapes, or, for
 * `data-drawn="figure"` (the headline, which draws text), its figure without the loading
 * state. Each element's own time is kept in `__each`.
 */
const multiDetector = () => `(() => {
  const roots = [document];
  const SHAPES = 'rect,path,line,circle,polyline,polygon';
  window.__each = {};
  const drawnEl = (el) => {
    const root = el.shadowRoot;
    if (!root) return false;
    if (el.dataset.drawn === 'figure') { const f = root.querySelector('[part~="figure"]'); return !!f && !f.classList.contains('loading') && f.textContent.trim() !== ''; }
    const min = Number(el.dataset.minShapes);
    return [...root.querySelectorAll('svg')].some((svg) => svg.querySelectorAll(SHAPES).length >= min);
  };
  const observer = new MutationObserver(() => {
    if (window.__drawn !== undefined) return;
    const els = [...document.querySelectorAll('[data-bench]')];
    if (els.length === 0) return;
    let all = true;
    for (const el of els) {
      if (window.__each[el.dataset.bench] !== undefined) continue;
      if (drawnEl(el)) window.__each[el.dataset.bench] = performance.now();
      else all = false;
    }
    if (!all) return;
    window.__drawn = performance.now();
    performance.mark('chart-drawn');
    observer.disconnect();
    requestAnimationFrame(() => { window.__frame = performance.now(); console.log('${DONE}'); });
  });
${observeEverywhere("{ childList: true, subtree: true, attributes: true, attributeFilter: ['class'], characterData: true }")}`;

const page = (title: string, minMarks: number | 'multi', body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>bench: ${title}</title>
<script>${minMarks === 'multi' ? multiDetector() : detector(minMarks)}</script>
</head><body><main style="width:640px;font-family:sans-serif">${body}</main></body></html>
`;

interface Contender {
  id: string;
  label: string;
  path: string;
}

/** Data points of an indicator's city chart (full-year actuals and plans): the mark threshold. */
function chartPoints(siteDir: string, indicator = 'jobs_created'): number {
  const json = JSON.parse(readFileSync(join(siteDir, dataFilePath(indicator, 'latest', 'json').slice(1)), 'utf8')) as { observations: { area: string; periodKind: string; measure: string; period: string }[] };
  const keys = new Set(json.observations.filter((o) => o.area === '01' && o.periodKind === 'year' && (o.measure === 'actual' || o.measure === 'plan')).map((o) => `${o.period}|${o.measure}`));
  return keys.size;
}

/**
 * Ten widgets of the four kinds on one page, one script: three charts, three headlines, two
 * jobs-vs-plan bars, two district comparisons, over seven indicators (jobs_created is read
 * by a chart, a headline and a bar; poor_households by a headline and a comparison), so the
 * page needs one request per file if the widgets share them.
 */
export const TEN_WIDGETS: readonly { element: WidgetElement; indicator: string }[] = [
  { element: 'ansinh-chart', indicator: 'jobs_created' },
  { element: 'ansinh-chart', indicator: 'trained_labour_share' },
  { element: 'ansinh-chart', indicator: 'tet_gifts_spending' },
  { element: 'ansinh-headline', indicator: 'jobs_created' },
  { element: 'ansinh-headline', indicator: 'poor_households' },
  { element: 'ansinh-headline', indicator: 'health_insurance_coverage_rate' },
  { element: 'ansinh-jobs-progress', indicator: 'jobs_created' },
  { element: 'ansinh-jobs-progress', indicator: 'poor_households_reduced' },
  { element: 'ansinh-district-compare', indicator: 'population' },
  { element: 'ansinh-district-compare', indicator: 'poor_households' },
];

/** The drawn test of each widget of the ten-widget page, as attributes the detector reads. */
function benchAttributes(siteDir: string, element: string, indicator: string, i: number): string {
  const drawn = element === 'ansinh-headline' ? 'data-drawn="figure"'
    : `data-min-shapes="${element === 'ansinh-chart' ? chartPoints(siteDir, indicator) : element === 'ansinh-jobs-progress' ? 2 : DISTRICT_OUTLINES}"`;
  return `data-bench="${i + 1}-${element.slice('ansinh-'.length)}-${indicator}" ${drawn}`;
}

/** Outlines a district map draws (the 30 districts of data/geo), all of them once drawn. */
const DISTRICT_OUTLINES = 30;

/**
 * The floor of any widget that loads its data (`floor.js`): one small module that, for each
 * element marked `data-floor`, makes a shadow root, fetches the same files as our element
 * (one request per file, shared) and parses them, then draws as many bare `<rect>`s as the
 * detector counts (`data-min-shapes`), or a headline's figure as text. No validation, no
 * layout, no labels, no table, no styles: the page start → drawn time a widget cannot go
 * below on this machine and server, whatever it does. vega-embed ÷ this floor is the most
 * "times faster than vega-embed" any such widget could reach here.
 */
export const FLOOR_SCRIPT = `const files = new Map();
const get = (url) => { let p = files.get(url); if (!p) files.set(url, (p = fetch(url).then((r) => r.json()))); return p; };
for (const el of document.querySelectorAll('[data-floor]')) {
  const root = el.attachShadow({ mode: 'open' });
  Promise.all(el.dataset.floor.split(' ').map(get)).then(([data]) => {
    if (el.dataset.drawn === 'figure') {
      const p = document.createElement('p');
      p.setAttribute('part', 'figure');
      p.textContent = String(data.observations[0].value);
      root.append(p);
      return;
    }
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    for (let i = 0; i < Number(el.dataset.minShapes); i++) {
      const r = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      r.setAttribute('x', String(i * 10));
      r.setAttribute('width', '8');
      r.setAttribute('height', '20');
      svg.append(r);
    }
    root.append(svg);
  });
}
`;

/** A preload of each file, in the mode of the widget's fetch (as the embed builder's snippet has them). */
const preloads = (paths: readonly string[]) => paths.map((path) => `<link rel="preload" as="fetch" crossorigin href="${path}">`).join('');
/** The preload of the one file a chart (ours or a peer's) reads: jobs_created's newest complete JSON. */
const chartPreload = preloads(elementPaths('ansinh-chart', 'jobs_created'));

/**
 * Writes the bench pages into `<siteDir>/_bench/` (the built site serves their data and
 * script) and returns the contenders. Without the peers' bundles (a test), their pages are
 * written but not their scripts.
 */
export function writePages(siteDir: string, peers?: { plotJs: string; vegaJs: string }): Contender[] {
  const dir = join(siteDir, '_bench');
  mkdirSync(dir, { recursive: true });
  const points = chartPoints(siteDir);
  const script = widgetScriptPath();
  const tenFiles = [...new Set(TEN_WIDGETS.flatMap((w) => elementPaths(w.element, w.indicator)))];
  // The floor pages are ours with `floor.js` for the script: the same elements, attributes
  // and preloads, each element marked with the files it reads (data-floor).
  const floorOf = (element: WidgetElement, indicator: string) => `data-floor="${elementPaths(element, indicator).join(' ')}"`;
  const tenBody = (src: string, floor: boolean) => `<script type="module" src="${src}"></script>${preloads(tenFiles)}
${TEN_WIDGETS.map(({ element, indicator }, i) => `<${element} indicator="${indicator}" lang="en" base="/" ${benchAttributes(siteDir, element, indicator, i)}${floor ? ` ${floorOf(element, indicator)}` : ''}></${element}>`).join('\n')}`;
  const files: Record<string, string> = {
    // Every contender's page preloads the one file it reads, as the embed builder's snippet
    // does for ours (src/lib/site/embed.ts, elementFiles); ours is also measured without.
    'ours-chart.html': page('ours, ansinh-chart', points, `<script type="module" src="${script}"></script>${chartPreload}<ansinh-chart indicator="jobs_created" lang="en" base="/"></ansinh-chart>`),
    'ours-chart-no-preload.html': page('ours, ansinh-chart, no preload', points, `<script type="module" src="${script}"></script><ansinh-chart indicator="jobs_created" lang="en" base="/"></ansinh-chart>`),
    'ours-progress.html': page('ours, ansinh-jobs-progress', 2, `<script type="module" src="${script}"></script>${chartPreload}<ansinh-jobs-progress indicator="jobs_created" lang="en" base="/"></ansinh-jobs-progress>`),
    'baseline.html': page('baseline: static SVG', 2, '<svg width="640" height="320" role="img"><rect width="10" height="10"/><rect x="20" width="10" height="10"/></svg>'),
    'plot.html': page('Observable Plot', points, `<script type="module" src="/_bench/plot.js"></script>${chartPreload}<div id="chart"></div>`),
    'vega.html': page('vega-embed', points, `<script type="module" src="/_bench/vega.js"></script>${chartPreload}<div id="chart"></div>`),
    'ours-ten.html': page('ours, ten widgets of four kinds', 'multi', tenBody(script, false)),
    'floor-chart.html': page('floor: fetch and draw only', points, `<script type="module" src="/_bench/floor.js"></script>${chartPreload}<ansinh-chart indicator="jobs_created" lang="en" base="/" data-min-shapes="${points}" ${floorOf('ansinh-chart', 'jobs_created')}></ansinh-chart>`),
    'floor-ten.html': page('floor: fetch and draw only, ten elements', 'multi', tenBody('/_bench/floor.js', true)),
  };
  for (const [name, html] of Object.entries(files)) writeFileSync(join(dir, name), html);
  writeFileSync(join(dir, 'floor.js'), FLOOR_SCRIPT);
  if (peers) {
    writeFileSync(join(dir, 'plot.js'), readFileSync(peers.plotJs));
    writeFileSync(join(dir, 'vega.js'), readFileSync(peers.vegaJs));
  }
  return [
    { id: 'ours', label: 'ours: <ansinh-chart> (jobs created vs plan, all years), the builder\'s snippet (file preloaded)', path: '/_bench/ours-chart.html' },
    { id: 'oursNoPreload', label: 'ours: the same, without the preload', path: '/_bench/ours-chart-no-preload.html' },
    { id: 'plot', label: 'Observable Plot, same chart', path: '/_bench/plot.html' },
    { id: 'vegaEmbed', label: 'vega-embed + vega-lite (SVG), same chart', path: '/_bench/vega.html' },
    { id: 'baseline', label: 'floor: a static <svg> in the HTML (no script, no data)', path: '/_bench/baseline.html' },
    { id: 'oursProgress', label: 'ours: <ansinh-jobs-progress> (one year, a bar)', path: '/_bench/ours-progress.html' },
    { id: 'oursTen', label: 'ours: ten widgets of four kinds on one page (3 charts, 3 headlines, 2 bars, 2 district maps; one script), all drawn', path: '/_bench/ours-ten.html' },
    { id: 'floor', label: 'floor: a script that only fetches the same file and draws as many bare shapes (no validation, layout, text or styles)', path: '/_bench/floor-chart.html' },
    { id: 'floorTen', label: 'floor, ten elements: the same for the ten-widget page (same files, one request each)', path: '/_bench/floor-ten.html' },
  ];
}

export interface SpeedFigure {
  label: string;
  runs: number;
  /** Median ms from navigation start to the chart's SVG in the DOM. */
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Median ms to the first animation frame after that. */
  medianFrameMs: number;
  /** Median ms to the end of the HTML response. */
  medianHtmlMs: number;
  /** Main-thread CPU (JavaScript, GC, DOM calls; ms sampled by V8 in one extra run) until drawn. */
  cpuMs: number | null;
  /** What the page fetched (first run's list): when each request started and ended (medians). */
  resources: { path: string; transferBytes: number; medianStartMs: number; medianEndMs: number }[];
  samplesMs: number[];
  failures: string[];
  /** Requests the page made (first run), and the paths requested more than once. */
  requests: number;
  duplicateRequests: string[];
  /** Ten-widget page: median ms at which each widget had drawn. */
  eachMedianMs?: Record<string, number>;
}

export interface SpeedResult {
  definition: string;
  runs: number;
  figures: Record<string, SpeedFigure>;
  /** vega-embed ÷ ours and Plot ÷ ours, medians (how many times faster ours is). */
  ratios: { vegaEmbed: number; plot: number } | null;
  /** Ten widgets on one page ÷ one chart, medians (budget ≤ 1.5). */
  tenWidgetsRatio: number | null;
  /**
   * What the floor pages allow (absent in results before 2026-11-30): vega-embed ÷ the
   * one-element floor (the most "times faster" any widget that loads its data reaches here),
   * and the ten-element floor ÷ the one-element floor (the least a ten-widget ratio can be).
   */
  floors?: { vegaEmbedOverFloor: number; tenOverOne: number } | null;
}

interface Sample {
  drawn: number;
  frame: number;
  each?: Record<string, number>;
  /** The HTML's responseEnd, and each subresource's, ms since navigation start. */
  html: number;
  resources: { path: string; start: number; end: number; transferBytes: number }[];
}

async function once(browser: Browser, url: string): Promise<Sample | string> {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  try {
    const p = await context.newPage();
    // Together, so that a failed navigation and a page that never says it is done both
    // reject here (a lone waiter would reject unhandled).
    await Promise.all([pageDone(p), p.goto(url, { waitUntil: 'commit' })]);
    const { error, drawn, frame, each, ...timing } = await p.evaluate(() => {
      const w = window as unknown as { __frame?: number; __drawn?: number; __error?: string; __each?: Record<string, number> };
      return {
        drawn: w.__drawn, frame: w.__frame, error: w.__error, each: w.__each,
        html: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd,
        resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({ path: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd, transferBytes: e.transferSize })),
      };
    });
    if (error !== undefined && drawn === undefined) return `page error: ${error}`;
    return { drawn: drawn!, frame: frame!, ...(each ? { each } : {}), ...timing };
  } catch (e) {
    return e instanceof Error ? e.message.split('\n')[0]! : String(e);
  } finally {
    await context.close();
  }
}

/** Main-thread CPU time (ms, sampled by the V8 profiler) from navigation until the chart is drawn. */
async function cpuOnce(browser: Browser, url: string, file: string): Promise<number | null> {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  try {
    const p = await context.newPage();
    const cdp = await context.newCDPSession(p);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await Promise.all([pageDone(p), p.goto(url, { waitUntil: 'commit' })]);
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    return summarizeProfile(file, 1).sampledMs;
  } catch {
    return null;
  } finally {
    await context.close();
  }
}

export async function widgetSpeed(runs = 9): Promise<SpeedResult | Skipped> {
  if (!existsSync(WIDGET_BUNDLE)) return skipped('not built', `${rel(WIDGET_BUNDLE)} does not exist`);
  if (!existsSync(join(SITE_DIR, 'index.html'))) return skipped('skipped', 'the real site was not built');
  const plotJs = join(PEER_OUT, 'plot.js');
  const vegaJs = join(PEER_OUT, 'vega.js');
  if (!existsSync(plotJs) || !existsSync(vegaJs)) return skipped('skipped', 'the peer bundles were not built (widget weight part)');
  const server = await startServer({ dir: SITE_DIR, port: 0 });
  const origin = server.url.replace(/\/$/, '');
  const contenders = writePages(SITE_DIR, { plotJs, vegaJs });
  const browser = await launchChromium();
  const samples = new Map<string, Sample[]>(contenders.map((c) => [c.id, []]));
  const failures = new Map<string, string[]>(contenders.map((c) => [c.id, []]));
  const cpu = new Map<string, number | null>();
  try {
    // One unmeasured round warms the server and Chromium; then rounds in rotating order.
    for (let round = -1; round < runs; round++) {
      const order = contenders.map((_, i) => contenders[(i + Math.max(round, 0)) % contenders.length]!);
      for (const c of order) {
        const r = await once(browser, `${origin}${c.path}`);
        if (round < 0) continue;
        if (typeof r === 'string') failures.get(c.id)!.push(r);
        else samples.get(c.id)!.push(r);
      }
      if (round >= 0) log(`widget speed: round ${round + 1}/${runs}`);
    }
    for (const c of contenders) cpu.set(c.id, await cpuOnce(browser, `${origin}${c.path}`, join(TMP, `cpu-${c.id}.cpuprofile`)));
  } finally {
    await browser.close();
    await server.close();
  }
  const figures: Record<string, SpeedFigure> = {};
  for (const c of contenders) {
    const s = samples.get(c.id)!;
    const drawn = s.map((x) => x.drawn);
    figures[c.id] = {
      label: c.label,
      runs: s.length,
      medianMs: round(median(drawn), 1),
      minMs: round(Math.min(...drawn), 1),
      maxMs: round(Math.max(...drawn), 1),
      medianFrameMs: round(median(s.map((x) => x.frame)), 1),
      medianHtmlMs: round(median(s.map((x) => x.html)), 1),
      cpuMs: cpu.get(c.id) ?? null,
      resources: (s[0]?.resources ?? []).map((res) => ({
        path: res.path,
        transferBytes: res.transferBytes,
        medianStartMs: round(median(s.map((x) => x.resources.find((y) => y.path === res.path)?.start ?? NaN)), 1),
        medianEndMs: round(median(s.map((x) => x.resources.find((y) => y.path === res.path)?.end ?? NaN)), 1),
      })),
      samplesMs: drawn.map((x) => round(x, 1)),
      failures: failures.get(c.id)!,
      requests: s[0]?.resources.length ?? 0,
      duplicateRequests: duplicates((s[0]?.resources ?? []).map((res) => res.path)),
    };
    const each = s[0]?.each;
    if (each) figures[c.id]!.eachMedianMs = Object.fromEntries(Object.keys(each).map((k) => [k, round(median(s.map((x) => x.each?.[k] ?? NaN)), 1)]));
  }
  const ours = figures.ours!;
  const ratios = ours.runs > 0 && figures.vegaEmbed!.runs > 0 && figures.plot!.runs > 0
    ? { vegaEmbed: round(figures.vegaEmbed!.medianMs / ours.medianMs, 1), plot: round(figures.plot!.medianMs / ours.medianMs, 1) }
    : null;
  const ten = figures.oursTen!;
  const tenWidgetsRatio = ours.runs > 0 && ten.runs > 0 ? round(ten.medianMs / ours.medianMs, 2) : null;
  const [floor, floorTen] = [figures.floor!, figures.floorTen!];
  const floors = floor.runs > 0 && floorTen.runs > 0 && figures.vegaEmbed!.runs > 0
    ? { vegaEmbedOverFloor: round(figures.vegaEmbed!.medianMs / floor.medianMs, 1), tenOverOne: round(floorTen.medianMs / floor.medianMs, 2) }
    : null;
  return {
    tenWidgetsRatio,
    floors,
    definition: 'ms from navigation start (performance.now()) to the first DOM mutation after which the page or an open shadow root holds an <svg> with at least as many shape elements as the chart has data points (PerformanceMark "chart-drawn"); on the ten-widget page, the mutation after which every one of the ten has drawn (charts, bars and maps their <svg>, headlines their figure); fresh browser context (empty cache) per run, local server with gzip, no CPU or network throttling',
    runs,
    figures,
    ratios,
  };
}

/** The paths that occur more than once, once each. */
function duplicates(paths: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const p of paths) (seen.has(p) ? twice : seen).add(p);
  return [...twice];
}
