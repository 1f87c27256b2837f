import type { Indicator, Localized } from '../data/model.ts';
import type { Comparator } from '../data/vocabulary.ts';
import { formatNumber, type Lang } from '../format.ts';
import { BOUND_WORDS } from '../i18n/labels.ts';
import { chartData, rough } from './series.ts';
import type { ChartPoint, IndicatorInput, VersionInput } from './types.ts';
import { byCodeUnits } from '../compare.ts';

export interface PlanProgress {
  plan: ChartPoint;
  /** actual ÷ plan × 100, computed here: "% of plan" is never typed in. */
  percent: number;
  /** True when the actual or the plan is approximate: derived, estimated, "about", or seen only in a translation (often rounded). */
  approximate: boolean;
  /** The actual's bound ("more than 180,500"): the percent is then a bound too ("more than 115.7%"). */
  bound?: Bound;
}

/** Comparators of a one-sided bound. */
export type Bound = Exclude<Comparator, '' | '~' | 'range'>;

export interface Change {
  from: ChartPoint;
  /** Difference in the indicator's unit (percentage points for rates). */
  absolute: number;
  /** Relative change in %, for counts only. */
  relative?: number;
}

/** What a reader sees first: the latest figure, progress against plan, change, gaps. */
export interface Headline {
  latest: ChartPoint;
  plan?: PlanProgress;
  /** The plan of the latest figure's year, where a % of it would mean nothing (a rate, a day within the year). */
  yearPlan?: ChartPoint;
  change?: Change;
  /** A year-to-date figure newer than `latest`, with its progress against the year's plan. */
  yearToDate?: { point: ChartPoint; plan?: PlanProgress };
  /** Years between the first and last full-year figure that have none. */
  missingYears: number[];
}

const exact = (p: ChartPoint) => p.comparator === '';
const byDate = (points: readonly ChartPoint[]) => [...points].sort((a, b) => byCodeUnits(a.date, b.date));

/**
 * An outcome against its year's exact plan, or undefined (no plan, a plan of 0, a range).
 * A bound actual gives a bound percent; a rough input (derived, estimated, "about",
 * translated) an approximate one.
 */
export function planProgress(point: ChartPoint, plans: readonly ChartPoint[]): PlanProgress | undefined {
  const plan = plans.find((p) => p.year === point.year && exact(p));
  if (!plan || plan.value === 0 || point.comparator === 'range') return undefined;
  const p: PlanProgress = { plan, percent: (point.value / plan.value) * 100, approximate: rough(point) || rough(plan) };
  if (point.comparator !== '' && point.comparator !== '~') p.bound = point.comparator;
  return p;
}

/** The headline of one indicator version for one area, or undefined when it has no outcome. */
export function headline(indicator: Omit<IndicatorInput, 'title'>, version: VersionInput, area: string): Headline | undefined {
  const chart = chartData(indicator, version, area);
  const line = chart.actualSegments.flatMap((s) => s.points);
  const bounds = chart.actualMarks.filter((p) => !p.partial);
  // The latest full-period outcome; failing that the latest year-to-date one; failing that
  // the latest plan or target (a figure the reader should see, said to be a plan).
  const latest = byDate([...line, ...bounds]).at(-1) ?? byDate(chart.actualMarks).at(-1) ?? byDate([...chart.plan, ...chart.target]).at(-1);
  if (!latest) return undefined;

  const h: Headline = { latest, missingYears: [] };
  // "% of plan" of a rate, or of a count on a day within the year, would mean nothing: such
  // a figure is shown beside its year's plan instead.
  const rate = indicator.unit.id === 'percent';
  const outcome = latest.measure === 'actual' || latest.measure === 'estimate';
  const plan = outcome && !rate && (latest.partial || latest.period.length === 4) ? planProgress(latest, chart.plan) : undefined;
  const yearPlan = outcome && !plan ? chart.plan.find((p) => p.year === latest.year && exact(p)) : undefined;
  if (plan) h.plan = plan;
  else if (yearPlan) h.yearPlan = yearPlan;

  // Change only within the latest line segment: never across a gap or a series break.
  const segment = chart.actualSegments.find((s) => s.points.includes(latest));
  const prev = segment && segment.points.length > 1 ? segment.points.at(-2) : undefined;
  if (prev) {
    const change: Change = { from: prev, absolute: latest.value - prev.value };
    if (indicator.kind === 'count' && prev.value !== 0) change.relative = ((latest.value - prev.value) / prev.value) * 100;
    h.change = change;
  }

  const ytd = chart.actualMarks.filter((p) => p.partial && p.date >= latest.date && p.year > latest.year).at(-1);
  if (ytd) {
    const ytdPlan = rate ? undefined : planProgress(ytd, chart.plan);
    h.yearToDate = ytdPlan ? { point: ytd, plan: ytdPlan } : { point: ytd };
  }

  const annual = line.filter((p) => p.period.length === 4).map((p) => p.year);
  if (annual.length > 1) {
    const have = new Set(annual);
    for (let y = Math.min(...annual); y <= Math.max(...annual); y++) if (!have.has(y)) h.missingYears.push(y);
  }
  return h;
}

