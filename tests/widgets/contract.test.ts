/**
 * The site writes the files widgets read (src/lib/outputs/json.ts, files.ts, catalog.ts);
 * the widgets read them (widgets/shared/data.ts). Here both run together over the REAL
 * data/ — not fixtures — byte for byte as the site publishes them: every indicator's
 * versions (and the `latest` alias a live widget fetches), the catalog and the district
 * outlines parse with the widgets' reader and yield the same values as the site's model,
 * and the same headline, summary and chart.
 */
import { describe, expect, it } from 'vitest';
import { latestReleased, releasedVersions, type Observation } from '../../src/lib/data/model.ts';
import { buildCatalog, catalogJson, NO_WIDGETS } from '../../src/lib/outputs/catalog.ts';
import { headline } from '../../src/lib/prepare/headline.ts';
import { chartData } from '../../src/lib/prepare/series.ts';
import { summary } from '../../src/lib/prepare/summary.ts';
import { LANGS, catalogPath, dataFilePath, districtPathsJsonPath, indicatorPath, type VersionRef } from '../../src/lib/routes.ts';
import { parseCatalog, parseDistrictPaths, parseVersion } from '../../widgets/shared/data.ts';
import { data, files, problems, SITE, text } from '../lib/outputs/setup.ts';

/** A published file as a widget receives it: the bytes served, decoded and parsed as JSON. */
const served = (path: string): unknown => {
  const file = files.get(path);
  if (!file) throw new Error(`the site publishes nothing at ${path}`);
  return JSON.parse(text(file.bytes));
};

/** The values of an observation a widget draws (its CSV line, formula and note stay on the site). */
const values = (o: Pick<Observation, 'area' | 'period' | 'measure' | 'value' | 'comparator' | 'upper' | 'flag' | 'source'>) => ({
  area: o.area, period: o.period, measure: o.measure, value: o.value, comparator: o.comparator, upper: o.upper, flag: o.flag, source: o.source,
});

const published = data.indicators.filter((ind) => latestReleased(ind));

describe('the site writes, the widgets read: real data/', () => {
  it('has data to compare: every indicator released, no problem in data/', () => {
    expect(problems.size).toBe(0);
    expect(published.length).toBe(data.indicators.length);
    expect(published.length).toBeGreaterThan(0);
  });

  it.for(published.map((ind) => [ind.id, ind] as const))('%s: every released version and the latest alias read back to the same values', ([, ind]) => {
    const refs: [VersionRef, string][] = [...releasedVersions(ind).map((v): [VersionRef, string] => [v.id, v.id]), ['latest', latestReleased(ind)!.id]];
    for (const [ref, id] of refs) {
      const model = ind.versions.find((v) => v.id === id)!;
      const url = `${SITE}${dataFilePath(ind.id, ref, 'json')}`;
      const read = parseVersion(served(dataFilePath(ind.id, ref, 'json')), url);
      expect(read.version.id, url).toBe(id);
      // Each version publishes the metadata it was released with.
      const meta = model.meta;
      expect(read.indicator, url).toMatchObject({ id: ind.id, title: meta.title, unit: meta.unit, kind: meta.kind, decimals: meta.decimals });
      expect(read.indicator.breaks.map((b) => [b.date, b.title, b.geographies]), url).toEqual(meta.breaks.map((b) => [b.date, b.title, b.geographies]));
      expect(read.version.observations.map(values), url).toEqual(model.observations.map(values));
    }
  });

  it.for(published.map((ind) => [ind.id, ind] as const))('%s: the widget draws what the site draws, for the city and every district', ([, ind]) => {
    const model = latestReleased(ind)!;
    const read = parseVersion(served(dataFilePath(ind.id, 'latest', 'json')), ind.id);
    const areas = data.areas.filter((a) => model.observations.some((o) => o.area === a.code));
    expect(areas.length).toBeGreaterThan(0);
    for (const area of areas) {
      expect(chartData(read.indicator, read.version, area.code), `${ind.id} ${area.code}`).toEqual(chartData(ind, model, area.code));
      expect(headline(read.indicator, read.version, area.code), `${ind.id} ${area.code}`).toEqual(headline(ind, model, area.code));
      for (const lang of LANGS) expect(summary(read.indicator, read.version, area, lang)).toBe(summary(ind, model, area, lang));
    }
  });

  it('the catalog reads back to every indicator, its versions and pages, and every area', () => {
    const catalog = buildCatalog(data, files, SITE, NO_WIDGETS);
    const read = parseCatalog(JSON.parse(catalogJson(catalog)), `${SITE}${catalogPath}`);
    expect([...read.indicators.keys()]).toEqual(published.map((i) => i.id));
    for (const ind of published) {
      expect(read.indicators.get(ind.id), ind.id).toEqual({
        id: ind.id,
        versions: releasedVersions(ind).map((v) => v.id),
        latest: latestReleased(ind)!.id,
        pages: { vi: indicatorPath('vi', ind.id), en: indicatorPath('en', ind.id) },
      });
    }
    expect([...read.areas.keys()]).toEqual(data.areas.map((a) => a.code));
    for (const a of data.areas) expect(read.areas.get(a.code), a.code).toEqual({ code: a.code, level: a.level, nameVi: a.nameVi, nameEn: a.nameEn });
  });

  it('the district outlines read back to one path per district of the area registry', () => {
    const paths = parseDistrictPaths(served(districtPathsJsonPath), districtPathsJsonPath);
    expect(paths.width).toBeGreaterThan(0);
    expect(paths.height).toBeGreaterThan(0);
    expect(paths.paths.map((p) => p.code).sort()).toEqual(data.areas.filter((a) => a.level === 'district').map((a) => a.code).sort());
    for (const p of paths.paths) {
      const area = data.areas.find((a) => a.code === p.code)!;
      expect(p.name_vi, p.code).toBe(area.nameVi);
      expect(p.d, p.code).toMatch(/^M[\d.-]/);
    }
  });
});
