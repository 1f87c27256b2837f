/**
 * The districts of one indicator at one period: pure, from the site's model. Exact values
 * are ranked (1 = largest; for year indicators, 1 = earliest) and coloured; bounds ("more
 * than …") are listed after them, unranked and uncoloured; districts without a value are
 * "no data" — never 0.
 */
import type { Indicator } from '../../src/lib/data/model.ts';
import { comparePeriods, type Period } from '../../src/lib/data/period.ts';
import { preferred, toPoint } from '../../src/lib/prepare/series.ts';
import type { ChartPoint, VersionInput } from '../../src/lib/prepare/types.ts';
import type { DistrictPath } from '../shared/types.ts';

export interface DistrictRow {
  /** GSO code. */
  code: string;
  /** Name in each language (the outline file's `name_vi` / `name_ascii`). */
  name: { vi: string; en: string };
  /** Absent: no data. */
  point?: ChartPoint;
  /** 1-based; districts with equal values share a rank. Exact values only. */
  rank?: number;
}

export interface DistrictComparison {
  period: Period;
  /** Ranked exact values, then bounds, then districts without a value; ties in GSO code order (the official order). */
  rows: DistrictRow[];
}

/** District outcomes (actuals; estimates where a district has no actual for the period), preferred source first. */
function districtOutcomes(version: VersionInput) {
  const obs = preferred(version.observations).filter((o) => o.area.length === 3 && (o.measure === 'actual' || o.measure === 'estimate'));
  const actual = new Set(obs.filter((o) => o.measure === 'actual').map((o) => `${o.area}|${o.period.id}`));
  return obs.filter((o) => o.measure === 'actual' || !actual.has(`${o.area}|${o.period.id}`));
}

/** Periods with at least one district value, oldest first. */
export function districtPeriods(version: VersionInput): Period[] {
  const byId = new Map(districtOutcomes(version).map((o) => [o.period.id, o.period]));
  return [...byId.values()].sort(comparePeriods);
}

/**
 * The comparison at `period` (default: the latest period with district data) over the
 * districts of the map, and any other district with a value. Undefined when the period
 * has no district value.
 */
export function compareDistricts(indicator: Pick<Indicator, 'kind'>, version: VersionInput, districts: readonly DistrictPath[], period?: Period): DistrictComparison | undefined {
  const chosen = period ?? districtPeriods(version).at(-1);
  const byCode = new Map(districtOutcomes(version).filter((o) => o.period.id === chosen?.id).map((o) => [o.area, toPoint(o)]));
  if (!chosen || byCode.size === 0) return undefined;
  const names = new Map(districts.map((d) => [d.code, { vi: d.name_vi, en: d.name_ascii }]));
  const rows: DistrictRow[] = [...new Set([...names.keys(), ...byCode.keys()])].map((code) => {
    const point = byCode.get(code);
    return { code, name: names.get(code) ?? { vi: code, en: code }, ...(point ? { point } : {}) };
  });
  // Years (e.g. the year a district met a standard) rank earliest first; quantities largest first.
  const dir = indicator.kind === 'year' ? 1 : -1;
  const group = (r: DistrictRow) => (!r.point ? 2 : r.point.comparator === '' ? 0 : 1);
  rows.sort((a, b) => group(a) - group(b) || dir * ((a.point?.value ?? 0) - (b.point?.value ?? 0)) || (a.code < b.code ? -1 : 1));
  const exact = rows.filter((r) => group(r) === 0);
  for (const r of exact) r.rank = 1 + exact.filter((o) => dir * (o.point!.value - r.point!.value) < 0).length;
  return { period: chosen, rows };
}

/**
 * Length of a district's bar as a share of the longest, in % (bars start at 0: the values
 * here are counts, areas and rates). None for year indicators (a year is a date, not a
 * quantity) and for districts without a value.
 */
export function barShare(row: DistrictRow, c: DistrictComparison, kind: Indicator['kind']): number | undefined {
  const max = Math.max(...c.rows.map((r) => r.point?.value ?? 0));
  return kind === 'year' || !row.point || max <= 0 ? undefined : Math.max(0, (row.point.value / max) * 100);
}

/**
 * Opacity of a district's fill: the map is an unclassed choropleth (one hue, darker =
 * more, as the legend's gradient shows), so it needs no class breaks.
 */
export const shade = (value: number, max: number): number => Math.round((0.12 + 0.88 * (max > 0 ? Math.max(0, value) / max : 0)) * 100) / 100;
