import { describe, expect, it } from 'vitest';
import { parsePeriod, type Period } from '../../src/lib/data/period.ts';
import { barShare, compareDistricts, districtPeriods, shade } from '../../widgets/district-compare/prepare.ts';
import { barShares, percentText, progress } from '../../widgets/jobs-progress/prepare.ts';
import { parseDistrictPaths, parseVersion } from '../../widgets/shared/data.ts';
import { upTo } from '../../widgets/shared/prepare.ts';
import { fixture, fixtureV2 } from './helpers.ts';
import type { Observation } from '../../src/lib/data/model.ts';
import type { VersionRead } from '../../widgets/shared/data.ts';

const jobs = parseVersion(fixtureV2('jobs_created-2026-11-26.json'), 'jobs');
const population = parseVersion(fixtureV2('population-2026-11-26.json'), 'population');
const paths = parseDistrictPaths(fixture('district-paths.json'), 'paths').paths;
const period = (id: string) => parsePeriod(id) as Period;

describe('upTo', () => {
  it('keeps outcomes ended by the period, and plans whose year has begun', () => {
    const cut = upTo(jobs.version, period('2025-01/2025-10'));
    const ids = cut.observations.map((o) => `${o.period.id} ${o.measure}`);
    expect(ids).toContain('2025-01/2025-10 actual');
    expect(ids).toContain('2025 plan');
    expect(ids).not.toContain('2025 actual');
    expect(ids).not.toContain('2026 plan');
    expect(upTo(jobs.version, undefined)).toBe(jobs.version);
  });
});

describe('jobs progress', () => {
  it('takes the latest year with a plan and a figure, full year first', () => {
    const p = progress(jobs.indicator, jobs.version, '01')!;
    expect([p.year, p.point.period, p.plan.value, p.approximate]).toEqual([2025, '2025', 169000, false]);
    expect(p.percent).toBeCloseTo(131.36, 2);
    expect(percentText(p, 'vi')).toBe('131,4%');
    expect(barShares(p)).toEqual({ figure: 96, plan: (169000 / 222000) * 96 });
  });
  it('judges a year without a full-year figure by the part that ends last; derived makes it ≈', () => {
    const p = progress(jobs.indicator, jobs.version, '01', 2023)!;
    expect(p.point.period).toBe('2023-01/2023-11');
    expect(p.approximate).toBe(true);
    expect(percentText(p, 'en')).toBe('≈ 123.6%');
  });
  it('keeps a bound a bound ("more than")', () => {
    const obs = (periodId: string, value: number, extra: Partial<Observation> = {}): Observation => ({
      area: '01', period: period(periodId), measure: 'actual', value, comparator: '', flag: 'reported', source: 's', line: 0, ...extra,
    });
    // Synthetic: a year whose only outcome is a lower bound.
    const v: VersionRead = { ...jobs.version, observations: [obs('2030', 100, { measure: 'plan' }), obs('2030-01/2030-06', 60, { comparator: '>' })] };
    const p = progress(jobs.indicator, v, '01')!;
    expect(percentText(p, 'vi')).toBe('hơn 60%');
  });
  it('has nothing for a year without a plan or without a figure', () => {
    expect(progress(jobs.indicator, jobs.version, '01', 2016)).toBeUndefined();
    expect(progress(jobs.indicator, jobs.version, '01', 2026)).toBeUndefined();
    expect(progress(jobs.indicator, jobs.version, '001')).toBeUndefined();
  });
});

describe('district comparison', () => {
  it('lists the periods with district figures and defaults to the latest', () => {
    expect(districtPeriods(population.version).map((p) => p.id)).toEqual(['2017', '2019-04-01', '2022', '2024-08']);
    expect(compareDistricts(population.indicator, population.version, paths)!.period.id).toBe('2024-08');
  });
  it('ranks exact values, then bounds unranked, then districts without a value (never 0)', () => {
    const c = compareDistricts(population.indicator, population.version, paths)!;
    expect(c.rows.map((r) => [r.code, r.rank ?? null, r.point?.value ?? null])).toEqual([
      ['017', 1, 380000], ['018', 2, 280000], ['274', null, 230000], ['020', null, 200000], ['273', null, 174000],
      ['001', null, null], ['002', null, null], ['003', null, null], ['004', null, null], ['005', null, null], ['008', null, null], ['268', null, null],
    ]);
    expect(c.rows.map((r) => barShare(r, c, population.indicator.kind))).toEqual([
      100, (280000 / 380000) * 100, (230000 / 380000) * 100, (200000 / 380000) * 100, (174000 / 380000) * 100, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
    ]);
  });
  it('shares ranks on equal values, and has no bars for year indicators', () => {
    const obs = (area: string, value: number): Observation => ({ area, period: period('2020'), measure: 'actual', value, comparator: '', flag: 'reported', source: 's', line: 0 });
    const v: VersionRead = { ...population.version, observations: [obs('001', 2019), obs('002', 2015), obs('003', 2019)] };
    const c = compareDistricts({ kind: 'year' }, v, paths.slice(0, 4))!;
    expect(c.rows.map((r) => [r.code, r.rank ?? null])).toEqual([['002', 1], ['001', 2], ['003', 2], ['004', null]]);
    expect(barShare(c.rows[0]!, c, 'year')).toBeUndefined();
  });
  it('has nothing for a period without district figures', () => {
    expect(compareDistricts(population.indicator, population.version, paths, period('2023'))).toBeUndefined();
    expect(compareDistricts(jobs.indicator, jobs.version, paths)).toBeUndefined();
  });
  it('shades the map by value: darker is more, a zero is light, never missing', () => {
    expect(shade(380000, 380000)).toBe(1);
    expect(shade(190000, 380000)).toBe(0.56);
    expect(shade(0, 0)).toBe(0.12);
  });
});
