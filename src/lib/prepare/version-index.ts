/**
 * What pages read of a version, computed once per version and per build: the version's
 * observations grouped by area, its best-sourced observations (`preferred`) by area, and
 * its exact outcomes by area and by period and measure. Each page then only selects: a
 * district page that compares its district on every indicator looks up its rows instead of
 * scanning (and ranking) every observation of every version again.
 *
 * Built lazily, on first use, and cached on the version's observations array (a WeakMap:
 * the index lives as long as the data it indexes, and a preview build's copies of a
 * version share it). The index holds references, never copies: treat what it returns as
 * read-only.
 */
import { preferred } from './series.ts';
import type { ObservationInput } from './types.ts';

export interface VersionIndex<O extends ObservationInput = ObservationInput> {
  /** `preferred(observations)`: one per area, period and measure, ordered by period then measure. */
  readonly preferred: readonly O[];
  /** Every observation of an area (every source), in the version's order; empty when none. */
  observationsIn(area: string): readonly O[];
  /** The area's preferred observations, in `preferred`'s order; empty when none. */
  preferredIn(area: string): readonly O[];
  /**
   * The area's exact outcomes — preferred actuals and estimates without a comparator — in
   * `preferred`'s order, so the last one is the latest.
   */
  exactOutcomesIn(area: string): readonly O[];
  /** Every area's exact outcome for one period and measure, in `preferred`'s order. */
  exactOutcomesAt(periodId: string, measure: O['measure']): readonly O[];
}

const EMPTY: readonly never[] = Object.freeze([]);

/** Exact values of what was achieved: the rows that enter ranks, medians and map colours. */
export const isExactOutcome = (o: ObservationInput): boolean => (o.measure === 'actual' || o.measure === 'estimate') && o.comparator === '';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildIndex<O extends ObservationInput>(observations: readonly O[]): VersionIndex<O> {
  const all = new Map<string, O[]>();
  for (const o of observations) push(all, o.area, o);
  const best = preferred(observations);
  const bestByArea = new Map<string, O[]>();
  const exactByArea = new Map<string, O[]>();
  const exactAt = new Map<string, O[]>();
  for (const o of best) {
    push(bestByArea, o.area, o);
    if (!isExactOutcome(o)) continue;
    push(exactByArea, o.area, o);
    push(exactAt, `${o.period.id}|${o.measure}`, o);
  }
  return {
    preferred: best,
    observationsIn: (area) => all.get(area) ?? EMPTY,
    preferredIn: (area) => bestByArea.get(area) ?? EMPTY,
    exactOutcomesIn: (area) => exactByArea.get(area) ?? EMPTY,
    exactOutcomesAt: (periodId, measure) => exactAt.get(`${periodId}|${measure}`) ?? EMPTY,
  };
}

const indexes = new WeakMap<readonly ObservationInput[], VersionIndex>();

/** The index of a version, built on first use and kept as long as its observations are. */
export function versionIndex<O extends ObservationInput>(version: { readonly observations: readonly O[] }): VersionIndex<O> {
  let index = indexes.get(version.observations) as VersionIndex<O> | undefined;
  if (!index) {
    index = buildIndex(version.observations);
    indexes.set(version.observations, index as unknown as VersionIndex);
  }
  return index;
}
