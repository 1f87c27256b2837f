/**
 * The compact per-year table an indicator page opens with: one row per year (or per point
 * in time, for stocks and levels) with the outcome, the year's plan and the % of plan, so
 * that "how many jobs in 2022, and was the plan met?" is answered at a glance. The full
 * provenance table (every source's value) stays below it. Pages only: the widgets never
 * import this file.
 */
import { isPartialYear, type Period } from '../data/period.ts';
import { planProgress, type PlanProgress } from './headline.ts';
import { preferred, toPoint } from './series.ts';
import type { ChartPoint, IndicatorInput, VersionInput } from './types.ts';

/** One row: a period and what is known for it. */
export interface YearRow {
  period: Period;
  /** The first year of a run of years with the same target and nothing else (`2023`–`2030`): this row stands for them all. */
  from?: number;
  /** The row's `id` on the page, so an article can link the year it quotes: `2022`, `2025-01-2025-10`. */
  anchor: string;
  /** The outcome: the actual, or the estimate where no actual exists. */
  outcome?: ChartPoint;
  /** The year's annual plan. */
  plan?: ChartPoint;
  /** outcome ÷ plan, for counts and amounts over the year (or year to date). */
  progress?: PlanProgress;
  target?: ChartPoint;
  /** The national level beside the city's own (the central social-assistance standard). */
  reference?: ChartPoint;
}

export interface YearTable {
  /** Full years and points in time, newest first. */
  rows: YearRow[];
  /** Year-to-date and other part-year figures, newest first: folded away under the rows. */
  partial: YearRow[];
  /** Which optional columns have any value. */
  columns: { plan: boolean; progress: boolean; target: boolean; reference: boolean };
  /** Whether every row is a calendar year (the first column then says "year", not "period"). */
  yearsOnly: boolean;
}

/** A period id as an `id` attribute: `2025-01/2025-10` → `2025-01-2025-10`, `2016-XX` → `2016-xx`. */
export const periodAnchor = (id: string): string => id.toLowerCase().replace(/[^0-9a-z-]+/g, '-');

const newestFirst = (a: YearRow, b: YearRow) => (a.period.end !== b.period.end ? (a.period.end < b.period.end ? 1 : -1) : a.period.start < b.period.start ? -1 : 1);

/**
 * The per-year table of one indicator version for one area. Plans and targets are for full
 * years: each joins its year's row, or, where the year has only points in time (a stock
 * counted in June), the latest of them, or a row of its own. "% of plan" is computed for
 * counts and amounts (never for rates, never typed in), with its "≈" or bound.
 */
export function yearTable(indicator: Pick<IndicatorInput, 'unit'>, version: VersionInput, area: string): YearTable {
  const obs = preferred(version.observations.filter((o) => o.area === area));
  const rows = new Map<string, YearRow>();
  const row = (period: Period): YearRow => {
    let r = rows.get(period.id);
    if (!r) rows.set(period.id, (r = { period, anchor: periodAnchor(period.id) }));
    return r;
  };
  const actuals = new Set(obs.filter((o) => o.measure === 'actual').map((o) => o.period.id));
  for (const o of obs) {
    if (o.measure === 'actual' || (o.measure === 'estimate' && !actuals.has(o.period.id))) row(o.period).outcome = toPoint(o);
  }
  // A national level joins the city's row that took effect within the same period
  // (`2024-07-01` in `2024-07`), else gets a row of its own.
  for (const o of obs.filter((x) => x.measure === 'reference')) {
    const within = [...rows.values()].find((r) => r.outcome && !r.reference && r.period.start <= o.period.start && o.period.end <= r.period.end);
    (within ?? row(o.period)).reference = toPoint(o);
  }
  for (const o of obs.filter((x) => x.measure === 'plan' || x.measure === 'target')) {
    const sameYear = [...rows.values()].filter((r) => r.outcome && r.period.year === o.period.year && !isPartialYear(r.period)).sort(newestFirst);
    const r = rows.get(o.period.id) ?? sameYear[0] ?? row(o.period);
    if (o.measure === 'plan') r.plan = toPoint(o);
    else r.target = toPoint(o);
  }
  const rate = indicator.unit.id === 'percent';
  const all = [...rows.values()];
  for (const r of all) {
    const overYear = r.period.kind === 'year' || r.period.kind === 'months';
    const progress = r.outcome && !rate && overYear ? planProgress(r.outcome, all.flatMap((x) => (x.plan ? [x.plan] : []))) : undefined;
    if (progress) r.progress = progress;
  }
  // Part-year figures fold away only when full years are there to read first.
  const partial = all.filter((r) => isPartialYear(r.period));
  const full = all.filter((r) => !isPartialYear(r.period));
  const [shown, folded] = full.length > 0 ? [full, partial] : [partial, []];
  return {
    rows: joinTargetRuns(shown.sort(newestFirst)),
    partial: folded.sort(newestFirst),
    columns: {
      plan: all.some((r) => r.plan),
      progress: all.some((r) => r.progress),
      target: all.some((r) => r.target),
      reference: all.some((r) => r.reference),
    },
    yearsOnly: shown.every((r) => r.period.kind === 'year'),
  };
}

const targetOnly = (r: YearRow) => r.target && !r.outcome && !r.plan && !r.reference && r.period.kind === 'year';
const sameTarget = (a: ChartPoint, b: ChartPoint) => a.value === b.value && a.comparator === b.comparator && a.upper === b.upper;

/** Consecutive years (rows newest first) with only the same yearly target become one row "2023–2030". */
function joinTargetRuns(rows: YearRow[]): YearRow[] {
  const out: YearRow[] = [];
  for (const r of rows) {
    const prev = out.at(-1);
    if (prev?.target && r.target && targetOnly(prev) && targetOnly(r) && sameTarget(prev.target, r.target) && (prev.from ?? prev.period.year) === r.period.year + 1) {
      prev.from = r.period.year;
      prev.anchor = `${r.period.year}-${prev.period.year}`;
    } else out.push(r);
  }
  return out;
}
