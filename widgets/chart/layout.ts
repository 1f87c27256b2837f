/**
 * The time-series chart as Lit `svg` templates: pure, from the site's {@link ChartData}
 * and a size, with the visual language of the build-time chart
 * (src/lib/charts/time-series.ts): a line per segment (never across a gap or a break),
 * hollow dots for approximate values, squares for year-to-date figures, arrows for bounds,
 * dashed plan ticks (dotted when derived), target bars and bands, dotted break rules with
 * a label, a legend of what is drawn. Colours come from classes (the widget's CSS maps them
 * to the palette); geometry is in presentation attributes: no `style` anywhere.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { Localized } from '../../src/lib/data/model.ts';
import { formatNumber, type Lang } from '../../src/lib/format.ts';
import type { ChartData, ChartPoint } from '../../src/lib/prepare/types.ts';
import { linear, nice, num, precisionFixed, textWidth, ticks, tickStep } from '../shared/scale.ts';

/** Words drawn in the chart: the site's own table. An empty chart never draws: the element reports "no data" instead. */
export { CHART_LEGEND_TEXT as CHART_TEXT } from '../../src/lib/charts/text.ts';
import { CHART_LEGEND_TEXT as CHART_TEXT } from '../../src/lib/charts/text.ts';


/** Default drawing size in px, before the element is measured. */
export const DEFAULT_SIZE = { width: 640, height: 384 } as const;
/** Smallest drawing size in px: narrower containers scale the SVG down. */
export const MIN_SIZE = { width: 240, height: 200 } as const;

/** The drawing size for a measured box (px, rounded; {@link DEFAULT_SIZE} until measured, never below {@link MIN_SIZE}). */
export const chartSize = ({ width, height }: { width: number; height: number }): { width: number; height: number } =>
  width > 0 && height > 0 ? { width: Math.max(MIN_SIZE.width, Math.round(width)), height: Math.max(MIN_SIZE.height, Math.round(height)) } : DEFAULT_SIZE;

export const FONT_SIZE = 12;
const LEGEND_ROW = 18;
const BREAK_ROW = 15;
const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;

const isAbove = (p: ChartPoint) => p.comparator === '>' || p.comparator === '>=';
const isBelow = (p: ChartPoint) => p.comparator === '<' || p.comparator === '<=';
/** A target range ("75–80%"): drawn as a band up to `upper`. */
const isRange = (p: ChartPoint): p is ChartPoint & { upper: number } => p.comparator === 'range' && p.upper !== undefined;
const time = (iso: string) => Date.parse(iso);

/** The y domain and ticks: nice, with zero included when it wastes less than half the plot (as the site). */
export function yScale(values: readonly number[], plotHeight: number): { domain: [number, number]; ticks: number[]; decimals: number } {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (values.length === 0) [lo, hi] = [0, 1];
  if (lo >= 0 && lo <= hi / 2) lo = 0;
  if (hi <= 0 && hi >= lo / 2) hi = 0;
  if (lo === hi) [lo, hi] = lo > 0 ? [0, lo] : lo < 0 ? [lo, 0] : [0, 1];
  const count = Math.max(3, Math.round(plotHeight / 45));
  const [d0, d1] = nice(lo, hi, count);
  return { domain: [d0, d1], ticks: ticks(d0, d1, count), decimals: precisionFixed(tickStep(d0, d1, count)) };
}

