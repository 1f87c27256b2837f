import type { AreaLevel } from '../data/model.ts';
import { comparePeriods, isPartialYear, type Period } from '../data/period.ts';
import type { Flag } from '../data/schema.ts';
import { periodLabel } from '../i18n/dates.ts';
import type { ChartBreak, ChartData, ChartPoint, IndicatorInput, ObservationInput, Segment, VersionInput } from './types.ts';

/** Which of several sources' values for the same area, period and measure a chart shows. */
const FLAG_RANK: Record<Flag, number> = { reported: 0, 'reported-translation': 1, 'founding-article': 2, derived: 3 };

/** Two points in time further apart than this are not joined (gaps stay gaps). */
const MAX_POINT_GAP_DAYS = 400;

const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/** Where a period sits on a time axis: a year's flow (or year-to-date) mid-year, a stock on its date. */
export function periodDate(p: Period): string {
  if (p.kind === 'year' || p.kind === 'months') return `${p.year}-07-01`;
  if (p.kind === 'month') return `${p.start.slice(0, 7)}-15`;
  return p.start;
}

/**
 * One observation per area, period and measure: the best-sourced when sources disagree
 * (reported before translated before founding article before derived; then exact values).
 * The table still lists every source; charts and headlines draw one value.
 */
export function preferred<O extends ObservationInput>(observations: readonly O[]): O[] {
  const best = new Map<string, O>();
  for (const o of observations) {
    const key = `${o.area}|${o.period.id}|${o.measure}`;
    const cur = best.get(key);
    const rank = (x: O) => FLAG_RANK[x.flag] * 2 + (x.comparator === '' ? 0 : 1);
    if (!cur || rank(o) < rank(cur)) best.set(key, o);
  }
  return [...best.values()].sort((a, b) => comparePeriods(a.period, b.period) || a.measure.localeCompare(b.measure));
}

export function toPoint(o: ObservationInput): ChartPoint {
  const p: ChartPoint = {
    period: o.period.id,
    date: periodDate(o.period),
    year: o.period.year,
    measure: o.measure,
    value: o.value,
    comparator: o.comparator,
    flag: o.flag,
    source: o.source,
    approximate: o.flag === 'derived' || o.measure === 'estimate' || (o.comparator !== '' && o.comparator !== 'range'),
    partial: isPartialYear(o.period),
    label: periodLabel(o.period),
  };
  if (o.upper !== undefined) p.upper = o.upper;
  return p;
}

/**
 * Splits points into runs a line may join: a new run starts after a missing year (annual
 * flows), after more than ~13 months between stocks, or across a series break.
 */
export function segmentPoints(points: readonly ChartPoint[], breakDates: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let current: ChartPoint[] = [];
  for (const p of points) {
    const prev = current.at(-1);
    const gap = prev && (p.period.length === 4 && prev.period.length === 4 ? p.year - prev.year > 1 : days(prev.date, p.date) > MAX_POINT_GAP_DAYS);
    const broken = prev && breakDates.some((d) => prev.date < d && d <= p.date);
    if (prev && (gap || broken)) {
      segments.push({ points: current });
      current = [];
    }
    current.push(p);
  }
  if (current.length) segments.push({ points: current });
  return segments;
}

/** GSO codes: 2 digits for a province-level city, 3 for a district. */
const levelOf = (code: string): AreaLevel => (code.length === 2 ? 'city' : 'district');

/**
 * The chart of one indicator version for one area. Breaks that concern other geographies
 * are left out (the 2025 abolition of districts leaves the city's own series whole).
 */
export function chartData(indicator: Omit<IndicatorInput, 'title'>, version: VersionInput, area: string): ChartData {
  const obs = preferred(version.observations.filter((o) => o.area === area));
  const breaks: ChartBreak[] = indicator.breaks
    .filter((b) => !b.geographies || b.geographies.includes(levelOf(area)))
    .map((b) => ({ date: b.date, title: b.title }));
  // Estimates stand in for a year only where no actual exists for it.
  const actualPeriods = new Set(obs.filter((o) => o.measure === 'actual').map((o) => o.period.id));
  const outcomes = obs.filter((o) => o.measure === 'actual' || (o.measure === 'estimate' && !actualPeriods.has(o.period.id)));
  const line = outcomes.filter((o) => o.comparator === '' && !isPartialYear(o.period)).map(toPoint);
  const marks = outcomes.filter((o) => o.comparator !== '' || isPartialYear(o.period)).map(toPoint);
  const plan = obs.filter((o) => o.measure === 'plan').map(toPoint);
  const target = obs.filter((o) => o.measure === 'target').map(toPoint);
  const years = [...line, ...marks, ...plan, ...target].map((p) => p.year);
  return {
    indicatorId: indicator.id,
    area,
    kind: indicator.kind,
    decimals: indicator.decimals,
    unit: { vi: indicator.unit.vi, en: indicator.unit.en },
    actualSegments: segmentPoints(line, breaks.map((b) => b.date)),
    actualMarks: marks,
    plan,
    target,
    breaks: breaks.filter((b) => years.length > 0 && Number(b.date.slice(0, 4)) >= Math.min(...years) && Number(b.date.slice(0, 4)) <= Math.max(...years) + 1),
    years: years.length ? [Math.min(...years), Math.max(...years)] : [0, 0],
  };
}
