/**
 * The time-series chart of one indicator for one area, rendered at build time with
 * Observable Plot into an SVG string that needs no JavaScript and no inline styles.
 */
import { CHART_LEGEND_TEXT } from './text.ts';
import * as Plot from '@observablehq/plot';
import { precisionFixed, scaleLinear, tickStep } from 'd3';
import type { Localized } from '../data/model.ts';
import { formatNumber, type Lang } from '../format.ts';
import type { ChartBreak, ChartData, ChartPoint } from '../prepare/types.ts';
import { COLORS } from './palette.ts';
import { cleanTree, escapeXml, num, svgDocument, svgRoot, textWidth, type SvgLabelOptions } from './svg.ts';

/** Options of {@link timeSeriesSvg}. */
export interface TimeSeriesOptions extends SvgLabelOptions {
  /** Language of the legend, the labels and the number format (`vi-VN` or English). */
  lang: Lang;
  /** Width of the viewBox in px (the SVG itself is `width="100%"`); default 640, minimum 240. */
  width?: number;
  /** Height of the viewBox in px, legend included; default 360, minimum 160. */
  height?: number;
}

/** Default viewBox size in px. */
export const TIME_SERIES_SIZE = { width: 640, height: 360 } as const;

const FONT_SIZE = 12;
const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;
const LEGEND_ROW = 18;
const BREAK_ROW = 15;

/** Words drawn inside the chart: the shared legend words plus the empty-chart message. */
export const CHART_TEXT = {
  ...CHART_LEGEND_TEXT,
  noData: { vi: 'Không có số liệu', en: 'No data' },
} satisfies Record<string, Localized>;

type LegendKey = 'actual' | 'approximate' | 'yearToDate' | 'above' | 'below' | 'plan' | 'planApproximate' | 'target' | 'targetRange';

/** One drawn point: x is a UTC date, y the value. */
interface Row {
  x: Date;
  y: number;
  z?: number;
  y2?: number;
  x1?: Date;
  x2?: Date;
}

const at = (iso: string): Date => new Date(Date.parse(iso));
const shift = (d: Date, years: number): Date => new Date(d.getTime() + years * YEAR_MS);
const row = (p: ChartPoint): Row => ({ x: at(p.date), y: p.value });
const isAbove = (p: ChartPoint) => p.comparator === '>' || p.comparator === '>=';
const isBelow = (p: ChartPoint) => p.comparator === '<' || p.comparator === '<=';

/** Swatches of the legend, drawn in a 20 × 12 px box centred on y = 0. */
const SWATCH: Record<LegendKey, string> = {
  actual: `<path d="M0,0h20" stroke="${COLORS.actual}" stroke-width="2"/><circle cx="10" r="3.5" fill="${COLORS.actual}"/>`,
  approximate: `<circle cx="10" r="3.5" fill="none" stroke="${COLORS.actual}" stroke-width="1.5"/>`,
  yearToDate: `<rect x="7.3" y="-2.7" width="5.3" height="5.3" fill="${COLORS.actual}"/>`,
  above: `<path d="M10,5V-5M7,-2L10,-5L13,-2" fill="none" stroke="${COLORS.actual}" stroke-width="1.5"/>`,
  below: `<path d="M10,-5V5M7,2L10,5L13,2" fill="none" stroke="${COLORS.actual}" stroke-width="1.5"/>`,
  plan: `<path d="M0,0h20" stroke="${COLORS.plan}" stroke-width="2" stroke-dasharray="4,2"/>`,
  planApproximate: `<path d="M0,0h20" stroke="${COLORS.plan}" stroke-width="2" stroke-dasharray="1,3"/>`,
  target: `<path d="M2,0h16" stroke="${COLORS.target}" stroke-width="3"/>`,
  targetRange: `<rect x="2" y="-5" width="16" height="10" fill="${COLORS.target}" fill-opacity="0.2" stroke="${COLORS.target}"/>`,
};

/** Legend rows: items flow left to right and wrap at the chart's width. */
function legend(keys: LegendKey[], lang: Lang, width: number): { svg: string; height: number } {
  if (keys.length === 0) return { svg: '', height: 0 };
  let x = 0;
  let y = LEGEND_ROW / 2;
  const items: string[] = [];
  for (const key of keys) {
    const label = CHART_TEXT[key][lang];
    const w = 25 + textWidth(label, FONT_SIZE);
    if (x > 0 && x + w > width) {
      x = 0;
      y += LEGEND_ROW;
    }
    items.push(`<g transform="translate(${num(x)},${num(y)})">${SWATCH[key]}<text x="25" dy="0.35em">${escapeXml(label)}</text></g>`);
    x += w + 14;
  }
  return { svg: `<g class="legend" text-anchor="start">${items.join('')}</g>`, height: y + LEGEND_ROW / 2 };
}

