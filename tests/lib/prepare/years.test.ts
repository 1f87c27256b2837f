import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/lib/data/load.ts';
import type { Indicator, Observation, Version } from '../../../src/lib/data/model.ts';
import { formatProgress, formatValue, headline } from '../../../src/lib/prepare/headline.ts';
import { requirePeriod } from '../../../src/lib/prepare/period.ts';
import { periodAnchor, yearTable, type YearRow } from '../../../src/lib/prepare/years.ts';

// Synthetic test data: shaped like the real series, values made up for the cases.
const obs = (period: string, value: number, extra: Partial<Observation> = {}): Observation => ({
  area: '01', period: requirePeriod(period), measure: 'actual', value, comparator: '', flag: 'reported', source: 's', line: 0, ...extra,
});
const indicator = (over: Partial<Indicator> = {}): Indicator => ({
  id: 'x', topic: 'labour', title: { vi: 'X', en: 'X' }, description: { vi: '', en: '' }, definition: { vi: '', en: '' },
  unit: { id: 'persons', vi: 'người', en: 'persons' }, kind: 'count', decimals: 0, higherIsBetter: true, geographies: ['city'],
  breaks: [], notes: { vi: '', en: '' }, licence: 'CC-BY-4.0', versions: [], temporal: 'flow', ...over,
});
const version = (observations: Observation[]): Version => ({ id: '2026-11-26', released: true, meta: indicator(), notes: { vi: '', en: '' }, files: [], observations });
const rate = indicator({ unit: { id: 'percent', vi: '%', en: '%' }, kind: 'percent', decimals: 2, temporal: 'stock' });

/** A row as text: anchor, outcome, plan, % of plan, target, reference (Vietnamese formats). */
const show = (ind: Indicator) => (r: YearRow) =>
  [r.from !== undefined ? `${r.from}–${r.period.year}` : r.anchor, ...[r.outcome, r.plan].map((p) => (p ? formatValue(p, ind, 'vi', false) : '—')), r.progress ? formatProgress(r.progress, 'vi') : '', ...[r.target, r.reference].map((p) => (p ? formatValue(p, ind, 'vi', false) : ''))].join(' | ');

describe('yearTable', () => {
  it('puts actual, plan and % of plan of a year on one row, newest first, part-year figures apart', () => {
    const t = yearTable(indicator(), version([
      obs('2021', 179648, { flag: 'reported-translation' }), obs('2021', 160000, { measure: 'plan' }),
      obs('2022', 203027), obs('2022', 160000, { measure: 'plan' }), obs('2023', 162000, { measure: 'plan' }),
      obs('2023-01/2023-10', 186100, { comparator: '>' }), obs('2020', 180500, { comparator: '>' }), obs('2020', 156000, { measure: 'plan' }),
    ]), '01');
    expect(t.rows.map(show(indicator()))).toEqual([
      '2023 | — | 162.000 |  |  | ',
      '2022 | 203.027 | 160.000 | 126,9% |  | ',
      '2021 | 179.648 | 160.000 | ≈ 112,3% |  | ',
      '2020 | hơn 180.500 | 156.000 | hơn 115,7% |  | ',
    ]);
    expect(t.partial.map(show(indicator()))).toEqual(['2023-01-2023-10 | hơn 186.100 | — | hơn 114,9% |  | ']);
    expect(t.columns).toEqual({ plan: true, progress: true, target: false, reference: false });
    expect(t.yearsOnly).toBe(true);
  });

  it('shows part-year figures as the rows when there is no full year', () => {
    const t = yearTable(indicator(), version([obs('2020-04/2020-06', 385400), obs('2021-07/2021-11', 6012)]), '01');
    expect(t.rows.map((r) => r.anchor)).toEqual(['2021-07-2021-11', '2020-04-2020-06']);
    expect(t.partial).toEqual([]);
    expect(t.yearsOnly).toBe(false);
  });

  it('never computes a % of plan of a rate; a yearly plan joins the year’s latest point', () => {
    const t = yearTable(rate, version([obs('2025-06', 95.5), obs('2025-02', 93), obs('2025', 95.5, { measure: 'plan' }), obs('2024-12-31', 95.25)]), '01');
    expect(t.rows.map(show(rate))).toEqual(['2025-06 | 95,5 | 95,5 |  |  | ', '2025-02 | 93 | — |  |  | ', '2024-12-31 | 95,25 | — |  |  | ']);
    expect(t.columns.progress).toBe(false);
  });

  it('joins years with the same yearly target and nothing else into one row', () => {
    const targets = ['2023', '2024', '2025'].map((y) => obs(y, 230000, { measure: 'target' }));
    const t = yearTable(indicator(), version([obs('2022', 251500), obs('2022', 230000, { measure: 'target' }), ...targets]), '01');
    expect(t.rows.map(show(indicator()))).toEqual(['2023–2025 | — | — |  | 230.000 | ', '2022 | 251.500 | — |  | 230.000 | ']);
    expect(t.rows[0]?.anchor).toBe('2023-2025');
  });

  it('puts a national level on the city level’s row of the same month', () => {
    const level = indicator({ unit: { id: 'vnd-per-month', vi: 'đồng/tháng', en: 'VND/month' }, kind: 'money', temporal: 'level' });
    const t = yearTable(level, version([obs('2024-07', 500000), obs('2024-07-01', 500000, { measure: 'reference' }), obs('2013-XX', 270000, { measure: 'reference' })]), '01');
    expect(t.rows.map(show(level))).toEqual(['2024-07 | 500.000 | — |  |  | 500.000', '2013-xx | — | — |  |  | 270.000']);
  });

  it('makes period ids into ids an article can link', () => {
    expect(['2022', '2025-01/2025-10', '2016-XX', '2022-12-31'].map(periodAnchor)).toEqual(['2022', '2025-01-2025-10', '2016-xx', '2022-12-31']);
  });
});

