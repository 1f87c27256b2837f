import type { Observation, Version } from '../data/model.ts';
import { comparePeriods } from '../data/period.ts';
import { preferred } from './series.ts';

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

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Compares a district's latest exact outcome with the same period elsewhere. Only exact
 * values enter ranks and medians: a bound ("more than 3,000") has no place in an order.
 */
export function compareDistrict(version: Version, code: string, cityCode = '01'): DistrictComparison | undefined {
  const obs = preferred(version.observations).filter((o) => (o.measure === 'actual' || o.measure === 'estimate') && o.comparator === '');
  const own = obs.filter((o) => o.area === code).sort((a, b) => comparePeriods(a.period, b.period)).at(-1);
  if (!own) return undefined;
  const same = obs.filter((o) => o.period.id === own.period.id && o.measure === own.measure);
  const peers = same.filter((o) => o.area !== cityCode);
  const city = same.find((o) => o.area === cityCode);
  const c: DistrictComparison = {
    value: own,
    peers: peers.length,
    rank: 1 + peers.filter((o) => o.value > own.value).length,
    median: median(peers.map((o) => o.value)),
  };
  if (city) c.city = city;
  return c;
}
