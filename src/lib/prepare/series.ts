import type { AreaLevel } from '../data/model.ts';
import { comparePeriods, isPartialYear, type Period } from '../data/period.ts';
import type { Flag } from '../data/schema.ts';
import { periodLabel } from '../i18n/dates.ts';
import type { ChartBreak, ChartData, ChartPoint, IndicatorInput, ObservationInput, Segment, VersionInput } from './types.ts';
import { byCodeUnits } from '../compare.ts';

/** Which of several sources' values for the same area, period and measure a chart shows. */
const FLAG_RANK: Record<Flag, number> = { reported: 0, 'reported-translation': 1, 'founding-article': 2, derived: 3 };

/** Two points in time further apart than this are not joined (gaps stay gaps). */
const MAX_POINT_GAP_DAYS = 400;

const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/**
 * Where a period sits on a time axis: a year's flow (or year-to-date) mid-year, a stock on
 * its date; a date known only to its year mid-year too, never on 1 January.
 */
export function periodDate(p: Period): string {
  if (p.kind === 'year' || p.kind === 'months' || p.kind === 'in-year') return `${p.year}-07-01`;
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
  return [...best.values()].sort((a, b) => comparePeriods(a.period, b.period) || byCodeUnits(a.measure, b.measure));
}

export function toPoint(o: ObservationInput): ChartPoint {
  const p: ChartPoint = {
    period: o.period.id,
    date: periodDate(o.period),
    end: o.period.end,
    year: o.period.year,
    measure: o.measure,
    value: o.value,
    comparator: o.comparator,
    flag: o.flag,
    source: o.source,
    approximate: o.flag === 'derived' || o.measure === 'estimate' || (o.comparator !== '' && o.comparator !== 'range'),
    partial: isPartialYear(o.period),
    inYear: o.period.kind === 'in-year',
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
 * A line joins only exact values of whole periods with a known date: bounds, parts of a
 * year and dates known only to their year are marks of their own.
 */
export function chartData(indicator: Omit<IndicatorInput, 'title'>, version: VersionInput, area: string): ChartData {
  const obs = preferred(version.observations.filter((o) => o.area === area));
  const breaks: ChartBreak[] = indicator.breaks
    .filter((b) => !b.geographies || b.geographies.includes(levelOf(area)))
    .map((b) => ({ date: b.date, title: b.title }));
  // Estimates stand in for a year only where no actual exists for it.
  const actualPeriods = new Set(obs.filter((o) => o.measure === 'actual').map((o) => o.period.id));
  const outcomes = obs.filter((o) => o.measure === 'actual' || (o.measure === 'estimate' && !actualPeriods.has(o.period.id)));
  const joined = (o: ObservationInput) => o.comparator === '' && !isPartialYear(o.period) && o.period.kind !== 'in-year';
  const line = outcomes.filter(joined).map(toPoint);
  const marks = outcomes.filter((o) => !joined(o)).map(toPoint);
  const of = (measure: ObservationInput['measure']) => obs.filter((o) => o.measure === measure).map(toPoint);
  const plan = of('plan');
  const target = of('target');
  const reference = of('reference');
  const years = [...line, ...marks, ...plan, ...target, ...reference].map((p) => p.year);
  return {
    kind: indicator.kind,
    decimals: indicator.decimals,
    unit: { vi: indicator.unit.vi, en: indicator.unit.en },
    temporal: indicator.temporal ?? 'stock',
    actualSegments: segmentPoints(line, breaks.map((b) => b.date)),
    actualMarks: marks,
    plan,
    target,
    reference,
    statedPct: of('pct_of_plan'),
    breaks: breaks.filter((b) => +b.date.slice(0, 4) >= Math.min(...years) && +b.date.slice(0, 4) <= Math.max(...years) + 1),
  };
}

/** Every outcome of a chart (actuals, estimates standing in for them), in time order of their periods' ends. */
export const outcomesOf = (data: ChartData): ChartPoint[] =>
  [...data.actualSegments.flatMap((s) => s.points), ...data.actualMarks].sort((a, b) => byCodeUnits(a.end, b.end));

/**
 * The year-to-date figure a flow's chart shows as the current year's partial bar: the one
 * that ends last, of a year after the last full-year figure (as the headline reports it).
 */
export function currentYearToDate(data: ChartData): ChartPoint | undefined {
  const all = outcomesOf(data);
  const lastFull = Math.max(-Infinity, ...all.filter((p) => !p.partial).map((p) => p.year));
  if (data.temporal !== 'flow') return undefined;
  const later = all.filter((p) => p.partial && p.year > lastFull);
  // A part of a year that does not start in January is no progress toward the year's plan,
  // except when it is all there is: then it is the chart, not "no data".
  return later.filter((p) => p.period.startsWith('01', 5)).at(-1) ?? (lastFull === -Infinity ? later.at(-1) : undefined);
}

/** The % of plan of a year: computed from its exact outcome and exact plan, else as a source states it. */
export interface PlanShare {
  /** In %: 126.9 for 126.9%. */
  value: number;
  /** Rests on a derived, estimated or bounded figure (shown with ≈). */
  approximate: boolean;
}

/**
 * Whether a % computed from this point reads as approximate (≈): derived, estimated,
 * "about", or a figure translated from a rounded original. A bound is not rough: it gives
 * a bound percent ("hơn 115,7%").
 */
export const rough = (p: Pick<ChartPoint, 'flag' | 'measure' | 'comparator'>): boolean =>
  p.flag === 'derived' || p.flag === 'reported-translation' || p.measure === 'estimate' || p.comparator === '~';

/** The {@link PlanShare} of one outcome, from the year's plan or, failing that, its stated % of plan. */
export function planShare(outcome: ChartPoint | undefined, plan: ChartPoint | undefined, stated: ChartPoint | undefined): PlanShare | undefined {
  if (outcome && plan && outcome.comparator === '' && plan.comparator === '' && plan.value !== 0) {
    return { value: (outcome.value / plan.value) * 100, approximate: rough(outcome) || rough(plan) };
  }
  return stated && { value: stated.value, approximate: rough(stated) || !!outcome?.approximate || (!!outcome && rough(outcome)) || (!!plan && rough(plan)) };
}

/**
 * The parts of years of a flow that its chart does not show as the current year's bar,
 * as a chart of their own: each figure on the last day it covers, joined within its year
 * only, with the plans of those years. Undefined when there are none.
 */
export function yearToDateData(data: ChartData): ChartData | undefined {
  const current = currentYearToDate(data);
  const parts = data.temporal === 'flow' ? data.actualMarks.filter((p) => p.partial) : [];
  if (!parts.some((p) => p !== current)) return undefined;
  const atEnd = parts.map((p) => ({ ...p, date: p.end }));
  const years = [...new Set(atEnd.map((p) => p.year))];
  const breakDates = data.breaks.map((b) => b.date);
  return {
    ...data,
    temporal: 'stock',
    actualSegments: years.flatMap((y) => segmentPoints(atEnd.filter((p) => p.year === y && p.comparator === ''), breakDates)),
    actualMarks: atEnd.filter((p) => p.comparator !== ''),
    plan: data.plan.filter((p) => years.includes(p.year)),
    target: [],
    reference: [],
    statedPct: [],
  };
}
