/**
 * The one layout of the time-series chart, shared by the site (rendered at build time) and
 * the widget (rendered in the browser): from prepared {@link ChartData} and
 * {@link LayoutOptions} to the position, in px, of every mark, label, tick, legend entry and
 * series break. Pure and deterministic: no DOM, no Node; the widget bundles it, so it is
 * written for size.
 *
 * How each kind of indicator reads (`ChartData.temporal`):
 * - `flow` (an amount over a period): a row per year, its words — the value and the % of
 *   plan, "203.027 · 126,9% kế hoạch" — above its bar, the year's plan a tick across the
 *   bar's slot; the current year's year-to-date figure a distinct partial bar named for its
 *   months ("10 tháng 2025"). Rows read the same on a phone and a desktop and never need a
 *   value axis: every bar says its value. Under a fixed height too small for that, the words
 *   go beside the bar, on one line.
 * - `stock` (a count or rate at a point in time): a line through points, broken at gaps and
 *   series breaks; the last, the first and as many other points as fit are labelled.
 * - `level` (a value in force until the next): steps, never a slope between two changes,
 *   each level labelled with its start; national `reference` levels as a dashed step line.
 *
 * Everywhere: approximate values (derived, estimated, bounds, "about") are hollow and
 * marked ≈ (or <, >); a date known only to its year sits mid-year with a bracket across the
 * year; series breaks are dotted rules whose labels take rows so that they never overlap.
 * Text widths are estimated at 0.6 em a character, wider than fonts draw them, so that a
 * label judged to fit does fit whatever font the page has.
 */
import { formatNumber, type Lang } from '../format.ts';
import { startLabel } from '../i18n/dates.ts';
import type { Localized } from '../data/model.ts';
import { MEASURE_LABEL } from '../i18n/labels.ts';
import { formatPercent, formatValue } from '../prepare/headline.ts';
import { requirePeriod } from '../prepare/period.ts';
import { currentYearToDate, outcomesOf, planShare } from '../prepare/series.ts';
import type { ChartData, ChartPoint } from '../prepare/types.ts';
import { niceTicks, precisionFixed } from './scale.ts';
import { CHART_TEXT as T } from './text.ts';

/** The chart's size and what it draws. */
export interface PlotOptions {
  /** Language of every word and number. */
  lang: Lang;
  /** Width in px: the drawing's natural width (the site's narrow or wide SVG, the widget's measured box). */
  width: number;
  /** Height in px, everything included; default: the natural height for the width and the data. */
  height?: number | undefined;
  /** Font size of labels and ticks in px (a title is 1.25×); default 12. */
  fontSize?: number | undefined;
  /** Draw the legend (default true). */
  legend?: boolean | undefined;
  /** Draw the current year's year-to-date figure of a flow as a partial bar (default true). */
  yearToDate?: boolean | undefined;
  /** Px left free above the chart, and below it, for a frame's title and source lines (default 0). */
  top?: number | undefined;
  bottom?: number | undefined;
}

/** {@link PlotOptions} and the frame an article or a standalone image may set. */
export interface LayoutOptions extends PlotOptions {
  /** A year to highlight: a band behind it, its labels bold. */
  highlight?: number | undefined;
  /**
   * A title drawn into the drawing (an article's, or a standalone image's); not the
   * accessible name, which the renderer takes as `title`.
   */
  heading?: string | undefined;
  /** A note drawn under the title. */
  note?: string | undefined;
  /** A source line drawn at the bottom (a standalone image). */
  source?: string | undefined;
}

export type Anchor = 'start' | 'middle' | 'end';
/** `horizontal`: a row per year, bars running left to right (flows); `vertical`: time left to right (stocks, levels). */
export type Orientation = 'horizontal' | 'vertical';

/**
 * One drawn thing, in px of the drawing: its SVG tag, its class list (what it is: `bar`,
 * `plan`, `line`, `tick`, `lbl`, …, which chart.css colours for the site and the widget
 * alike), then its geometry in the order render.ts names it: a `rect`'s x, y, width,
 * height; a `line`'s x1, y1, x2, y2; a `circle`'s cx, cy, r; a `path`'s d; a `text`'s x, y
 * (its baseline), anchor, and the text.
 */
export type Mark =
  | ['rect' | 'line', string, number, number, number, number]
  | ['circle', string, number, number, number]
  | ['path', string, string]
  | ['text', string, number, number, Anchor, string];

