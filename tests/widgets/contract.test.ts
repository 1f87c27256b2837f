/**
 * The site writes the files widgets read (src/lib/outputs/json.ts, files.ts);
 * the widgets read them (widgets/shared/data.ts). Here both run together over the REAL
 * data/ — not fixtures — byte for byte as the site publishes them: every indicator's
 * complete (schema 2) versions, and the `latest` alias a live widget fetches, and the
 * district outlines parse with the widgets' reader and yield the same values as the site's
 * model, the same headline, summary and chart, and what the catalog says of the indicator.
 */
import { describe, expect, it } from 'vitest';
import { latestReleased, releasedVersions, type Observation } from '../../src/lib/data/model.ts';
import { buildCatalog, catalogJson, NO_WIDGETS } from '../../src/lib/outputs/catalog.ts';
import { headline } from '../../src/lib/prepare/headline.ts';
import { chartData } from '../../src/lib/prepare/series.ts';
import { summary } from '../../src/lib/prepare/summary.ts';
import { LANGS, catalogPath, dataFilePath, districtPathsJsonPath, indicatorPath, type VersionRef } from '../../src/lib/routes.ts';
import { parseDistrictPaths, parseVersion } from '../../widgets/shared/data.ts';
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
      const url = `${SITE}${dataFilePath(ind.id, ref, 'json-v2')}`;
      const read = parseVersion(served(dataFilePath(ind.id, ref, 'json-v2')), url);
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
    const read = parseVersion(served(dataFilePath(ind.id, 'latest', 'json-v2')), ind.id);
    const areas = data.areas.filter((a) => model.observations.some((o) => o.area === a.code));
    expect(areas.length).toBeGreaterThan(0);
    for (const area of areas) {
      expect(chartData(read.indicator, read.version, area.code), `${ind.id} ${area.code}`).toEqual(chartData(ind, model, area.code));
      expect(headline(read.indicator, read.version, area.code), `${ind.id} ${area.code}`).toEqual(headline(ind, model, area.code));
      for (const lang of LANGS) expect(summary(read.indicator, read.version, area, lang)).toBe(summary(ind, model, area, lang));
    }
  });

  it('the newest file of each indicator tells a widget what the catalog says: versions, newest, page paths, every area', () => {
    const catalog = JSON.parse(catalogJson(buildCatalog(data, files, SITE, NO_WIDGETS))) as {
      indicators: { id: string; versions: { id: string }[]; latest: { version: string }; pages: unknown }[];
      areas: { code: string; level: string; name: { vi: string; en: string } }[];
    };
    expect(catalogPath).toBe('/data/catalog.json');
    expect(catalog.indicators.map((i) => i.id)).toEqual(published.map((i) => i.id));
    for (const entry of catalog.indicators) {
      const read = parseVersion(served(dataFilePath(entry.id, 'latest', 'json-v2')), entry.id);
      expect(read.versions, entry.id).toEqual(entry.versions.map((v) => v.id));
      expect(read.version.id, entry.id).toBe(entry.latest.version);
      expect(read.paths, entry.id).toEqual(entry.pages);
      expect(read.paths).toEqual({ vi: indicatorPath('vi', entry.id), en: indicatorPath('en', entry.id) });
      expect([...read.areas.values()], entry.id).toEqual(catalog.areas.map((a) => ({ code: a.code, level: a.level, nameVi: a.name.vi, nameEn: a.name.en })));
    }
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
