import { describe, expect, it } from 'vitest';
import { parseDistrictPaths, parseVersion, resolveVersion, type CatalogEntry } from '../../widgets/shared/data.ts';
import { WidgetError, type Problem } from '../../widgets/shared/i18n.ts';
import { fixture, fixtureV2 } from './helpers.ts';

const URL = 'https://data.example/data/x.json';

function problem(f: () => unknown): Problem {
  try {
    f();
  } catch (e) {
    if (e instanceof WidgetError) return e.problem;
    throw e;
  }
  throw new Error('no error thrown');
}

describe('parseVersion', () => {
  it("turns a version's JSON into the site's model", () => {
    const { indicator, version, versions, paths, areas } = parseVersion(fixtureV2('jobs_created-2026-11-26.json'), URL);
    // What the catalog used to tell a widget, now in the file.
    expect(versions).toEqual(['2023-01-14', '2026-11-26']);
    expect(paths).toEqual({ vi: '/chi-tieu/jobs-created/', en: '/en/indicators/jobs-created/' });
    expect(areas.get('018')).toEqual({ code: '018', level: 'district', nameVi: 'Gia Lâm', nameEn: 'Gia Lam' });
    expect(indicator.id).toBe('jobs_created');
    expect(indicator.unit).toEqual({ id: 'persons', vi: 'người', en: 'persons' });
    expect(indicator.breaks.map((b) => b.date)).toEqual(['2025-03-01']);
    expect(version.id).toBe('2026-11-26');
    const ytd = version.observations.find((o) => o.period.id === '2025-01/2025-10')!;
    expect(ytd).toMatchObject({ area: '01', measure: 'actual', value: 195558, comparator: '', flag: 'reported' });
    expect(ytd.period).toMatchObject({ kind: 'months', fromMonth: 1, toMonth: 10, end: '2025-10-31' });
    const bound = version.observations.find((o) => o.period.id === '2022-01/2022-09')!;
    expect(bound.comparator).toBe('>');
    expect('upper' in bound).toBe(false);
  });
  it('refuses another schemaVersion, and names the first field that does not fit', () => {
    // The schema 1 file is 1.0.x's: this widget reads the complete one.
    expect(problem(() => parseVersion(fixture('jobs_created-2026-11-26.json'), URL))).toEqual({ kind: 'schema', url: URL, detail: 'schemaVersion 1' });
    expect(problem(() => parseVersion({ ...fixtureV2('jobs_created-2026-11-26.json'), schemaVersion: 3 }, URL))).toEqual({ kind: 'schema', url: URL, detail: 'schemaVersion 3' });
    expect(problem(() => parseVersion({ schemaVersion: 2 }, URL))).toEqual({ kind: 'shape', url: URL, detail: 'indicator: expected {}' });
    expect(problem(() => parseVersion({ ...fixtureV2('jobs_created-2026-11-26.json'), areas: undefined }, URL))).toMatchObject({ detail: 'areas: expected []' });
    expect(problem(() => parseVersion([], URL))).toMatchObject({ kind: 'shape', detail: 'root: expected an object' });
    const bad = fixtureV2('jobs_created-2026-11-26.json');
    (bad['observations'] as Record<string, unknown>[])[3]!['measure'] = 'forecast';
    expect(problem(() => parseVersion(bad, URL))).toMatchObject({ detail: 'observations[3].measure: expected actual | estimate | plan | target | pct_of_plan | pct_change | reference' });
    const period = fixtureV2('jobs_created-2026-11-26.json');
    (period['observations'] as Record<string, unknown>[])[0]!['period'] = '2025-13';
    expect(problem(() => parseVersion(period, URL))).toMatchObject({ detail: 'observations[0].period: month out of range in "2025-13"' });
  });
});

describe('resolveVersion', () => {
  const jobs: CatalogEntry = { id: 'jobs_created', versions: ['2023-01-14', '2026-11-26'], latest: '2026-11-26', pages: { vi: '/chi-tieu/jobs-created/', en: '/en/indicators/jobs-created/' } };
  it('resolves live, pinned and as-of versions', () => {
    expect(resolveVersion(jobs, {})).toEqual({ id: '2026-11-26', pinned: false });
    expect(resolveVersion(jobs, { version: '2023-01-14' })).toEqual({ id: '2023-01-14', pinned: true });
    expect(resolveVersion(jobs, { asOf: '2026-11-25' })).toEqual({ id: '2023-01-14', pinned: true });
    expect(resolveVersion(jobs, { asOf: '2026-11-26' })).toEqual({ id: '2026-11-26', pinned: true });
    expect(problem(() => resolveVersion(jobs, { asOf: '2023-01-13' })).kind).toBe('unknown-version');
    expect(problem(() => resolveVersion(jobs, { version: '2024-01-01' })).kind).toBe('unknown-version');
  });
});

describe('parseDistrictPaths', () => {
  it('reads the projected outlines file', () => {
    const p = parseDistrictPaths(fixture('district-paths.json'), URL);
    expect(p).toMatchObject({ schemaVersion: 1, width: 480, height: 520 });
    expect(p.paths[0]).toEqual({ code: '001', d: 'M10,10l100,0l0,150l-100,0z', name_vi: 'Ba Đình', name_ascii: 'Ba Dinh' });
  });
  it('refuses a file without paths', () => {
    expect(problem(() => parseDistrictPaths({ schemaVersion: 1, width: 480, height: 520 }, URL))).toMatchObject({ detail: 'paths: expected []' });
  });
});