/** The y domain and ticks: nice, with zero included when it wastes less than half the plot. */
function yScale(values: number[], plotHeight: number): { domain: [number, number]; ticks: number[]; decimals: number } {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (values.length === 0) [lo, hi] = [0, 1];
  if (lo >= 0 && lo <= hi / 2) lo = 0;
  if (hi <= 0 && hi >= lo / 2) hi = 0;
  if (lo === hi) [lo, hi] = lo > 0 ? [0, lo] : lo < 0 ? [lo, 0] : [0, 1];
  const count = Math.max(3, Math.round(plotHeight / 45));
  const scale = scaleLinear().domain([lo, hi]).nice(count);
  const [d0, d1] = scale.domain() as [number, number];
  return { domain: [d0, d1], ticks: scale.ticks(count), decimals: precisionFixed(tickStep(d0, d1, count)) };
}

/** The month (0–11) and day most points fall on within their year; 1 July on a tie. */
function tickAnchor(points: readonly ChartPoint[]): { month: number; day: number } {
  const counts = new Map<string, number>();
  for (const p of points) counts.set(p.date.slice(5), (counts.get(p.date.slice(5)) ?? 0) + 1);
  let best = '07-01';
  for (const [md, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) if (n > (counts.get(best) ?? 0)) best = md;
  return { month: Number(best.slice(0, 2)) - 1, day: Number(best.slice(3, 5)) };
}

/** Years labelled on the x axis: every year, or every 2nd, 5th, 10th … when space is short. */
function yearTicks(first: number, last: number, plotWidth: number): number[] {
  const fit = Math.max(1, Math.floor(plotWidth / 44));
  const span = last - first + 1;
  const step = [1, 2, 5, 10, 20, 50].find((s) => Math.ceil(span / s) <= fit) ?? 100;
  const years: number[] = [];
  for (let y = first; y <= last; y++) if (step === 1 || y % step === 0) years.push(y);
  return years.length ? years : [first];
}

/** A chart that says there is nothing to draw (an empty series is a gap, not a zero). */
function emptyChart(opts: TimeSeriesOptions, width: number, height: number): string {
  const text = `<text x="${num(width / 2)}" y="${num(height / 2)}" text-anchor="middle">${escapeXml(CHART_TEXT.noData[opts.lang])}</text>`;
  return svgRoot({ ...opts, className: 'ansinh-chart', role: 'img', width, height, fontSize: FONT_SIZE }, text);
}

/**
 * Renders the time-series chart of {@link ChartData} as an SVG string (Observable Plot,
 * server-side, no JavaScript).
 *
 * - Actual values: one line per {@link Segment} with two or more points (never across a gap
 *   or a series break) and a dot per point; a derived or estimated point (`approximate`) has
 *   a hollow dot.
 * - `actualMarks`: year-to-date figures as small squares (filled when exact, hollow when ≈),
 *   never joined; bounds (`>`, `>=`, `<`, `<=`) with an arrow pointing the way the true value lies.
 * - Plans as a dashed tick across each plan year (dotted when ≈); targets as a short bar, a `range` target as
 *   a band from `value` to `upper`; series breaks as a dotted vertical rule with a short label
 *   (the full title is its tooltip).
 * - A legend of the entries present, the y axis in the page's number format with the unit,
 *   years as plain integers on the x axis.
 *
 * The root is `<svg role="img" aria-labelledby="{titleId} {descId}" viewBox="0 0 {width} {height}"
 * width="100%" class="ansinh-chart">`; there is no `style` attribute or element anywhere.
 * Marks carry classes (`actual`, `approximate`, `year-to-date`, `bound`, `plan`, `target`,
 * `series-break`, `legend`) so page CSS may recolour them. Output is deterministic.
 */
export function timeSeriesSvg(data: ChartData, opts: TimeSeriesOptions): string {
  const width = Math.max(240, Math.round(opts.width ?? TIME_SERIES_SIZE.width));
  const height = Math.max(160, Math.round(opts.height ?? TIME_SERIES_SIZE.height));
  const { lang } = opts;

  const segmentPoints = data.actualSegments.flatMap((s) => s.points);
  const partial = data.actualMarks.filter((p) => p.partial);
  const fullMarks = data.actualMarks.filter((p) => !p.partial);
  const bounds = data.actualMarks.filter((p) => isAbove(p) || isBelow(p));
  const rangeTargets = data.target.filter((p) => p.comparator === 'range' && p.upper !== undefined);
  const barTargets = data.target.filter((p) => !rangeTargets.includes(p));
  const all = [...segmentPoints, ...data.actualMarks, ...data.plan, ...data.target];
  if (all.length === 0) return emptyChart(opts, width, height);

  const keys: LegendKey[] = [];
  if (segmentPoints.length) keys.push('actual');
  if (segmentPoints.some((p) => p.approximate) || fullMarks.some((p) => p.approximate) || partial.some((p) => p.approximate)) keys.push('approximate');
  if (partial.length) keys.push('yearToDate');
  if (bounds.some(isAbove)) keys.push('above');
  if (bounds.some(isBelow)) keys.push('below');
  if (data.plan.some((p) => !p.approximate)) keys.push('plan');
  if (data.plan.some((p) => p.approximate)) keys.push('planApproximate');
  if (barTargets.length) keys.push('target');
  if (rangeTargets.length) keys.push('targetRange');
  const leg = legend(keys, lang, width);

  // Years of the axis: from the data's range, widened to every drawn point. Each year's
  // tick sits where most points sit within their year (1 July for flows, 31 December for
  // year-end stocks), and the axis reaches half a year beyond the first and last tick.
  const years = all.map((p) => at(p.date).getUTCFullYear());
  let first = Math.min(data.years[0] || Infinity, ...years);
  let last = Math.max(data.years[1] || -Infinity, ...years);
  const tickAt = tickAnchor(all);
  const yearTick = (yr: number) => new Date(Date.UTC(yr, tickAt.month, tickAt.day));
  // A point far from the anchor (a 1 January stock on a 31 December axis) may need one more year.
  const times = all.map((p) => at(p.date).getTime());
  while (shift(yearTick(first), -0.5).getTime() > Math.min(...times)) first--;
  while (shift(yearTick(last), 0.5).getTime() < Math.max(...times)) last++;
  const x0 = shift(yearTick(first), -0.5);
  const x1 = shift(yearTick(last), 0.5);
  const breaks = data.breaks.filter((b) => at(b.date) > x0 && at(b.date) < x1);

  const values = [...all.map((p) => p.value), ...rangeTargets.map((p) => p.upper as number)];
  const marginTop = Math.ceil(leg.height) + (leg.height ? 6 : 0) + 26;
  const marginBottom = 24;
  const marginRight = 14;
  const breakLabel = CHART_TEXT.seriesBreak[lang];
  const breakLabelWidth = textWidth(breakLabel, FONT_SIZE - 1);
  // Break labels sit in rows at the top of the frame; the y range starts below them.
  const provisionalLeft = 48;
  const xPixel = (d: Date, left: number) => left + ((d.getTime() - x0.getTime()) / (x1.getTime() - x0.getTime())) * (width - left - marginRight);
  const breakRows = layoutBreaks(breaks, (d) => xPixel(d, provisionalLeft), breakLabelWidth);
  const insetTop = breaks.length ? (Math.max(...breakRows) + 1) * BREAK_ROW + 4 : 0;

  const y = yScale(values, height - marginTop - marginBottom - insetTop);
  const tickLabel = (v: number) => formatNumber(v, lang, y.decimals);
  const marginLeft = Math.max(28, Math.ceil(Math.max(...y.ticks.map((t) => textWidth(tickLabel(t), FONT_SIZE))) + 8));
  const plotWidth = width - marginLeft - marginRight;
  const rightEdge = width - marginRight;

  const lineRows: Row[] = data.actualSegments
    .filter((s) => s.points.length >= 2)
    .flatMap((s, i) => s.points.map((p) => ({ ...row(p), z: i })));
  const exactDots = segmentPoints.filter((p) => !p.approximate).map(row);
  const hollowDots = [...segmentPoints.filter((p) => p.approximate), ...fullMarks].map(row);
  const span = (p: ChartPoint, half: number): Row => ({ ...row(p), x1: shift(at(p.date), -half), x2: shift(at(p.date), half) });
  const breakRowsData = breaks.map((b, i) => ({
    x: at(b.date),
    row: breakRows[i] ?? 0,
    title: breakTitle(b, lang),
    leftOf: xPixel(at(b.date), marginLeft) + 4 + breakLabelWidth > rightEdge,
  }));
  // One text mark per row and side: Plot's text offsets are constants, not channels.
  const breakGroups = [...new Set(breakRowsData.map((b) => `${b.row}|${b.leftOf}`))].sort();
  const breakTexts = breakGroups.map((group) => {
    const [r, side] = group.split('|');
    const leftOf = side === 'true';
    return Plot.text(
      breakRowsData.filter((b) => `${b.row}|${b.leftOf}` === group),
      {
        x: 'x',
        frameAnchor: 'top',
        lineAnchor: 'top',
        dy: 3 + Number(r) * BREAK_ROW,
        dx: leftOf ? -4 : 4,
        text: () => breakLabel,
        textAnchor: leftOf ? 'end' : 'start',
        fontSize: FONT_SIZE - 1,
        className: 'series-break',
      },
    );
  });

  const marks: Plot.Markish[] = [
    Plot.rect(rangeTargets.map((p) => ({ ...span(p, 0.3), y2: p.upper as number })), {
      x1: 'x1', x2: 'x2', y1: 'y', y2: 'y2', fill: COLORS.target, fillOpacity: 0.2, stroke: COLORS.target, className: 'target',
    }),
    Plot.ruleX(breakRowsData, { x: 'x', stroke: 'currentColor', strokeDasharray: '2,3', title: 'title', className: 'series-break' }),
    Plot.ruleY(data.plan.filter((p) => !p.approximate).map((p) => span(p, 0.3)), {
      y: 'y', x1: 'x1', x2: 'x2', stroke: COLORS.plan, strokeWidth: 2, strokeDasharray: '4,2', className: 'plan',
    }),
    Plot.ruleY(data.plan.filter((p) => p.approximate).map((p) => span(p, 0.3)), {
      y: 'y', x1: 'x1', x2: 'x2', stroke: COLORS.plan, strokeWidth: 2, strokeDasharray: '1,3', className: 'plan approximate',
    }),
    Plot.ruleY(barTargets.map((p) => span(p, 0.25)), { y: 'y', x1: 'x1', x2: 'x2', stroke: COLORS.target, strokeWidth: 3, className: 'target' }),
    Plot.line(lineRows, { x: 'x', y: 'y', z: 'z', stroke: COLORS.actual, strokeWidth: 2, className: 'actual' }),
    Plot.vector(bounds.filter(isAbove).map(row), {
      x: 'x', y: 'y', dy: -4, length: 10, anchor: 'start', rotate: 0, stroke: COLORS.actual, className: 'bound',
    }),
    Plot.vector(bounds.filter(isBelow).map(row), {
      x: 'x', y: 'y', dy: 4, length: 10, anchor: 'start', rotate: 180, stroke: COLORS.actual, className: 'bound',
    }),
    Plot.dot(exactDots, { x: 'x', y: 'y', r: 3.5, fill: COLORS.actual, className: 'actual' }),
    Plot.dot(hollowDots, { x: 'x', y: 'y', r: 3.5, fill: 'none', stroke: COLORS.actual, strokeWidth: 1.5, className: 'approximate' }),
    Plot.dot(partial.filter((p) => !p.approximate).map(row), {
      x: 'x', y: 'y', r: 3, symbol: 'square', fill: COLORS.actual, className: 'year-to-date',
    }),
    Plot.dot(partial.filter((p) => p.approximate).map(row), {
      x: 'x', y: 'y', r: 3, symbol: 'square', fill: 'none', stroke: COLORS.actual, strokeWidth: 1.5, className: 'year-to-date approximate',
    }),
    ...breakTexts,
  ];

  const plot = Plot.plot({
    document: svgDocument(),
    width,
    height,
    marginTop,
    marginRight,
    marginBottom,
    marginLeft,
    className: 'ansinh-chart',
    x: {
      type: 'utc',
      domain: [x0, x1],
      ticks: yearTicks(first, last, plotWidth).map(yearTick),
      tickFormat: (d: Date) => String(d.getUTCFullYear()),
      tickSize: 4,
      label: null,
    },
    y: {
      domain: y.domain,
      ticks: y.ticks,
      tickFormat: tickLabel,
      tickSize: 0,
      grid: true,
      insetTop,
      label: null,
    },
    marks,
  }) as unknown as SVGSVGElement;

  cleanTree(plot);
  const unitLabel = `<text class="unit" x="0" y="${num(marginTop - 14)}" text-anchor="start">${escapeXml(`↑ ${data.unit[lang]}`)}</text>`;
  return svgRoot(
    { ...opts, className: 'ansinh-chart', role: 'img', width, height, fontSize: FONT_SIZE, textAnchor: 'middle' },
    leg.svg + unitLabel + plot.innerHTML,
  );
}

function breakTitle(b: ChartBreak, lang: Lang): string {
  return `${CHART_TEXT.seriesBreak[lang]}: ${b.title[lang]} (${b.date})`;
}

/** Greedy rows for break labels so that two labels never overlap: returns a row per break. */
function layoutBreaks(breaks: readonly ChartBreak[], x: (d: Date) => number, labelWidth: number): number[] {
  const rowEnds: number[] = [];
  return breaks.map((b) => {
    const px = x(at(b.date));
    let r = rowEnds.findIndex((end) => px > end + 8);
    if (r < 0) r = rowEnds.length;
    rowEnds[r] = px + labelWidth + 4;
    return r;
  });
}
