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
  isSkipped(b) ? skipText(b) : `${b.pages} pages, ${b.routes} routes, ${b.seconds} s, ${b.msPerPage} ms/page, ${b.msPerRoute} ms/route, peak RSS ${b.peakRssMb ?? '?'} MB, ${b.outputMb} MB written`;

export function rows(r: Results): Row[] {
  const out: Row[] = [];
  const add = (part: string, figure: string, value: string) => out.push({ part, figure, value });

  const b = r.buildScale;
  if (!ok(b)) add('1 build scale', 'all', b ? skipText(b) : 'not run');
  else {
    add('1 build scale', `synthetic data (seed ${b.seed})`, `full: ${b.data.full.observationRows} rows (${b.data.full.areas} areas × ${b.data.full.indicators} indicators × ${b.data.full.years} years × ${b.data.full.versions} versions); tenth: ${b.data.tenth.observationRows} rows (${b.data.tenth.indicators} indicators)`);
    add('1 build scale', 'full, no share images', fmtBuild(b.full));
    add('1 build scale', 'bare Astro, same routes', fmtBuild(b.bare.full));
    add('1 build scale', 'ratio ours ÷ bare (ms/route)', `${b.ratio.full ?? '–'}× (tenth size: ${b.ratio.tenth ?? '–'}×)`);
    add('1 build scale', 'tenth, no share images', fmtBuild(b.tenth));
    add('1 build scale', 'bare Astro, tenth routes', fmtBuild(b.bare.tenth));
    if (b.growth) add('1 build scale', 'growth full ÷ tenth', `rows ${b.growth.rows}×, routes ${b.growth.routes}×, seconds ${b.growth.seconds}×; marginal ${b.growth.marginalMsPerRoute} ms per added route`);
    add('1 build scale', 'share images', `${b.msPerShareImage ?? '–'} ms each; tenth with images: ${fmtBuild(b.tenthWithOg)}`);
    add('1 build scale', 'full, with share images', 'estimated' in b.fullWithOg ? `ESTIMATED ${b.fullWithOg.seconds} s — ${b.fullWithOg.basis}` : fmtBuild(b.fullWithOg));
    if (ok(b.hotSpots)) add('1 build scale', `hot spots (${b.hotSpots.size}-size build, % of CPU incl. callees / self)`, b.hotSpots.functions.slice(0, 6).map((h) => `${h.function} ${h.totalPct}% / ${h.selfPct}%`).join('; '));
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
  if (ok(s) && s.ratios) out.push({ what: 'page start → chart drawn', budget: '≥ 5× faster than vega-embed', measured: `${s.ratios.vegaEmbed}× (${s.figures.ours!.medianMs} vs ${s.figures.vegaEmbed!.medianMs} ms)`, status: s.ratios.vegaEmbed >= 5 ? 'met' : 'missed' });
  else out.push({ what: 'page start → chart drawn', budget: '≥ 5× faster than vega-embed', measured: '–', status: 'not measured' });
  const p = r.pageWeight;
  if (ok(p)) {
    const met = p.indicatorPages.load.maxKb <= 50 && p.noJsMissing.length === 0 && p.contentJs.loadMaxKb <= 50;
    out.push({ what: 'indicator page, everything transferred (gzip), no JS needed', budget: '≤ 50 KB', measured: `max ${p.indicatorPages.load.maxKb} KB on load (${p.indicatorPages.full.maxKb} KB with the embed previews opened); JS on load ${p.contentJs.loadMaxKb} KB; content without JS: ${p.noJsMissing.length === 0 ? 'yes' : 'no'}`, status: met ? 'met' : 'missed' });
  } else out.push({ what: 'indicator page, everything transferred', budget: '≤ 50 KB', measured: '–', status: 'not measured' });
  const b = r.buildScale;
  if (ok(b) && b.ratio.full !== null) out.push({ what: 'build time per route, full synthetic size', budget: '≤ 2× bare Astro', measured: `${b.ratio.full}×`, status: b.ratio.full <= 2 ? 'met' : 'missed' });
  else out.push({ what: 'build time per route', budget: '≤ 2× bare Astro', measured: '–', status: 'not measured' });
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