/** The marks of one year: focusable, and described by `label` (what its tooltip shows). */
export interface YearGroup {
  year: number;
  /** "2022: Thực hiện: 203.027 người; Kế hoạch: 160.000 người; 126,9% kế hoạch". */
  label: string;
  /** The year's slot (its column or row): where a pointer finds it, outlined on focus. */
  hit: { x: number; y: number; w: number; h: number };
  highlight: boolean;
  marks: Mark[];
}

/** Everything the renderer draws, positioned. */
export interface ChartLayout {
  width: number;
  height: number;
  fontSize: number;
  orientation: Orientation;
  /** The plotting area. */
  plot: { x: number; y: number; w: number; h: number };
  /** Drawn first and not focusable: title, legend, unit, axes, grid, breaks, lines and steps. */
  marks: Mark[];
  /** One group per year with anything drawn, oldest first. */
  years: YearGroup[];
}

const YEAR = 365.25 * 864e5;
const SYMBOL: Record<string, string> = { '<': '< ', '<=': '≤ ', '>': '> ', '>=': '≥ ', '~': '≈ ' };
const time = Date.parse;
/** Path data with its numbers rounded to 0.1 px: d`M${x},${y}`. */
const d = (s: TemplateStringsArray, ...v: number[]) => s.reduce((a, b, i) => a + Math.round(v[i - 1]! * 10) / 10 + b);
const text = (c: string, x: number, y: number, s: string, a: Anchor = 'start'): Mark => ['text', c, x, y, a, s];
const line = (c: string, x1: number, y1: number, x2: number, y2: number): Mark => ['line', c, x1, y1, x2, y2];
const rect = (c: string, x: number, y: number, w: number, h: number): Mark => ['rect', c, x, y, w, h];
/** A rectangle between two corners. */
const box = (c: string, [x1, y1]: number[], [x2, y2]: number[]) => rect(c, Math.min(x1!, x2!), Math.min(y1!, y2!), Math.abs(x2! - x1!), Math.abs(y2! - y1!));
const dot = (c: string, x: number, y: number, r = 3.5): Mark => ['circle', c, x, y, r];
const path = (c: string, s: string): Mark => ['path', c, s];
const byDate = (a: ChartPoint, b: ChartPoint) => (a.date < b.date ? -1 : 1);
/** The class of a point's mark: what it is, `approx` when shown as ≈ (a plan derived or bounded is dotted; a target, a ceiling, never), `ytd` for part of a year. */
const cls = (c: string, p: ChartPoint) => `${c}${p.partial ? ' ytd' : ''}${p.approximate && p.measure !== 'target' ? ' approx' : ''}`;

/**
 * The layout of a chart with its frame: {@link plotLayout}, a heading and a note above it and
 * a source line below it (wrapped to the width), and a highlighted year. The site draws
 * with it; the widget draws with plotLayout alone until it offers these options.
 */
export function chartLayout(data: ChartData, o: LayoutOptions): ChartLayout {
  const frame = frameLayout(o);
  const l = plotLayout(data, { ...o, top: frame.top, bottom: frame.bottom });
  highlightYear(l, o.highlight);
  return { ...l, marks: [...frame.marks(l.height), ...l.marks] };
}

/**
 * The frame alone, around a body drawn by someone else (the district map of a standalone
 * image): the px it takes above the body (heading and note) and below it (the source
 * lines, wrapped to the width), and its marks once the whole drawing's height is known.
 */
export function frameLayout(o: Pick<LayoutOptions, 'width' | 'fontSize' | 'heading' | 'note' | 'source'>): {
  top: number;
  bottom: number;
  marks: (height: number) => Mark[];
} {
  const f = o.fontSize ?? 12;
  const W = Math.round(o.width);
  const head: Mark[] = [];
  let top = 0;
  for (const [s, c, k] of [[o.heading, 'title', 1.25], [o.note, 'note', 1]] as const) {
    for (const l of wrap(s, W, f * k)) head.push(text(c, 0, (top += f * k * 1.3) - f * k * 0.3, l));
  }
  const foot = wrap(o.source, W, f);
  return {
    top,
    bottom: foot.length * f * 1.3,
    marks: (height) => [...head, ...foot.map((s, i) => text('note', 0, height - (foot.length - i - 0.8) * f * 1.3, s))],
  };
}

/**
 * Highlights a year of a layout in place: a band behind its slot, its group marked. The
 * widget draws its frame (heading, note) as HTML and calls this on {@link plotLayout} alone.
 */
