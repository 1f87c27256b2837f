import type { Comparator, Flag, Measure } from '../data/schema.ts';
import type { Area, Indicator, IndicatorKind, Localized, Observation, SeriesBreak, Temporal } from '../data/model.ts';

/**
 * What the prepare functions read of the model, and no more: the site passes its model;
 * the widgets build exactly these from the published JSON files (widgets/shared/data.ts).
 */
export type ObservationInput = Pick<Observation, 'area' | 'period' | 'measure' | 'value' | 'comparator' | 'upper' | 'flag' | 'source'>;
export interface VersionInput {
  observations: readonly ObservationInput[];
}
export type BreakInput = Pick<SeriesBreak, 'date' | 'title' | 'geographies'>;
export type IndicatorInput = Pick<Indicator, 'id' | 'title' | 'unit' | 'kind' | 'decimals'> & {
  breaks: readonly BreakInput[];
  /** How values relate to time (flow: bars, stock: a line, level: steps); absent: `stock`. */
  temporal?: Temporal | undefined;
};
export type AreaInput = Pick<Area, 'code' | 'level' | 'nameVi' | 'nameEn'>;

/**
 * One value ready to draw. Produced by the prepare functions (pure, from the model), read by
 * the SVG chart functions on the site and, serialised, by the widgets.
 */
export interface ChartPoint {
  /** Period id as in the data (`2022`, `2025-01/2025-10`, `2022-12-31`, `2024-06`). */
  period: string;
  /**
   * Where the point sits on the time axis, ISO date: a year's flow, a part of a year and a
   * date known only to its year (`2016-XX`) on 1 July; a month's point on the 15th.
   */
  date: string;
  /** Last day the period covers, ISO date (a year-to-date figure's cut-off). */
  end: string;
  year: number;
  measure: Measure;
  value: number;
  comparator: Comparator;
  upper?: number;
  flag: Flag;
  source: string;
  /** Shown as ≈: derived, an estimate, or a bound rather than an exact value. */
  approximate: boolean;
  /** Year-to-date (a flow covering part of a year): drawn distinct from full years. */
  partial: boolean;
  /** A date known only to its year (`2016-XX`): never drawn as a day. */
  inYear: boolean;
  /** Label of the period in each language, e.g. "10 tháng 2025" / "Jan–Oct 2025". */
  label: Localized;
}

/** A run of points a line may join: it ends at a gap in the years or at a series break. */
export interface Segment {
  points: ChartPoint[];
}

export interface ChartBreak {
  date: string;
  title: Localized;
}

/** Everything a time-series chart of one indicator for one area needs. */
export interface ChartData {
  kind: IndicatorKind;
  decimals: number;
  unit: Localized;
  /** Exact full-period actuals (or stocks), split where a line must not be drawn. */
  actualSegments: Segment[];
  /** Actuals that are not drawn as a line: bounds (<, >, ~), year-to-date figures, dates known only to their year. */
  actualMarks: ChartPoint[];
  /** Annual plans (kế hoạch). */
  plan: ChartPoint[];
  /** Targets and ceilings, e.g. "< 3%" or "75–80%". */
  target: ChartPoint[];
  /** National levels (`reference`) beside the city's own: a second, dashed step line. */
  reference: ChartPoint[];
  /** "% of plan" as sources state it: shown where it cannot be computed from actual and plan. */
  statedPct: ChartPoint[];
  /** How values relate to time: `flow` bars, `stock` a line with points, `level` steps. */
  temporal: Temporal;
  /** Series breaks within the years drawn (or the year after them). */
  breaks: ChartBreak[];
}
