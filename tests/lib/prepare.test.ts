import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.ts';
import type { Indicator, Observation, Version } from '../../src/lib/data/model.ts';
import { parsePeriod, type Period } from '../../src/lib/data/period.ts';
import { formatValue, headline } from '../../src/lib/prepare/headline.ts';
import { chartData, preferred, segmentPoints, toPoint } from '../../src/lib/prepare/series.ts';
import { summary } from '../../src/lib/prepare/summary.ts';

// Synthetic test data: shaped like the real series, values made up for the cases.
const obs = (period: string, value: number, extra: Partial<Observation> = {}): Observation => ({
  area: '01', period: parsePeriod(period) as Period, measure: 'actual', value, comparator: '', flag: 'reported', source: 's', line: 0, ...extra,
});
const indicator = (over: Partial<Indicator> = {}): Indicator => ({
  id: 'x', topic: 'labour', title: { vi: 'X', en: 'X' }, description: { vi: '', en: '' }, definition: { vi: '', en: '' },
  unit: { id: 'persons', vi: 'người', en: 'persons' }, kind: 'count', decimals: 0, higherIsBetter: true, geographies: ['city'],
  breaks: [], notes: { vi: '', en: '' }, licence: 'CC-BY-4.0', versions: [], ...over,
});
const version = (observations: Observation[]): Version => ({ id: '2026-11-26', released: true, meta: indicator(), notes: { vi: '', en: '' }, files: [], observations });
const city = { code: '01', level: 'city', type: 'city', nameVi: 'Hà Nội', nameFullVi: 'Thành phố Hà Nội', nameEn: 'Hanoi', slug: 'ha-noi', validFrom: '2014-01-01' } as const;

describe('segmentPoints', () => {
  it('never joins across a missing year or a series break', () => {
    const pts = ['2018', '2019', '2021', '2022', '2023'].map((p, i) => toPoint(obs(p, i)));
    const segs = segmentPoints(pts, ['2023-01-01']).map((s) => s.points.map((p) => p.period));
    expect(segs).toEqual([['2018', '2019'], ['2021', '2022'], ['2023']]);
  });
  it('joins stocks a year apart but not three years apart', () => {
    const pts = ['2016-01-01', '2017-12-31', '2021-01-01', '2022-01-01', '2022-12-31'].map((p) => toPoint(obs(p, 1)));
    expect(segmentPoints(pts, []).map((s) => s.points.length)).toEqual([1, 1, 3]);
  });
});

describe('chartData and preferred', () => {
  it('keeps the reported value over a derived one, and year-to-date and bounds off the line', () => {
    const v = version([
      obs('2022', 203027), obs('2022', 203000, { flag: 'derived', source: 't', formula: '203000' }),
      obs('2023-01/2023-10', 186100), obs('2021', 4, { comparator: '<' }), obs('2022', 160000, { measure: 'plan' }),
    ]);
    expect(preferred(v.observations).filter((o) => o.period.id === '2022' && o.measure === 'actual')).toHaveLength(1);
    const c = chartData(indicator(), v, '01');
    expect(c.actualSegments.flatMap((s) => s.points.map((p) => [p.period, p.value]))).toEqual([['2022', 203027]]);
    expect(c.actualMarks.map((p) => [p.period, p.partial, p.approximate])).toEqual([['2021', false, true], ['2023-01/2023-10', true, false]]);
    expect(c.plan.map((p) => p.value)).toEqual([160000]);
  });
});

describe('headline and summary', () => {
  const v = version([
    obs('2021', 179648), obs('2022', 203027), obs('2022', 160000, { measure: 'plan' }),
    obs('2024', 225858), obs('2024', 165000, { measure: 'plan' }),
    obs('2025-01/2025-10', 195558), obs('2025', 169000, { measure: 'plan' }),
  ]);
  it('computes % of plan and change within a segment only', () => {
    const h = headline(indicator(), v, '01')!;
    expect(h.latest.period).toBe('2024');
    expect(h.plan!.percent).toBeCloseTo(136.88, 2);
    expect(h.change).toBeUndefined(); // 2023 is missing: no change across the gap
    expect(h.missingYears).toEqual([2023]);
    expect(h.yearToDate!.plan!.percent).toBeCloseTo(115.71, 2);
  });
  it('writes the summary in Vietnamese and English with the right number formats', () => {
    expect(summary(indicator(), v, city, 'vi')).toBe(
      'Năm 2024, Hà Nội: 225.858 người, đạt 136,9% kế hoạch năm (165.000 người). Lũy kế 10 tháng 2025: 195.558 người, bằng 115,7% kế hoạch năm (169.000 người). Không có số liệu cả năm cho năm 2023.',
    );
    expect(summary(indicator(), v, city, 'en')).toBe(
      'In 2024, Hanoi: 225,858 persons, 136.9% of the annual plan (165,000 persons). Year to date (Jan–Oct 2025): 195,558 persons, 115.7% of the annual plan (169,000 persons). No full-year figure for 2023.',
    );
  });
  it('states a change in percentage points for rates', () => {
    const rate = indicator({ unit: { id: 'percent', vi: '%', en: '%' }, kind: 'percent', decimals: 2 });
    const r = version([obs('2021', 71.1), obs('2022', 72.23)]);
    expect(summary(rate, r, city, 'vi')).toBe('Năm 2022, Hà Nội: 72,23%, tăng 1,13 điểm phần trăm so với năm 2021.');
    expect(summary(rate, r, city, 'en')).toBe('In 2022, Hanoi: 72.23%, up 1.13 percentage points on 2021.');
  });
  it('shows bounds, ranges, derived values and years as such', () => {
    const rate = indicator({ unit: { id: 'percent', vi: '%', en: '%' }, kind: 'percent', decimals: 2 });
    expect(formatValue(toPoint(obs('2021', 4, { comparator: '<' })), rate, 'vi')).toBe('dưới 4%');
    expect(formatValue(toPoint(obs('2025', 75, { comparator: 'range', upper: 80, measure: 'target' })), rate, 'en')).toBe('75–80%');
    expect(formatValue(toPoint(obs('2017', 152021, { flag: 'derived', formula: '1' })), indicator(), 'vi')).toBe('≈ 152.021 người');
    expect(formatValue(toPoint(obs('2020', 2020)), indicator({ kind: 'year', unit: { id: 'year', vi: 'năm', en: 'year' } }), 'vi')).toBe('2020');
  });
  it('says so when an area has no figure', () => {
    expect(summary(indicator(), version([]), city, 'en')).toBe('No figure for Hanoi yet.');
  });
});