export function highlightYear(l: ChartLayout, year: number | undefined): ChartLayout {
  for (const g of l.years) {
    if (g.year === year) {
      g.highlight = true;
      g.marks.unshift(rect('hl', g.hit.x, g.hit.y, g.hit.w, g.hit.h));
    }
  }
  return l;
}

/** The layout of a chart without a frame (see the file comment). */
export function plotLayout(data: ChartData, o: PlotOptions): ChartLayout {
  const { lang, height } = o;
  const f = o.fontSize ?? 12;
  const W = Math.round(o.width);
  const tw = (s: string) => s.length * f * 0.6;
  const say = (k: keyof typeof T) => T[k][lang];
  const n = (v: number, digits = data.decimals) => (data.kind === 'year' ? `${v}` : formatNumber(v, lang, digits));
  /** A value as a label: "≈ 190.885", "> 180.500", "75–80%". */
  const short = (p: ChartPoint) =>
    (p.comparator === 'range' ? `${n(p.value)}–${n(p.upper!)}` : (SYMBOL[p.comparator] ?? (p.approximate ? '≈ ' : '')) + n(p.value)) + (data.unit.vi === '%' ? '%' : '');
  const flow = data.temporal === 'flow';
  const level = data.temporal === 'level';
  const { plan: plans, target: targets, reference: refs, breaks: breakList } = data;
  const of = (list: readonly ChartPoint[], y: number) => list.find((p) => p.year === y);

  // A flow's parts of years show only as the current year's partial bar (the others have a
  // chart of their own: yearToDateData).
  const current = o.yearToDate === false ? undefined : currentYearToDate(data);
  const outcomes = outcomesOf(data).filter((p) => !flow || !p.partial || p === current);
  const all = [...outcomes, ...plans, ...targets, ...refs];
  const first = Math.min(...all.map((p) => p.year));
  const last = Math.max(...all.map((p) => p.year));
  const range = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const span = range.length;

  const marks: Mark[] = [];
  // By year: an object's integer keys iterate in ascending order.
  const groups: Record<number, YearGroup & { words: string[] }> = {};
  const group = (y: number) => (groups[y] ??= { year: y, label: '', hit: { x: 0, y: 0, w: W, h: 0 }, highlight: false, marks: [], words: [] });
  let top = o.top ?? 0;
  const footH = o.bottom ?? 0;
  const finish = (H: number, orientation: Orientation, x: number, y: number, w: number, h: number): ChartLayout => ({
    width: W,
    height: Math.ceil(H),
    fontSize: f,
    orientation,
    plot: { x, y, w, h },
    marks,
    years: Object.values(groups).map(({ words, ...g }) => ({ ...g, label: `${g.year}: ${words.join('; ')}` })),
  });
  if (!all.length) {
    const H = o.height ?? top + 120 + footH;
    marks.push(text('lbl', W / 2, (top + H - footH) / 2, say('noData'), 'middle'));
    return finish(H, 'vertical', 0, top, W, H - top - footH);
  }

  // Each year's words, for its group's label and tooltip: its breaks, values and % of plan.
  for (const b of breakList) {
    const y = +b.date.slice(0, 4);
    if (y >= first && y <= last) group(y).words.push(`${say('seriesBreak')}: ${b.title[lang]}`);
  }
  for (const p of all) group(p.year).words.push(`${MEASURE_LABEL[p.measure][lang]}${p.label[lang] === `${p.year}` ? '' : ` ${p.label[lang]}`}: ${formatValue(p, data, lang)}`);
  /** A flow's bar of a year: its full-year figure, or the current year's partial one. */
  const barOf = (y: number) => (flow ? of(outcomes, y) : undefined);
  /** A year's % of plan: as written on the chart, and in words. */
  const pctOf = (y: number) => {
    const bar = barOf(y);
    const s = bar && planShare(bar, of(plans, y), bar.partial ? undefined : of(data.statedPct, y));
    const pct = s && formatPercent(s.value, lang, s.approximate);
    return pct ? [pct, `${pct} ${say(bar!.partial ? 'ofAnnualPlan' : 'ofPlan')}`] : [];
  };
  for (const y of range) {
    const words = pctOf(y)[1];
    if (words) group(y).words.push(words);
  }
  // The legend: an entry for each kind of mark drawn, in short words.
  if (o.legend !== false) {
    let x = 0;
    let y = top + f * 0.9;
    const step = (c: string, x: number) => path(c, d`M${x},${y + 4}h8v-8h12`);
    const mark = (c: string, x: number) => (flow ? rect(`bar${c}`, x + 4, y - 6, 12, 12) : level && !c ? step('step', x) : dot(`dot${c}`, x + 10, y));
    const entries: [unknown, Localized, (x: number) => Mark][] = [
      [outcomes.some((p) => !p.approximate && !p.partial && !p.inYear), MEASURE_LABEL.actual, (x) => mark('', x)],
      [outcomes.some((p) => p.approximate), T.approx, (x) => mark(' approx', x)],
      [outcomes.some((p) => p.partial), T.ytd, (x) => mark(' ytd', x)],
      [[...outcomes, ...refs].some((p) => p.inYear), T.when, (x) => rect('when', x + 1, y - 1, 18, 2)],
      [plans.length, MEASURE_LABEL.plan, (x) => line('plan', x + 1, y, x + 19, y)],
      [targets.length, MEASURE_LABEL.target, (x) => (targets.some((p) => p.comparator === 'range') ? rect('range', x + 2, y - 5, 16, 10) : line('target', x + 1, y, x + 19, y))],
      [refs.length, T.reference, (x) => step('ref', x)],
    ];
    for (const [on, words, swatch] of entries) {
      if (!on) continue;
      const w = 26 + tw(words[lang]);
      if (x > 0 && x + w > W) {
        x = 0;
        y += f * 1.6;
      }
      marks.push(swatch(x), text('key', x + 26, y + f * 0.35, words[lang]));
      x += w + 14;
    }
    if (x) top = y + f * 0.9;
  }

  const lineH = f * 1.3;
  const values = all.flatMap((p) => [p.value, p.upper ?? p.value]);

  // ---- flows: a row per year -------------------------------------------------------------
  if (flow) {
    const gapH = f * 1.4;
    const rowBreaks = range.filter((y) => y > first && breakList.some((b) => +b.date.slice(0, 4) === y));
    marks.push(text('unit', 0, (top += lineH) - f * 0.3, `${say('unit')}: ${data.unit[lang]}`));
    // Two lines a row (the words above the bar) when the height allows, else one.
    const rowH = Math.min(f * 2.9, ((o.height ?? 1e9) - top - footH - rowBreaks.length * gapH) / span);
    const one = rowH < f * 2.4;
    const rows = range.map((y) => {
      const bar = barOf(y);
      const plan = of(plans, y);
      const main = bar ? short(bar) : plan ? `${MEASURE_LABEL.plan[lang]} ${short(plan)}` : '';
      const [pct, words] = pctOf(y);
      const name = bar?.partial ? bar.label[lang] : `${y}`;
      // "203.027 · 126,9% kế hoạch", shortened until it fits beside the name.
      return [y, bar, name, [words, pct, ''].map((s) => (s ? `${main} · ${s}` : main)).find((s) => tw(name + s) + 12 <= W) ?? main] as const;
    });
    const nameW = one ? Math.max(...rows.map((r) => tw(r[2]))) + 6 : 0;
    const wordsW = one ? Math.max(...rows.map((r) => tw(r[3]))) + 6 : 0;
    const lo = Math.min(0, ...values);
    const v = (x: number) => nameW + ((x - lo) * (W - 2 - nameW - wordsW)) / (Math.max(...values) - lo || 1);
    const barH = one ? rowH * 0.6 : rowH - lineH - f * 0.6;
    const plotTop = top;
    for (const [y, bar, name, words] of rows) {
      if (rowBreaks.includes(y)) {
        marks.push(text('brk', 0, top + gapH / 2 + f * 0.35, say('seriesBreak')), line('brk', tw(say('seriesBreak')) + 6, top + gapH / 2, W, top + gapH / 2));
        top += gapH;
      }
      const base = one ? top + (rowH - barH) / 2 : top + lineH;
      const ty = one ? top + rowH / 2 + f * 0.35 : top + f;
      const own = groups[y]?.marks ?? marks;
      if (bar) own.push(box(cls('bar', bar), [v(0), base], [v(bar.value), base + barH]));
      for (const p of [of(plans, y), of(targets, y)]) {
        if (p) own.push(p.comparator === 'range' ? box('range', [v(p.value), base - 3], [v(p.upper!), base + barH + 3]) : line(cls(p.measure, p), v(p.value), base - 3, v(p.value), base + barH + 3));
      }
      own.push(text('tick', 0, ty, name), text(bar ? 'lbl' : 'lbl plan', W, ty, words, 'end'));
      if (groups[y]) groups[y].hit = { x: 0, y: top, w: W, h: rowH };
      top += rowH;
    }
    return finish(o.height ?? top + footH + f * 0.5, 'horizontal', 0, plotTop, W, top - plotTop);
  }

  // ---- stocks and levels: time left to right ---------------------------------------------
  // A band per year, labelled at its middle: a point sits at its date within its year's band
  // (a year-end stock at the band's end, a date known only to its year at its middle).
  const t0 = time(`${first}`);
  const t1 = time(`${first + span}`);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  // Zero is on the axis when that wastes less than half the plot.
  if (lo >= 0 && lo <= hi / 2) lo = 0;
  if (hi <= 0 && hi >= lo / 2) hi = 0;
  if (lo === hi) [lo, hi] = lo ? [Math.min(0, lo), Math.max(0, lo)] : [0, 1];
  // Room above the highest point for its label (a level's: two lines).
  const inset = (level ? 2 : 1) * (f + 2) + 6;
  const plotH = height === undefined ? Math.min(320, Math.max(200, W / 2)) : height - top - lineH - footH - f - 10;
  const scale = niceTicks(lo, hi, Math.max(3, Math.round((plotH - inset) / 50)));
  [lo, hi] = scale.domain;
  const digits = precisionFixed(scale.step);
  const left = Math.max(...scale.ticks.map((t) => tw(n(t, digits)))) + 6;
  const x = (t: number) => left + ((t - t0) / (t1 - t0)) * (W - 1 - left);
  /** A year's band: where it starts, and its width. */
  const yx = (yr: number) => x(time(`${yr}`));
  const band = x(YEAR) - x(0);
  // A series break's rule, and its label in the first row above the plot where it overlaps no other.
  const bw = tw(say('seriesBreak')) * 0.92;
  const rows: number[][] = [];
  const breaks = breakList.map((b) => x(time(b.date))).filter((bx) => bx > left && bx < W).map((bx) => {
    const x0 = bx + 4 + bw > W ? bx - 4 - bw : bx + 4;
    let row = rows.findIndex((r) => r.every((e) => x0 > e + 8 || x0 + bw < e - bw - 8));
    if (row < 0) row = rows.push([]) - 1;
    rows[row]!.push(x0 + bw);
    return [bx, x0, row] as const;
  });
  const rowOf = f + 3;
  const breakTop = top + lineH;
  const plotTop = breakTop + rows.length * rowOf;
  const H = height ?? plotTop + plotH + f + 10 + footH;
  const bottom = H - footH - f - 10;
  const y = (v: number) => bottom - ((v - lo) * (bottom - plotTop - inset)) / (hi - lo);
  const xd = (p: ChartPoint) => x(time(p.date));
  marks.push(text('unit', 0, breakTop - f * 0.3, `↑ ${data.unit[lang]}`), line('axis', left, bottom, W, bottom));
  for (const t of scale.ticks) marks.push(line('grid', left, y(t), W, y(t)), text('tick', left - 4, y(t) + f * 0.35, n(t, digits), 'end'));
  const every = [1, 2, 5, 10, 20, 50].find((s) => Math.ceil(span / s) * tw('20245') <= W - left) ?? 100;
  for (const yr of range) {
    marks.push(line('axis', yx(yr), bottom, yx(yr), bottom + 4));
    if (every < 2 || yr % every === 0) marks.push(text('tick', Math.min(yx(yr) + band / 2, W - f * 1.2), bottom + 4 + f, `${yr}`, 'middle'));
  }
  for (const [bx, x0, row] of breaks) marks.push(line('brk', bx, breakTop, bx, bottom), text('brk', x0, breakTop + (row + 1) * rowOf - 3, say('seriesBreak')));

  /** Labels placed so far, and a level chart's lines: [x0, y0, x1, y1]. */
  const placed: number[][] = [];
  /**
   * Writes `rows` of text (top to bottom) ending above `low` into a year's group, `align` of
   * its width left of `lx` (0: starting there, ½: centred, 1: ending there), unless it would
   * overlap what is placed or run below the axis; says whether it did.
   */
  const label = (yr: number, rows: [string, string][], lx: number, low: number, align: number) => {
    const w = Math.max(...rows.map(([, s]) => tw(s)));
    const x0 = Math.max(left, Math.min(W - w, lx - w * align));
    let y0 = low - rows.length * (f + 2);
    // No room above the plot: below the point instead.
    if (y0 < plotTop - 2) y0 = low + f + 12;
    const b = [x0, y0, x0 + w, y0 + rows.length * (f + 2)];
    if (b[3]! > bottom || placed.some((a) => b[0]! < a[2]! + 3 && b[2]! > a[0]! - 3 && b[1]! < a[3]! && b[3]! > a[1]!)) return false;
    placed.push(b);
    rows.forEach(([c, s], i) => group(yr).marks.push(text(c, x0 + w / 2, y0 + (i + 1) * (f + 2) - 3, s, 'middle')));
    return true;
  };

  {
    // Steps: a level holds until the next row; a riser joins two levels, but not across a break.
    for (const [points, c] of level ? ([[outcomes, 'step'], [refs, 'ref']] as const) : []) {
      const sorted = [...points].sort(byDate);
      const s = sorted.map((p, i) => {
        const prev = sorted[i - 1];
        const [px, py, nx] = [xd(p), y(p.value), sorted[i + 1] ? xd(sorted[i + 1]!) : W];
        const riser = prev && !breakList.some((b) => prev.date < b.date && b.date <= p.date);
        const from = riser ? y(prev.value) : py;
        // Labels keep off the step and its riser (label() reads `placed`).
        placed.push([px, py, nx, py], [px, Math.min(py, from), px, Math.max(py, from)]);
        return (riser ? d`V${py}` : d`M${px},${py}`) + d`H${nx}`;
      });
      if (s.length) marks.push(path(c, s.join('')));
    }
    for (const s of level ? [] : data.actualSegments) if (s.points[1]) marks.push(path('line', s.points.map((p, i) => (i ? 'L' : 'M') + d`${xd(p)},${y(p.value)}`).join('')));
    for (const p of [...outcomes, ...refs]) {
      const py = y(p.value);
      const own = group(p.year).marks;
      // A date known only to its year: a bar across the year's band (under a level's step).
      if (p.inYear) own.push(rect('when', yx(p.year), py + (level ? 4 : -1), band, 2));
      own.push(dot(cls(p.measure === 'reference' ? 'dot ref' : 'dot', p), xd(p), py, level ? 3 : 3.5));
    }
    for (const p of [...plans, ...targets]) {
      const a = x(time(p.date) - YEAR * 0.3);
      const b = x(time(p.date) + YEAR * 0.3);
      group(p.year).marks.push(p.comparator === 'range' ? box('range', [a, y(p.value)], [b, y(p.upper!)]) : line(cls(p.measure, p), a, y(p.value), b, y(p.value)));
    }
    // Labels: the newest first, then the oldest, then the others; a level's start above
    // its value; national levels last.
    const sorted = [...outcomes].sort(byDate);
    for (const p of [...sorted.slice(-1), ...sorted.slice(0, -1), ...(level ? refs : [])]) {
      if (level) {
        // Above the level's start, right of it, else left of it; else below the step; else none
        // (the table and the year's tooltip still give it): never across a line.
        const rows: [string, string][] = [['lbl sub', startLabel(requirePeriod(p.period))[lang]], [p.measure === 'reference' ? 'lbl ref' : 'lbl', short(p)]];
        [0, 1, 2, 3].some((k) => label(p.year, rows, xd(p) + (k & 1 ? -4 : 2), y(p.value) + (k > 1 ? 2 * f + 11 : -4), k & 1));
      } else label(p.year, [['lbl', short(p)]], xd(p), y(p.value) - 7, 0.5);
    }
  }
  // Each year's slot: its band.
  for (const g of Object.values(groups)) g.hit = { x: yx(g.year), y: plotTop, w: band, h: bottom - plotTop };
  return finish(H, 'vertical', left, plotTop, W - left, bottom - plotTop);
}

/** Lines of at most `width` px (at 0.6 em a character), broken between words. */
function wrap(s: string | undefined, width: number, size: number): string[] {
  const out: string[] = [];
  for (const word of s ? s.split(' ') : []) {
    if (out.length && (out.at(-1)!.length + word.length + 1) * size * 0.6 <= width) out[out.length - 1] += ` ${word}`;
    else out.push(word);
  }
  return out;
}
