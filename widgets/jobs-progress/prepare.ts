/**
 * "Jobs created vs plan" for one year: pure, from the site's {@link ChartData}. The figure
 * is the year's full-year outcome when there is one, else its latest year-to-date figure;
 * % of plan is computed from it and the year's exact plan.
 */
import type { Lang } from '../../src/lib/format.ts';
import { formatValue } from '../../src/lib/prepare/headline.ts';
import { chartData, outcomesOf } from '../../src/lib/prepare/series.ts';
import type { ChartPoint, IndicatorInput, VersionInput } from '../../src/lib/prepare/types.ts';

export interface Progress {
  year: number;
  plan: ChartPoint;
  /** The outcome compared with the plan. */
  point: ChartPoint;
  /** point ÷ plan × 100 (a bound when the point is one). */
  percent: number;
  /** The point or the plan is derived or estimated. */
  approximate: boolean;
}

/** Outcomes (actuals, or estimates where no actual exists) and exact annual plans. */
function outcomes(indicator: IndicatorInput, version: VersionInput, area: string) {
  const data = chartData(indicator, version, area);
  const all = outcomesOf(data);
  const plans = data.plan.filter((p) => p.comparator === '' && p.value !== 0 && p.period.length === 4);
  return { all, plans };
}

/**
 * The outcome a year is judged by: its full-year figure, else the part of the year that
 * ends last (`2025-01/2025-10` after `2025-01/2025-09`); an exact value before a bound.
 */
function outcomeOf(all: readonly ChartPoint[], year: number): ChartPoint | undefined {
  const key = (p: ChartPoint) => `${p.partial ? 0 : 1}${p.period.slice(-7)}${p.comparator === '' ? 1 : 0}`;
  return all.filter((p) => p.year === year && (p.period.length === 4 || p.partial)).sort((a, b) => (key(a) < key(b) ? -1 : 1)).at(-1);
}

/**
 * Progress against the plan of `year`; without a year, the latest year that has both a plan
 * and an outcome. Undefined when that year has no exact plan or no outcome yet.
 */
export function progress(indicator: IndicatorInput, version: VersionInput, area: string, year?: number): Progress | undefined {
  const { all, plans } = outcomes(indicator, version, area);
  const chosen = year ?? plans.filter((p) => outcomeOf(all, p.year)).at(-1)?.year;
  const plan = plans.find((p) => p.year === chosen);
  const point = plan && outcomeOf(all, plan.year);
  if (!plan || !point) return undefined;
  return { year: plan.year, plan, point, percent: (point.value / plan.value) * 100, approximate: plan.approximate || point.approximate };
}

/** The percentage as it reads: "115,7%", "≈ 118,5%", "hơn 110,2%". */
export function percentText(p: Progress, lang: Lang): string {
  return formatValue(
    { value: p.percent, comparator: p.point.comparator === 'range' ? '' : p.point.comparator, approximate: p.approximate, flag: p.approximate ? 'derived' : 'reported' },
    { decimals: 1, kind: 'percent', unit: { vi: '%', en: '%' } },
    lang,
  );
}

/** Where the figure and the plan end on the bar, in % of its length (the longer of the two ends at 96%). */
export function barShares(p: Progress): { figure: number; plan: number } {
  const k = 96 / Math.max(p.plan.value, p.point.value);
  return { figure: Math.max(0, p.point.value * k), plan: p.plan.value * k };
}