describe('on the real data', () => {
  const { data } = loadData(join(import.meta.dirname, '../../data'));
  it('summarises jobs created 2022 from the founding release as the article did', () => {
    const jobs = data.indicators.find((i) => i.id === 'jobs_created')!;
    expect(summary(jobs, jobs.versions[0]!, data.areas.find((a) => a.code === '01')!, 'vi')).toBe(
      'Năm 2022, Hà Nội: 203.027 người, đạt 126,9% kế hoạch năm (160.000 người).',
    );
  });
});

describe('compareDistrict', async () => {
  const { compareDistrict } = await import('../../src/lib/prepare/compare.ts');
  const d = (area: string, period: string, value: number, extra: Partial<Observation> = {}) => obs(period, value, { area, ...extra });
  it('ranks exact values at the district latest period, ties sharing a rank, bounds left out', () => {
    const v = version([
      d('001', '2019-04-01', 221893), d('002', '2019-04-01', 135618), d('008', '2019-04-01', 506347),
      d('003', '2019-04-01', 200000, { comparator: '>' }), d('001', '2018', 247100, { measure: 'estimate' }),
      d('01', '2019-04-01', 8053663),
    ]);
    const c = compareDistrict(v, '001')!;
    expect(c.value.value).toBe(221893);
    expect(c.peers).toBe(3);
    expect(c.rank).toBe(2);
    expect(c.median).toBe(221893);
    expect(c.city?.value).toBe(8053663);
  });
  it('is undefined for a district without an exact value', () => {
    expect(compareDistrict(version([d('001', '2020', 5, { comparator: '<' })]), '001')).toBeUndefined();
  });
});

describe('approximate progress', () => {
  it('marks % of plan as approximate when the plan is derived', () => {
    const v = version([obs('2024', 1000), obs('2024', 990, { measure: 'plan', flag: 'derived', formula: '1000 - 10' })]);
    expect(summary(indicator(), v, city, 'en')).toBe('In 2024, Hanoi: 1,000 persons, ≈ 101% of the annual plan (≈ 990 persons).');
  });
  it('gives a rate its year’s plan beside it, never a % of a %', () => {
    const rate = indicator({ unit: { id: 'percent', vi: '%', en: '%' }, kind: 'percent', decimals: 2 });
    const v = version([obs('2024', 74.25), obs('2024', 74.2, { measure: 'plan', flag: 'derived', formula: '74.25 - 0.05' })]);
    expect(summary(rate, v, city, 'en')).toBe('In 2024, Hanoi: 74.25% (2024 plan: ≈ 74.2%).');
  });
});

describe('summary wording', () => {
  it('dates a level by when it took effect', () => {
    const level = indicator({ unit: { id: 'vnd-per-month', vi: 'đồng/tháng', en: 'VND/month' }, kind: 'money', temporal: 'level' });
    const v = version([obs('2025-03', 500000), obs('2026-01-01', 650000)]);
    expect(summary(level, v, city, 'vi')).toBe('Hà Nội: 650.000 đồng/tháng từ 1/1/2026, tăng 150.000 đồng/tháng so với mức từ tháng 3/2025.');
    expect(summary(level, v, city, 'en')).toBe('Hanoi: 650,000 VND/month from 1 January 2026, up 150,000 VND/month on the level from March 2025.');
  });
  it('says a fall to 0 reached zero, not "down 100%"', () => {
    const v = version([obs('2024-06', 676), obs('2024-12-31', 0)]);
    expect(summary(indicator(), v, city, 'vi')).toBe('Cuối năm 2024, Hà Nội: 0 người, đã về 0 (từ 676 người vào tháng 6/2024).');
    expect(summary(indicator(), v, city, 'en')).toBe('At the end of 2024, Hanoi: 0 persons, reached zero (from 676 persons in June 2024).');
  });
  it('says a plan is a plan', () => {
    expect(summary(indicator(), version([obs('2025', 92, { measure: 'plan' })]), city, 'vi')).toBe('Kế hoạch năm 2025, Hà Nội: 92 người.');
    expect(summary(indicator(), version([obs('2025', 92, { measure: 'plan' })]), city, 'en')).toBe('Plan for 2025, Hanoi: 92 persons.');
  });
  it('counts districts one by one: no ≈ on a derived count, a change in districts', () => {
    const districts = indicator({ unit: { id: 'districts', vi: 'quận, huyện, thị xã', en: 'districts' } });
    const v = version([obs('2024-06', 19, { flag: 'derived', formula: '12 + 7' }), obs('2024-12-31', 30, { flag: 'derived', formula: '12 + 18' })]);
    expect(summary(districts, v, city, 'en')).toBe('At the end of 2024, Hanoi: 30 districts, up 11 districts on June 2024.');
  });
});