/** The month and day most points fall on within their year; 1 July on a tie (as the site). */
function tickAnchor(points: readonly ChartPoint[]): { month: number; day: number } {
  const counts = new Map<string, number>();
  for (const p of points) counts.set(p.date.slice(5), (counts.get(p.date.slice(5)) ?? 0) + 1);
  let best = '07-01';
  for (const [md, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) if (n > (counts.get(best) ?? 0)) best = md;
  return { month: Number(best.slice(0, 2)) - 1, day: Number(best.slice(3, 5)) };
}

/** Years labelled on the x axis: every year, or every 2nd, 5th, 10th … when space is short. */
export function yearTicks(first: number, last: number, plotWidth: number): number[] {
  const fit = Math.max(1, Math.floor(plotWidth / 44));
  const span = last - first + 1;
  const step = [1, 2, 5, 10, 20, 50].find((s) => Math.ceil(span / s) <= fit) ?? 100;
  const years: number[] = [];
  for (let y = first; y <= last; y++) if (step === 1 || y % step === 0) years.push(y);
  return years.length ? years : [first];
}

/** Where there are points that pass `test`. */
const any = (points: readonly ChartPoint[], test: (p: ChartPoint) => boolean) => points.some(test);

/**
 * The legend: each entry's label, its swatch (in a 20 × 12 px box centred on y = 0, as the
 * site draws them) and whether the chart draws what it explains, in the site's order.
 */
const LEGEND: [Localized, SVGTemplateResult, (d: ChartData) => boolean][] = [
  [CHART_TEXT.actual, svg`<path d="M0,0h20" class="as" stroke-width="2"/><circle cx="10" r="3.5" class="af"/>`, (d) => d.actualSegments.length > 0],
  [CHART_TEXT.approximate, svg`<circle cx="10" r="3.5" fill="none" class="as" stroke-width="1.5"/>`, (d) => any([...d.actualSegments.flatMap((s) => s.points), ...d.actualMarks], (p) => p.approximate)],
  [CHART_TEXT.yearToDate, svg`<rect x="7.3" y="-2.7" width="5.3" height="5.3" class="af"/>`, (d) => any(d.actualMarks, (p) => p.partial)],
  [CHART_TEXT.above, svg`<path d="M10,5V-5M7,-2L10,-5L13,-2" fill="none" class="as" stroke-width="1.5"/>`, (d) => any(d.actualMarks, isAbove)],
  [CHART_TEXT.below, svg`<path d="M10,-5V5M7,2L10,5L13,2" fill="none" class="as" stroke-width="1.5"/>`, (d) => any(d.actualMarks, isBelow)],
  [CHART_TEXT.plan, svg`<path d="M0,0h20" class="ps" stroke-width="2" stroke-dasharray="4,2"/>`, (d) => any(d.plan, (p) => !p.approximate)],
  [CHART_TEXT.planApproximate, svg`<path d="M0,0h20" class="ps" stroke-width="2" stroke-dasharray="1,3"/>`, (d) => any(d.plan, (p) => p.approximate)],
  [CHART_TEXT.target, svg`<path d="M2,0h16" class="ts" stroke-width="3"/>`, (d) => any(d.target, (p) => !isRange(p))],
  [CHART_TEXT.targetRange, svg`<rect x="2" y="-5" width="16" height="10" class="tf ts" fill-opacity="0.2"/>`, (d) => any(d.target, isRange)],
];

/** The legend labels of what a chart draws, in a language (tests; the chart draws them with their swatches). */
export const legendLabels = (data: ChartData, lang: Lang): string[] => LEGEND.filter(([, , test]) => test(data)).map(([label]) => label[lang]);

/**
 * The chart of {@link ChartData} in a `width × height` px box (at least {@link MIN_SIZE}: see {@link chartSize}),
 * as the content of an `<svg viewBox="0 0 width height">`. Marks carry the site's classes
 * (`actual`, `approximate`, `year-to-date`, `bound`, `plan`, `target`, `series-break`) and
 * short colour classes (`as`/`af`: actual stroke/fill, `ps`: plan, `ts`/`tf`: target).
 */
export function drawTimeSeries(data: ChartData, { width, height }: { width: number; height: number }, lang: Lang): SVGTemplateResult {
  const line = data.actualSegments.flatMap((s) => s.points);
  const partial = data.actualMarks.filter((p) => p.partial);
  const rangeTargets = data.target.filter(isRange);
  const all = [...line, ...data.actualMarks, ...data.plan, ...data.target];
  // Legend rows: items flow left to right and wrap at the chart's width.
  let lx = 0;
  let ly = LEGEND_ROW / 2;
  const legend = LEGEND.filter(([, , test]) => test(data)).map(([text, swatch]) => {
    const label = text[lang];
    const w = 25 + textWidth(label, FONT_SIZE);
    if (lx > 0 && lx + w > width) [lx, ly] = [0, ly + LEGEND_ROW];
    const item = svg`<g transform="translate(${lx},${ly})">${swatch}<text x="25" dy="0.35em">${label}</text></g>`;
    lx += w + 14;
    return item;
  });

  // Years of the axis: each year's tick where most points sit in their year, the axis
  // half a year beyond the first and last tick, widened until every point fits.
  const times = all.map((p) => time(p.date));
  // `years` spans every point's year (a point's date lies in its year).
  let [first, last] = data.years;
  const anchor = tickAnchor(all);
  const yearTick = (yr: number) => Date.UTC(yr, anchor.month, anchor.day);
  while (yearTick(first) - YEAR_MS / 2 > Math.min(...times)) first--;
  while (yearTick(last) + YEAR_MS / 2 < Math.max(...times)) last++;
  const t0 = yearTick(first) - YEAR_MS / 2;
  const t1 = yearTick(last) + YEAR_MS / 2;
  const breaks = data.breaks.filter((b) => time(b.date) > t0 && time(b.date) < t1);

  const top = ly + LEGEND_ROW / 2 + 32;
  const bottom = height - 24;
  const right = width - 14;
  const breakLabel = CHART_TEXT.seriesBreak[lang];
  const breakLabelWidth = textWidth(breakLabel, FONT_SIZE - 1);
  // Break labels sit in rows at the top of the frame; a break closer than a label's width
  // to the previous one takes the next row. The y range starts below them.
  const provisional = linear([t0, t1], [48, right]);
  const rows = breaks.map((b, i) => (i && provisional(time(b.date)) - provisional(time(breaks[i - 1]!.date)) < breakLabelWidth + 12 ? i : 0));
  const insetTop = breaks.length ? (Math.max(...rows) + 1) * BREAK_ROW + 4 : 0;

  const ys = yScale([...all.map((p) => p.value), ...rangeTargets.map((p) => p.upper)], bottom - top - insetTop);
  const tickLabel = (v: number) => formatNumber(v, lang, ys.decimals);
  const left = Math.max(28, Math.ceil(Math.max(...ys.ticks.map((t) => textWidth(tickLabel(t), FONT_SIZE))) + 8));
  const xt = linear([t0, t1], [left, right]);
  const x = (p: ChartPoint, shift = 0) => num(xt(time(p.date) + shift * YEAR_MS));
  const y = linear(ys.domain, [bottom, top + insetTop]);
  const yv = (v: number) => num(y(v));

  return svg`<g class="legend" text-anchor="start">${legend}</g>
    <text x="0" y=${top - 14} text-anchor="start">↑ ${data.unit[lang]}</text>
    ${ys.ticks.map((t) => svg`<line class="grid" x1=${left} x2=${right} y1=${yv(t)} y2=${yv(t)}/><text class="muted" x=${left - 3} y=${yv(t)} dy="0.32em" text-anchor="end">${tickLabel(t)}</text>`)}
    ${yearTicks(first, last, right - left).map((yr) => {
      const tx = num(xt(yearTick(yr)));
      return svg`<line class="grid" x1=${tx} x2=${tx} y1=${bottom} y2=${bottom + 4}/><text class="muted" x=${tx} y=${bottom + 4} dy="1em">${yr}</text>`;
    })}
    ${rangeTargets.map((p) => svg`<rect class="target tf ts" fill-opacity="0.2" x=${x(p, -0.3)} y=${yv(p.upper)} width=${num(x(p, 0.3) - x(p, -0.3))} height=${num(yv(p.value) - yv(p.upper))}/>`)}
    ${breaks.map((b, i) => {
      const bx = num(xt(time(b.date)));
      const leftOf = bx + 4 + breakLabelWidth > right;
      return svg`<g class="series-break"><line x1=${bx} x2=${bx} y1=${top} y2=${bottom} stroke="currentColor" stroke-dasharray="2,3"/><text x=${leftOf ? bx - 4 : bx + 4} y=${top + 12 + (rows[i] ?? 0) * BREAK_ROW} text-anchor=${leftOf ? 'end' : 'start'} font-size=${FONT_SIZE - 1}>${breakLabel}</text><title>${breakLabel}: ${b.title[lang]} (${b.date})</title></g>`;
    })}
    ${data.plan.map((p) => svg`<line class="plan ps" x1=${x(p, -0.3)} x2=${x(p, 0.3)} y1=${yv(p.value)} y2=${yv(p.value)} stroke-width="2" stroke-dasharray=${p.approximate ? '1,3' : '4,2'}/>`)}
    ${data.target.filter((p) => !isRange(p)).map((p) => svg`<line class="target ts" x1=${x(p, -0.25)} x2=${x(p, 0.25)} y1=${yv(p.value)} y2=${yv(p.value)} stroke-width="3"/>`)}
    ${data.actualSegments.filter((s) => s.points.length > 1).map((s) => svg`<path class="actual as" fill="none" stroke-width="2" stroke-linejoin="round" d=${s.points.map((p, i) => `${i ? 'L' : 'M'}${x(p)},${yv(p.value)}`).join('')}/>`)}
    ${data.actualMarks.filter((p) => isAbove(p) || isBelow(p)).map((p) => svg`<path class="bound as" fill="none" stroke-width="1.5" d=${isAbove(p) ? `M${x(p)},${yv(p.value) - 4}v-10m-3,3l3,-3l3,3` : `M${x(p)},${yv(p.value) + 4}v10m-3,-3l3,3l3,-3`}/>`)}
    ${[...line, ...data.actualMarks.filter((p) => !p.partial)].map((p) => {
      const open = p.approximate || p.comparator !== '';
      return svg`<circle class=${open ? 'approximate as' : 'actual af'} fill=${open ? 'none' : 'currentColor'} stroke-width="1.5" cx=${x(p)} cy=${yv(p.value)} r="3.5"/>`;
    })}
    ${partial.map((p) => svg`<rect class=${p.approximate ? 'year-to-date approximate as' : 'year-to-date af'} fill=${p.approximate ? 'none' : 'currentColor'} stroke-width="1.5" x=${x(p) - 2.65} y=${yv(p.value) - 2.65} width="5.3" height="5.3"/>`)}`;
}
