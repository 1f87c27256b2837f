/**
 * The per-version index (src/lib/prepare/version-index.ts) and compareDistrict on top of
 * it return exactly what the direct computation returned before the index existed: the
 * reference below is that earlier code, unchanged, run on the real data and on made-up
 * versions full of ties, bounds, competing sources and estimates.
 */
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.ts';
import type { Indicator, Observation, Version } from '../../src/lib/data/model.ts';
import { comparePeriods, parsePeriod, type Period } from '../../src/lib/data/period.ts';
import type { Flag, Measure } from '../../src/lib/data/schema.ts';
import { compareDistrict, type DistrictComparison } from '../../src/lib/prepare/compare.ts';
import { preferred } from '../../src/lib/prepare/series.ts';
import { versionIndex } from '../../src/lib/prepare/version-index.ts';
import { rng } from '../../bench/synthetic.ts';

/** compareDistrict as it was before the index (commit f05a47d): scans the whole version. */
function referenceCompare(version: Version, code: string, cityCode = '01'): DistrictComparison | undefined {
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  };
  const obs = preferred(version.observations).filter((o) => (o.measure === 'actual' || o.measure === 'estimate') && o.comparator === '');
  const own = obs.filter((o) => o.area === code).sort((a, b) => comparePeriods(a.period, b.period)).at(-1);
  if (!own) return undefined;
  const same = obs.filter((o) => o.period.id === own.period.id && o.measure === own.measure);
  const peers = same.filter((o) => o.area !== cityCode);
  const city = same.find((o) => o.area === cityCode);
  const c: DistrictComparison = { value: own, peers: peers.length, rank: 1 + peers.filter((o) => o.value > own.value).length, median: median(peers.map((o) => o.value)) };
  if (city) c.city = city;
  return c;
}

const meta = { id: 'x', topic: 'labour', title: { vi: 'X', en: 'X' }, description: { vi: '', en: '' }, definition: { vi: '', en: '' }, unit: { id: 'persons', vi: 'người', en: 'persons' }, kind: 'count', decimals: 0, higherIsBetter: true, geographies: ['city', 'district'], breaks: [], notes: { vi: '', en: '' }, licence: 'CC-BY-4.0' } satisfies Omit<Indicator, 'versions'>;

/** A made-up version: few areas, periods and values, so that ties, bounds and duplicates abound. */
function randomVersion(seed: number): Version {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const areas = ['01', '001', '002', '003', '004', '005', '250'];
  const periods = ['2020', '2021', '2022', '2022-12-31', '2022-XX', '2022-01/2022-12', '2023-01/2023-06', '2023-06', '2024'];
  const measures: Measure[] = ['actual', 'actual', 'estimate', 'plan', 'target'];
  const flags: Flag[] = ['reported', 'reported-translation', 'founding-article', 'derived'];
  const observations: Observation[] = Array.from({ length: 10 + Math.floor(random() * 80) }, (_, line) => ({
    area: pick(areas), period: parsePeriod(pick(periods)) as Period, measure: pick(measures), value: Math.floor(random() * 6),
    comparator: random() < 0.2 ? pick(['<', '>'] as const) : '', flag: pick(flags), source: pick(['s', 't', 'u']), line,
  }));
  return { id: '2026-11-26', released: true, meta, notes: { vi: '', en: '' }, files: [], observations };
}

describe('compareDistrict on the version index', () => {
  it('returns the same comparisons as the direct computation on every version of the real data', () => {
    const { data } = loadData('data');
    const codes = data.areas.map((a) => a.code);
    let compared = 0;
    for (const indicator of data.indicators) {
      for (const version of indicator.versions) {
        for (const code of codes) {
          const expected = referenceCompare(version, code);
          expect(compareDistrict(version, code), `${indicator.id} ${version.id} ${code}`).toEqual(expected);
          if (expected) compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('returns the same comparisons on made-up versions full of ties, bounds and competing sources', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const version = randomVersion(seed);
      for (const code of ['01', '001', '002', '003', '004', '005', '250', '999']) {
        for (const cityCode of ['01', '001']) {
          // Same values; a missing median is NaN in both.
          expect(compareDistrict(version, code, cityCode), `seed ${seed}, ${code}, city ${cityCode}`).toEqual(referenceCompare(version, code, cityCode));
        }
      }
    }
  });
});

describe('versionIndex', () => {
  const version = randomVersion(7);
  const index = versionIndex(version);

  it('is built once per version and shared by copies of it', () => {
    expect(versionIndex(version)).toBe(index);
    const draft: Version = { ...version, released: false };
    expect(versionIndex(draft)).toBe(index);
    expect(versionIndex({ ...version, observations: [...version.observations] })).not.toBe(index);
  });

  it('selects what a scan would select', () => {
    const best = preferred(version.observations);
    expect(index.preferred).toEqual(best);
    for (const area of ['01', '001', '250', '999']) {
      expect(index.observationsIn(area)).toEqual(version.observations.filter((o) => o.area === area));
      expect(index.preferredIn(area)).toEqual(best.filter((o) => o.area === area));
      expect(index.exactOutcomesIn(area)).toEqual(best.filter((o) => o.area === area && (o.measure === 'actual' || o.measure === 'estimate') && o.comparator === ''));
    }
    const o = index.exactOutcomesIn('001').at(-1) ?? index.exactOutcomesIn('002').at(-1)!;
    expect(index.exactOutcomesAt(o.period.id, o.measure)).toEqual(best.filter((x) => x.period.id === o.period.id && x.measure === o.measure && x.comparator === ''));
    expect(index.exactOutcomesAt('1999', 'actual')).toEqual([]);
  });
});
