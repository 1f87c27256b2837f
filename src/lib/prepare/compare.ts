import type { Observation, Version } from '../data/model.ts';
import { versionIndex } from './version-index.ts';

/** How one district stands against the city and the other districts at one period. */
export interface DistrictComparison {
  /** The district's latest exact value. */
  value: Observation;
  /** The city's value for the same period and measure, when there is one. */
  city?: Observation;
  /** Districts with an exact value for that period and measure (this one included). */
  peers: number;
  /** 1 = largest value; districts with equal values share a rank. */
  rank: number;
  median: number;
}

const median = (sorted: readonly number[]) => {
  const m = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
};

/** How many of the ascending `sorted` values are greater than `x`. */
function countAbove(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return sorted.length - lo;
}

interface Standing {
  city: Observation | undefined;
  /** The peers' values (every area but the city), ascending. */
  values: number[];
}

/** Per group of exact outcomes (one period and measure) and city code: computed once. */
const standings = new WeakMap<readonly Observation[], Map<string, Standing>>();

function standingOf(same: readonly Observation[], cityCode: string): Standing {
  let byCity = standings.get(same);
  if (!byCity) standings.set(same, (byCity = new Map()));
  let s = byCity.get(cityCode);
  if (!s) {
    s = {
      city: same.find((o) => o.area === cityCode),
      values: same.filter((o) => o.area !== cityCode).map((o) => o.value).sort((a, b) => a - b),
    };
    byCity.set(cityCode, s);
  }
  return s;
}

/**
 * Compares a district's latest exact outcome with the same period elsewhere. Only exact
 * values enter ranks and medians: a bound ("more than 3,000") has no place in an order.
 * Reads the version's index (version-index.ts): the grouping and the sorted values are
 * computed once per version, so each call only looks up.
 */
export function compareDistrict(version: Version, code: string, cityCode = '01'): DistrictComparison | undefined {
  const index = versionIndex(version);
  const own = index.exactOutcomesIn(code).at(-1);
  if (!own) return undefined;
  const { city, values } = standingOf(index.exactOutcomesAt(own.period.id, own.measure), cityCode);
  const c: DistrictComparison = {
    value: own,
    peers: values.length,
    rank: 1 + countAbove(values, own.value),
    median: median(values),
  };
  if (city) c.city = city;
  return c;
}
