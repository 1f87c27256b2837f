/** The benchmark's results as rows: printed as a table, and as Markdown for the README. */
import type { BuildFigure, BuildScaleResult } from './build-scale.ts';
import type { CheckerResult } from './checker.ts';
import type { LighthouseResult } from './lighthouse.ts';
import { isSkipped, type Skipped } from './lib.ts';
import type { PageWeightResult } from './page-weight.ts';
import type { WidgetsBuild, SiteBuild } from './site.ts';
import type { SpeedResult, WeightResult } from './widgets.ts';

export interface Results {
  schemaVersion: 1;
  date: string;
  startedAt: string;
  totalSeconds: number;
  /** The time the run allowed itself (--time-budget); parts that would not fit were estimated or skipped. */
  timeBudgetSeconds?: number;
  /** Per part: seconds, and the 1-minute load average at its start and end. */
  parts?: Record<string, { seconds: number; loadStart: number; loadEnd: number }>;
  machine: Record<string, unknown>;
  versions: Record<string, string | null>;
  widgetsBuild?: WidgetsBuild | Skipped;
  siteBuild?: SiteBuild | Skipped;
  widgetWeight?: WeightResult | Skipped;
  widgetSpeed?: SpeedResult | Skipped;
  pageWeight?: PageWeightResult | Skipped;
  checker?: CheckerResult | Skipped;
  lighthouse?: LighthouseResult | Skipped;
  buildScale?: BuildScaleResult | Skipped;
  budgets: Budget[];
}

export interface Budget {
  what: string;
  budget: string;
  measured: string;
  status: 'met' | 'missed' | 'not measured';
}

export interface Row {
  part: string;
  figure: string;
  value: string;
}

const skipText = (s: Skipped) => `${s.status.toUpperCase()}: ${s.reason}`;
const ok = <T extends object>(x: T | Skipped | undefined): x is T => x !== undefined && !isSkipped(x);
const fmtBuild = (b: BuildFigure | Skipped) =>
  isSkipped(b) ? skipText(b) : `${b.pages} pages, ${b.routes} routes, ${b.seconds} s (CPU ${b.cpuSeconds ?? '?'} s), ${b.msPerPage} ms/page, ${b.msPerRoute} ms/route, peak RSS ${b.peakRssMb ?? '?'} MB (process tree), ${b.outputMb} MB written`;

/** Astro's own ms per route, by kind of route, at two sizes. */
export function kindsText(a: BuildFigure, b: BuildFigure): string {
  const kinds = [...new Set([...Object.keys(a.byKind ?? {}), ...Object.keys(b.byKind ?? {})])];
  return kinds.map((k) => `${k} ${a.byKind?.[k]?.msPerRoute ?? '–'} → ${b.byKind?.[k]?.msPerRoute ?? '–'} (${a.byKind?.[k]?.routes ?? 0} → ${b.byKind?.[k]?.routes ?? 0} routes)`).join('; ');
}

