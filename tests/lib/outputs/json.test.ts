import { describe, expect, it } from 'vitest';
import { releasedVersions } from '../../../src/lib/data/model.ts';
import { firstSchemaRow, type ObservationJson, type VersionJson, type VersionJsonV2 } from '../../../src/lib/outputs/json.ts';
import { JSON_V2_SINCE } from '../../../src/lib/outputs/release.ts';
import { dataFilePath, indicatorPath } from '../../../src/lib/routes.ts';
import { SITE, data, files, text } from './setup.ts';

const read = <T>(path: string): T => JSON.parse(text(files.get(path)!.bytes)) as T;
const released = data.indicators.flatMap((ind) => releasedVersions(ind).map((v) => [ind, v] as const));

/** Each JSON observation against the model's row it was written from. */
function expectRows(rows: ObservationJson[], model: (typeof released)[number][1]['observations']) {
  expect(rows).toHaveLength(model.length);
  rows.forEach((o, i) => {
    const m = model[i]!;
    expect(o).toMatchObject({ area: m.area, period: m.period.id, measure: m.measure, value: m.value, flag: m.flag, source: m.source });
    expect(typeof o.value).toBe('number');
    expect(o.comparator).toBe(m.comparator === '' ? null : m.comparator);
    expect(o.upper).toBe(m.upper ?? null);
    expect(o.formula).toBe(m.formula ?? null);
    expect(o.areaName.vi && o.areaName.en).toBeTruthy();
  });
}

describe('the schema 1 JSON of a version (<id>.json, read by widget 1.0.x)', () => {
  it('has every observation the first Table Schema allows, typed, and the sources the version cites', () => {
    for (const [ind, v] of released) {
      const json = read<VersionJson>(dataFilePath(ind.id, v.id, 'json'));
      expect(json.schemaVersion).toBe(1);
      // Each version's JSON carries the metadata that version was released with.
      expect(json.indicator).toMatchObject({ id: ind.id, title: v.meta.title, unit: v.meta.unit, kind: v.meta.kind, decimals: v.meta.decimals, temporal: v.meta.temporal ?? 'stock' });
      expect(json.version).toEqual({ id: v.id, released: v.id, notes: v.notes });
      expectRows(json.observations, v.observations.filter(firstSchemaRow));
      // Sources stay those of the whole version: the file describes the version it is part of.
      const cited = [...new Set(v.observations.map((o) => o.source))].sort();
      expect(json.sources.map((s) => s.id).sort()).toEqual(cited);
      expect(json.licence).toEqual({ id: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
      expect(json.citation.url).toBe(`${SITE}${dataFilePath(ind.id, v.id, 'csv')}`);
    }
  });

  it('counts the rows it leaves out and names the complete file; without any, has no such field (released bytes unchanged)', () => {
    let withOmitted = 0;
    for (const [ind, v] of released) {
      const json = read<VersionJson>(dataFilePath(ind.id, v.id, 'json'));
      const left = v.observations.filter((o) => !firstSchemaRow(o)).length;
      if (left === 0) {
        expect('omitted' in json, `${ind.id} ${v.id}`).toBe(false);
        continue;
      }
      withOmitted++;
      // Only versions of the current schema can hold such rows.
      expect(v.id >= JSON_V2_SINCE, `${ind.id} ${v.id}`).toBe(true);
      expect(json.omitted).toEqual({ observations: left, complete: `${SITE}${dataFilePath(ind.id, v.id, 'json-v2')}` });
      // `omitted` sits between the rows and the sources.
      expect(Object.keys(json)).toEqual(['schemaVersion', 'indicator', 'version', 'observations', 'omitted', 'sources', 'licence', 'citation']);
    }
    // The real data has rows of every new form (pct_change, reference, ~, YYYY-XX).
    expect(withOmitted).toBeGreaterThan(20);
  });

  it('leaves out exactly the forms the first schema lacks', () => {
    const row = (period: string, measure: string, comparator: string) => firstSchemaRow({ period: { id: period }, measure, comparator });
    expect(row('2024', 'actual', '')).toBe(true);
    expect(row('2025-01/2025-10', 'pct_of_plan', 'range')).toBe(true);
    expect(row('2022-12-31', 'plan', '>=')).toBe(true);
    expect(row('2016-XX', 'actual', '')).toBe(false);
    expect(row('2024', 'pct_change', '')).toBe(false);
    expect(row('2024', 'reference', '')).toBe(false);
    expect(row('2024', 'actual', '~')).toBe(false);
  });
});

describe('the schema 2 JSON of a version (<id>.v2.json)', () => {
  it('has every observation, the schema 1 fields, page paths, the versions up to it and every area', () => {
    for (const [ind, v] of released) {
      const json = read<VersionJsonV2>(dataFilePath(ind.id, v.id, 'json-v2'));
      const v1 = read<VersionJson>(dataFilePath(ind.id, v.id, 'json'));
      expect(json.schemaVersion).toBe(2);
      expectRows(json.observations, v.observations);
      const { paths, ...indicator } = json.indicator;
      expect(indicator).toEqual(v1.indicator);
      expect(paths).toEqual({ vi: indicatorPath('vi', ind.id), en: indicatorPath('en', ind.id) });
      expect(json.version).toEqual(v1.version);
      expect(json.versions).toEqual(releasedVersions(ind).map((x) => x.id).filter((id) => id <= v.id));
      expect(json.versions.at(-1)).toBe(v.id);
      expect(json.areas).toEqual(data.areas.map((a) => ({ code: a.code, level: a.level, name: { vi: a.nameVi, en: a.nameEn } })));
      expect([json.sources, json.licence, json.citation]).toEqual([v1.sources, v1.licence, v1.citation]);
      expect('omitted' in json).toBe(false);
    }
  });

  it('is served under latest for the newest version, like every format', () => {
    for (const ind of data.indicators) {
      const newest = releasedVersions(ind).at(-1)!;
      expect(files.get(dataFilePath(ind.id, 'latest', 'json-v2'))!.sha256).toBe(files.get(dataFilePath(ind.id, newest.id, 'json-v2'))!.sha256);
    }
  });
});