/** Units that count named areas: a derived count of them adds up areas its sources name, so it is exact. */
const COUNTED_UNITS = new Set(['districts', 'communes']);

/** Whether a point reads as approximate (≈): see {@link formatValue}. */
export const isApproximate = (p: Pick<ChartPoint, 'approximate' | 'flag'>, indicator: { unit: { id?: string } }): boolean =>
  p.approximate && !(p.flag === 'derived' && COUNTED_UNITS.has(indicator.unit.id ?? ''));

/**
 * A value as it reads in text: "≈ 152.021 người", "dưới 4%", "75–80%". Rates take "%"
 * without a space; other units follow the number. A stated % of plan or % change is a
 * percentage whatever the indicator's unit ("126,9%", never "126,9 người"). Derived values
 * take "≈", except a derived count of districts, which is exact.
 */
export function formatValue(
  p: Pick<ChartPoint, 'value' | 'comparator' | 'upper' | 'approximate' | 'flag'> & { measure?: ChartPoint['measure'] },
  indicator: Pick<Indicator, 'decimals' | 'kind'> & { unit: Localized & { id?: string } },
  lang: Lang,
  withUnit = true,
): string {
  const percentOf = p.measure === 'pct_of_plan' || p.measure === 'pct_change';
  // Years are labels, not quantities: no grouping ("2020", not "2.020") and no unit.
  const isYear = indicator.kind === 'year' && !percentOf;
  const n = (v: number) => (isYear ? String(v) : formatNumber(v, lang, percentOf ? 1 : indicator.decimals));
  let text = p.comparator === 'range' && p.upper !== undefined ? `${n(p.value)}–${n(p.upper)}` : n(p.value);
  if (p.comparator !== '' && p.comparator !== 'range') text = `${BOUND_WORDS[p.comparator][lang]} ${text}`;
  else if (p.flag === 'derived' && isApproximate({ approximate: true, flag: p.flag }, indicator)) text = `≈ ${text}`;
  if (percentOf) return `${text}%`;
  if (!withUnit || isYear) return text;
  const unit = indicator.unit[lang];
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

/** A computed percentage: "≈ 131,4%" when it rests on a rough figure, "hơn 115,7%" when on a bound. */
export const formatPercent = (v: number, lang: Lang, approximate = false, bound?: Bound): string =>
  `${bound ? `${BOUND_WORDS[bound][lang]} ` : approximate ? '≈ ' : ''}${formatNumber(v, lang, 1)}%`;

/** A plan progress as it reads: {@link formatPercent} of its percent. */
export const formatProgress = (p: PlanProgress, lang: Lang): string => formatPercent(p.percent, lang, p.approximate, p.bound);