export function rows(r: Results): Row[] {
  const out: Row[] = [];
  const add = (part: string, figure: string, value: string) => out.push({ part, figure, value });

  const b = r.buildScale;
  if (!ok(b)) add('1 build scale', 'all', b ? skipText(b) : 'not run');
  else if (!('scale' in b)) add('1 build scale', 'all', 'results of an older bench (before the ten-times size)');
  else {
    const d = b.data;
    add('1 build scale', `synthetic data (seed ${b.seed})`, `${d.full.areas} areas × ${d.full.years} years × ${d.full.versions} versions; indicators: tenth ${d.tenth.indicators} (${d.tenth.observationRows} rows), full ${d.full.indicators} (${d.full.observationRows}), ten times ${d.ten.indicators} (${d.ten.observationRows}); generated in ${(['tenth', 'full', 'ten'] as const).map((k) => (d[k].reused ? `${k} reused` : `${k} ${d[k].generateSeconds} s`)).join(', ')}`);
    for (const size of ['tenth', 'full', 'ten'] as const) {
      add('1 build scale', `${size}, no share images`, fmtBuild(b[size]));
      add('1 build scale', `bare Astro, ${size} routes`, fmtBuild(b.bare[size]));
      add('1 build scale', `${size}: ours ÷ bare per route`, `${b.ratio[size] ?? '–'}× wall, ${b.ratio.cpu[size] ?? '–'}× CPU`);
    }
    if ('cold' in b) {
      add('1 build scale', 'first build (empty output cache), tenth size', `${fmtBuild(b.cold.tenth)}; ÷ bare ${b.cold.ratio.tenth ?? '–'}× wall, ${b.cold.ratio.cpu.tenth ?? '–'}× CPU`);
      add('1 build scale', 'first build, full size', b.cold.full ? `${fmtBuild(b.cold.full)}; ÷ bare ${b.cold.ratio.full ?? '–'}× wall, ${b.cold.ratio.cpu.full ?? '–'}× CPU` : 'not measured: the output cache was warm from an earlier run');
    }
    if (ok(b.full) && ok(b.ten)) add('1 build scale', "Astro's ms per route by kind: full → ten times", kindsText(b.full, b.ten));
    if (b.scale) add('1 build scale', 'ten times ÷ full', `rows ${b.scale.rows}×, pages ${b.scale.pages}×, routes ${b.scale.routes}×; per page ${b.scale.perPage}× wall (${b.scale.cpuPerPage ?? '–'}× CPU), per route ${b.scale.perRoute}× wall (${b.scale.cpuPerRoute ?? '–'}× CPU); peak RSS ${b.scale.peakRssMb ?? '?'} MB`);
    if (b.growth) add('1 build scale', 'full ÷ tenth', `rows ${b.growth.rows}×, routes ${b.growth.routes}×, seconds ${b.growth.seconds}×; marginal ${b.growth.marginalMsPerRoute} ms per added route`);
    const og = b.shareImages;
    add('1 build scale', 'share images, tenth size: first build (empty cache)', fmtBuild(og.first));
    add('1 build scale', 'share images, tenth size: second build (cache filled by the first)', `${fmtBuild(og.second)}; second ÷ first ${og.secondToFirst ?? '–'}×; per image ${og.msPerImageRendered ?? '–'} ms rendered, ${og.msPerImageCached ?? '–'} ms from the cache`);
    add('1 build scale', 'full, with share images', 'estimated' in b.fullWithOg ? `ESTIMATED ${b.fullWithOg.seconds} s — ${b.fullWithOg.basis}` : fmtBuild(b.fullWithOg));
    for (const [size, spots] of Object.entries(b.hotSpots)) {
      if (ok(spots)) add('1 build scale', `hot spots (${size}-size build, % of CPU incl. callees / self)`, spots.slice(0, 6).map((h) => `${h.function} ${h.totalPct}% / ${h.selfPct}%`).join('; '));
    }
  }

  const w = r.widgetWeight;
  if (!ok(w)) add('2 widget weight', 'all', w ? skipText(w) : 'not run');
  else {
    add('2 widget weight', 'ours (4 elements + Lit), min+gzip', ok(w.ours) ? `${w.ours.minGzipKb} KB (${w.ours.bytes} B minified)` : skipText(w.ours as Skipped));
    add('2 widget weight', 'Observable Plot, same chart', `${w.plot.minGzipKb} KB`);
    add('2 widget weight', 'vega-embed, same chart', `${w.vegaEmbed.minGzipKb} KB`);
    add('2 widget weight', 'ratios peer ÷ ours', w.ratios ? `Plot ${w.ratios.plot}×, vega-embed ${w.ratios.vegaEmbed}×` : '–');
  }

  const s = r.widgetSpeed;
  if (!ok(s)) add('3 widget speed', 'all', s ? skipText(s) : 'not run');
  else {
    for (const f of Object.values(s.figures)) {
      add('3 widget speed', f.label, f.runs ? `median ${f.medianMs} ms (min ${f.minMs}, max ${f.maxMs}, ${f.runs} runs; main-thread CPU ${f.cpuMs ?? '?'} ms)${f.failures.length ? `; ${f.failures.length} failed: ${f.failures[0]}` : ''}` : `FAILED: ${f.failures[0] ?? 'no runs'}`);
    }
    add('3 widget speed', 'ratios (how many times faster ours is)', s.ratios ? `vs vega-embed ${s.ratios.vegaEmbed}×, vs Plot ${s.ratios.plot}×` : '–');
    if (s.floors) add('3 widget speed', 'the floor (fetch and draw only)', `vega-embed ÷ floor ${s.floors.vegaEmbedOverFloor}× (the most any widget that loads its data reaches here); ten ÷ one ${s.floors.tenOverOne}×`);
    const ten = s.figures.oursTen;
    if (ten) {
      add('3 widget speed', 'ten widgets ÷ one chart', `${s.tenWidgetsRatio ?? '–'}×; ${ten.requests} requests${ten.duplicateRequests.length ? `, requested more than once: ${ten.duplicateRequests.join(', ')}` : ', none twice'}`);
      if (ten.eachMedianMs) add('3 widget speed', 'ten widgets, each drawn at (median ms)', Object.entries(ten.eachMedianMs).map(([k, v]) => `${k} ${v}`).join('; '));
    }
  }

  const p = r.pageWeight;
  if (!ok(p)) add('4 page weight', 'all', p ? skipText(p) : 'not run');
  else {
    add('4 page weight', `all ${p.pages} pages, a visit`, `max ${p.all.load.maxKb} KB (${p.all.load.maxPage}), median ${p.all.load.medianKb} KB`);
    add('4 page weight', 'all pages, everything opened', `max ${p.all.full.maxKb} KB (${p.all.full.maxPage}), median ${p.all.full.medianKb} KB`);
    add('4 page weight', `indicator pages (${p.indicatorPages.load.pages}), a visit`, `max ${p.indicatorPages.load.maxKb} KB (${p.indicatorPages.load.maxPage}), median ${p.indicatorPages.load.medianKb} KB`);
    add('4 page weight', 'indicator pages, embed previews opened', `max ${p.indicatorPages.full.maxKb} KB (${p.indicatorPages.full.maxPage}), median ${p.indicatorPages.full.medianKb} KB`);
    add('4 page weight', `district pages (${p.districtPages.load.pages}), a visit`, `max ${p.districtPages.load.maxKb} KB (${p.districtPages.load.maxPage}), median ${p.districtPages.load.medianKb} KB`);
    add('4 page weight', 'JavaScript on content pages', `a visit: max ${p.contentJs.loadMaxKb} KB (${p.contentJs.pagesWithJsOnLoad} pages load any); embed previews opened: max ${p.contentJs.fullMaxKb} KB`);
    add('4 page weight', 'Chromium check, on load: measured (headers incl.) vs static', p.chromium.map((c) => `${c.path} ${c.measuredKb} vs ${c.staticKb} KB${c.measuredJsKb ? ` (JS ${c.measuredJsKb})` : ''}`).join('; '));
    add('4 page weight', 'content without JavaScript', p.noJsMissing.length ? `MISSING on ${p.noJsMissing.length}: ${p.noJsMissing.slice(0, 3).join('; ')}` : 'every indicator and district page has its table in the HTML; the sampled ones show table and chart with JavaScript off');
  }

  const c = r.checker;
  if (!ok(c)) add('5 checker', 'all', c ? skipText(c) : 'not run');
  else {
    add('5 checker', `loadData, ${c.rows} rows (${c.fileMb} MB)`, `${c.checkerMs} ms (median of ${c.runs}; ${c.problems} problems); npm run check:data: ${c.cliSeconds ?? '–'} s`);
    add('5 checker', 'papaparse bare parse, same file', `${c.papaparseMs} ms (header: true: ${c.papaparseHeaderMs} ms)`);
    add('5 checker', 'ratio checker ÷ papaparse', `${c.ratio}× (vs header parse ${c.ratioVsHeaderParse}×)`);
    if (c.memory) add('5 checker', 'peak RSS, each alone in its process', `loadData ${c.memory.checkerPeakRssMb ?? '?'} MB, papaparse ${c.memory.papaparsePeakRssMb ?? '?'} MB → ${c.memory.ratio ?? '–'}×`);
    if (c.hotSpots) add('5 checker', 'hot spots (% of loadData CPU, incl. callees / self)', c.hotSpots.filter((h) => !h.function.startsWith('loadData')).slice(0, 7).map((h) => `${h.function} ${h.totalPct}% / ${h.selfPct}%`).join('; '));
  }

  const l = r.lighthouse;
  if (!ok(l)) add('6 lighthouse', 'all', l ? skipText(l) : 'not run');
  else {
    for (const [kind, page] of Object.entries(l.pages)) {
      add('6 lighthouse', `${kind} page, ${l.version} mobile`, ok(page) ? `${page.path}: performance ${page.scores.performance}, accessibility ${page.scores.accessibility}, best practices ${page.scores['best-practices']}, SEO ${page.scores.seo} (FCP ${page.metrics.fcpMs} ms, LCP ${page.metrics.lcpMs} ms, TBT ${page.metrics.tbtMs} ms, CLS ${page.metrics.cls})` : skipText(page as Skipped));
    }
  }
  return out;
}