describe('headline', () => {
  it('picks the latest full year over a newer year-to-date figure, which it reports beside it', () => {
    const h = headline(indicator(), version([obs('2024', 225858), obs('2024', 165000, { measure: 'plan' }), obs('2025-01/2025-10', 195558), obs('2025', 169000, { measure: 'plan' })]), '01')!;
    expect(h.latest.period).toBe('2024');
    expect(h.yearToDate?.point.period).toBe('2025-01/2025-10');
  });
  it('falls back on a part-year figure, then on a plan, rather than saying there is no figure', () => {
    expect(headline(indicator(), version([obs('2024-01/2024-07', 713)]), '01')?.latest.period).toBe('2024-01/2024-07');
    const planOnly = headline(indicator(), version([obs('2025', 92.83, { measure: 'plan' })]), '01')!;
    expect([planOnly.latest.measure, planOnly.plan]).toEqual(['plan', undefined]);
  });
  it('marks % of plan from a translated or rounded figure as approximate, and from a bound as a bound', () => {
    const t = headline(indicator(), version([obs('2025', 222000, { flag: 'reported-translation' }), obs('2025', 169000, { measure: 'plan' })]), '01')!;
    expect(formatProgress(t.plan!, 'vi')).toBe('≈ 131,4%');
    const b = headline(indicator(), version([obs('2020', 180500, { comparator: '>' }), obs('2020', 156000, { measure: 'plan' })]), '01')!;
    expect(formatProgress(b.plan!, 'en')).toBe('more than 115.7%');
    const about = headline(indicator(), version([obs('2020', 180000, { comparator: '~' }), obs('2020', 156000, { measure: 'plan' })]), '01')!;
    expect(formatProgress(about.plan!, 'en')).toBe('≈ 115.4%');
  });
  it('gives a rate its year’s plan, not a % of it', () => {
    const h = headline(rate, version([obs('2025-08', 47.62), obs('2025', 47.5, { measure: 'plan' })]), '01')!;
    expect(h.plan).toBeUndefined();
    expect(h.yearPlan?.value).toBe(47.5);
  });
});

describe('formatValue', () => {
  it('writes a stated % of plan or % change as a percentage, whatever the unit', () => {
    expect(formatValue({ ...obs('2022', 126.9), measure: 'pct_of_plan', approximate: false }, indicator(), 'vi')).toBe('126,9%');
    expect(formatValue({ ...obs('2022', 13), measure: 'pct_change', approximate: false }, indicator(), 'en')).toBe('13%');
  });
  it('marks a derived value as approximate, but not a derived count of districts', () => {
    expect(formatValue({ ...obs('2019', 190885, { flag: 'derived', formula: '179648 + 11237' }), approximate: true }, indicator(), 'vi')).toBe('≈ 190.885 người');
    const districts = indicator({ unit: { id: 'districts', vi: 'quận, huyện, thị xã', en: 'districts' } });
    expect(formatValue({ ...obs('2024-06', 19, { flag: 'derived', formula: '12 + 7' }), approximate: true }, districts, 'vi')).toBe('19 quận, huyện, thị xã');
  });
});

describe('on the real data: jobs created', () => {
  const { data } = loadData(join(import.meta.dirname, '../../../data'));
  const jobs = data.indicators.find((i) => i.id === 'jobs_created')!;
  const t = yearTable(jobs, jobs.versions.at(-1)!, '01');
  it('answers "how many jobs in 2022, and was the plan met?" in one row', () => {
    const row = t.rows.find((r) => r.anchor === '2022')!;
    expect(show(jobs)(row)).toBe('2022 | 203.027 | 160.000 | 126,9% |  | ');
  });
  it('folds the year-to-date figures away and keeps every full year', () => {
    expect(t.rows.every((r) => r.period.kind === 'year')).toBe(true);
    expect(t.partial.length).toBeGreaterThan(0);
    expect(t.partial.every((r) => r.period.kind === 'months')).toBe(true);
  });
});
