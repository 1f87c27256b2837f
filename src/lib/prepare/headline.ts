import type { Indicator, Localized } from '../data/model.ts';
import { formatNumber, type Lang } from '../format.ts';
import { BOUND_WORDS } from '../i18n/labels.ts';
import { chartData, planShare } from './series.ts';
import type { ChartPoint, IndicatorInput, VersionInput } from './types.ts';

export interface PlanProgress {
  plan: ChartPoint;
  /** actual ÷ plan × 100, computed here: "% of plan" is never typed in. */
  percent: number;
  /** True when the actual or the plan is itself approximate (derived or estimated). */
  approximate: boolean;
}

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
  change?: Change;
  /** A year-to-date figure newer than `latest`, with its progress against the year's plan. */
  yearToDate?: { point: ChartPoint; plan?: PlanProgress };
  /** Years between the first and last full-year figure that have none. */
  missingYears: number[];
}

function progress(point: ChartPoint, plans: readonly ChartPoint[]): PlanProgress | undefined {
  const plan = plans.find((p) => p.year === point.year && p.comparator === '');
  const share = planShare(point, plan, undefined);
  return plan && share && { plan, percent: share.value, approximate: share.approximate };
}

/** The headline of one indicator version for one area, or undefined when it has no outcome. */
export function headline(indicator: Omit<IndicatorInput, 'title'>, version: VersionInput, area: string): Headline | undefined {
  const chart = chartData(indicator, version, area);
  const line = chart.actualSegments.flatMap((s) => s.points);
  const bounds = chart.actualMarks.filter((p) => !p.partial);
  const candidates = [...line, ...bounds].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const latest = candidates.at(-1);
  if (!latest) return undefined;

  const h: Headline = { latest, missingYears: [] };
  const plan = progress(latest, chart.plan);
  if (plan) h.plan = plan;

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
    const ytdPlan = progress(ytd, chart.plan);
    h.yearToDate = ytdPlan ? { point: ytd, plan: ytdPlan } : { point: ytd };
  }

  const annual = line.filter((p) => p.period.length === 4).map((p) => p.year);
  if (annual.length > 1) {
    const have = new Set(annual);
    for (let y = Math.min(...annual); y <= Math.max(...annual); y++) if (!have.has(y)) h.missingYears.push(y);
  }
  return h;
}

/**
 * A value as it reads in text: "≈ 152.021 người", "dưới 4%", "75–80%". Rates take "%"
 * without a space; other units follow the number.
 */
export function formatValue(p: Pick<ChartPoint, 'value' | 'comparator' | 'upper' | 'approximate' | 'flag'>, indicator: Pick<Indicator, 'decimals' | 'kind'> & { unit: Localized }, lang: Lang, withUnit = true): string {
  // Years are labels, not quantities: no grouping ("2020", not "2.020") and no unit.
  const isYear = indicator.kind === 'year';
  const n = (v: number) => (isYear ? String(v) : formatNumber(v, lang, indicator.decimals));
  let text = p.comparator === 'range' && p.upper !== undefined ? `${n(p.value)}–${n(p.upper)}` : n(p.value);
  if (p.comparator !== '' && p.comparator !== 'range') text = `${BOUND_WORDS[p.comparator][lang]} ${text}`;
  else if (p.flag === 'derived') text = `≈ ${text}`;
  if (!withUnit || isYear) return text;
  const unit = indicator.unit[lang];
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

/** A computed percentage, "≈"-marked when it rests on an approximate figure. */
export const formatPercent = (v: number, lang: Lang, approximate = false): string => `${approximate ? '≈ ' : ''}${formatNumber(v, lang, 1)}%`;