export function budgets(r: Results): Budget[] {
  const out: Budget[] = [];
  const w = r.widgetWeight;
  if (ok(w) && ok(w.ours)) out.push({ what: 'widget bundle, min+gzip', budget: '≤ 20 KB (stretch 15 KB)', measured: `${w.ours.minGzipKb} KB`, status: w.ours.minGzipKb <= 20 ? 'met' : 'missed' });
  else out.push({ what: 'widget bundle, min+gzip', budget: '≤ 20 KB', measured: '–', status: 'not measured' });
  const s = r.widgetSpeed;
  if (ok(s) && s.ratios) out.push({ what: 'page start → chart drawn', budget: '≥ 5× faster than vega-embed', measured: `${s.ratios.vegaEmbed}× (${s.figures.ours!.medianMs} vs ${s.figures.vegaEmbed!.medianMs} ms)${s.floors ? `; fetch-and-draw floor ${s.floors.vegaEmbedOverFloor}×` : ''}`, status: s.ratios.vegaEmbed >= 5 ? 'met' : 'missed' });
  else out.push({ what: 'page start → chart drawn', budget: '≥ 5× faster than vega-embed', measured: '–', status: 'not measured' });
  const p = r.pageWeight;
  if (ok(p)) {
    const met = p.indicatorPages.load.maxKb <= 50 && p.noJsMissing.length === 0 && p.contentJs.loadMaxKb <= 50;
    out.push({ what: 'indicator page, everything transferred (gzip), no JS needed', budget: '≤ 50 KB', measured: `max ${p.indicatorPages.load.maxKb} KB on load (${p.indicatorPages.full.maxKb} KB with the embed previews opened); JS on load ${p.contentJs.loadMaxKb} KB; content without JS: ${p.noJsMissing.length === 0 ? 'yes' : 'no'}`, status: met ? 'met' : 'missed' });
  } else out.push({ what: 'indicator page, everything transferred', budget: '≤ 50 KB', measured: '–', status: 'not measured' });
  const b = r.buildScale;
  const bs = ok(b) && 'scale' in b ? b : undefined;
  // Build budgets are judged on CPU time when GNU time gave it: on a shared machine the wall
  // time of a long build depends on what else ran meanwhile, its CPU time much less.
  const atTen = bs ? bs.ratio.cpu.ten ?? bs.ratio.ten : null;
  const atFull = bs ? bs.ratio.cpu.full ?? bs.ratio.full : null;
  if (bs && (atTen !== null || atFull !== null)) {
    const judged = atTen ?? atFull!;
    const cold = 'cold' in bs ? `; a first build (empty output cache) ${bs.cold.ratio.cpu.full ?? bs.cold.ratio.cpu.tenth ?? '–'}× CPU at the ${bs.cold.ratio.cpu.full !== null ? 'full' : 'tenth'} size` : '';
    out.push({ what: 'build time per route (~15k routes: ten times the full synthetic size)', budget: '≤ 2× bare Astro', measured: `${bs.ratio.cpu.ten ?? '–'}× CPU (${bs.ratio.ten ?? '–'}× wall) at ten times; full size ${bs.ratio.cpu.full ?? '–'}× CPU (${bs.ratio.full ?? '–'}× wall), released files read from the output cache${cold}`, status: judged <= 2 ? 'met' : 'missed' });
  } else out.push({ what: 'build time per route', budget: '≤ 2× bare Astro', measured: '–', status: 'not measured' });
  if (bs?.scale) {
    const perPage = bs.scale.cpuPerPage ?? bs.scale.perPage;
    const met = perPage <= 1.2 && bs.scale.peakRssMb !== null && bs.scale.peakRssMb < 2048;
    out.push({ what: 'build at ten times the full size', budget: 'per-page cost ≤ 1.2× the full size; peak RSS < 2 GB', measured: `${bs.scale.cpuPerPage ?? '–'}× CPU per page (${bs.scale.perPage}× wall), ${bs.scale.cpuPerRoute ?? '–'}× CPU per route (${bs.scale.perRoute}× wall); peak RSS ${bs.scale.peakRssMb ?? '?'} MB`, status: met ? 'met' : 'missed' });
  } else out.push({ what: 'build at ten times the full size', budget: 'per-page cost ≤ 1.2×; peak RSS < 2 GB', measured: '–', status: 'not measured' });
  const tenW = ok(s) ? s.tenWidgetsRatio : null;
  if (tenW !== null && tenW !== undefined) {
    const dup = ok(s) ? s.figures.oursTen?.duplicateRequests.length ?? 0 : 0;
    const floorTen = ok(s) && s.floors ? `; fetch-and-draw floor ${s.floors.tenOverOne}×` : '';
    out.push({ what: 'ten widgets of four kinds on one page → all drawn', budget: '≤ 1.5× one widget', measured: `${tenW}× (${ok(s) ? `${s.figures.oursTen!.medianMs} vs ${s.figures.ours!.medianMs} ms` : ''}); ${dup ? `${dup} files requested twice` : 'one request per file'}${floorTen}`, status: tenW <= 1.5 ? 'met' : 'missed' });
  } else out.push({ what: 'ten widgets of four kinds on one page → all drawn', budget: '≤ 1.5× one widget', measured: '–', status: 'not measured' });
  const c = r.checker;
  if (ok(c)) out.push({ what: 'check:data on 1M rows', budget: '≤ 2× papaparse bare parse', measured: `${c.ratio}×`, status: c.ratio <= 2 ? 'met' : 'missed' });
  else out.push({ what: 'check:data on 1M rows', budget: '≤ 2× papaparse', measured: '–', status: 'not measured' });
  return out;
}

/** A plain-text table: columns padded, long cells wrapped. */
export function textTable(header: string[], body: string[][], maxWidth = 110): string {
  const widths = header.map((h, i) => Math.min(Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)), i === header.length - 1 ? maxWidth : 48));
  const wrap = (text: string, width: number): string[] => {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      if (line && (line + ' ' + word).length > width) { lines.push(line); line = word; }
      else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
    return lines;
  };
  const render = (cells: string[]) => {
    const wrapped = cells.map((c, i) => wrap(c, widths[i]!));
    const height = Math.max(...wrapped.map((w) => w.length));
    return Array.from({ length: height }, (_, k) => wrapped.map((w, i) => (w[k] ?? '').padEnd(widths[i]!)).join(' │ ').trimEnd()).join('\n');
  };
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  return [render(header), rule, ...body.map(render)].join('\n');
}

export const markdownTable = (header: string[], body: string[][]): string =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`)].join('\n');
