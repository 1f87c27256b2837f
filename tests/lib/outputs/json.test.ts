import { describe, expect, it } from 'vitest';
import { releasedVersions } from '../../../src/lib/data/model.ts';
import type { VersionJson } from '../../../src/lib/outputs/json.ts';
import { dataFilePath } from '../../../src/lib/routes.ts';
import { SITE, data, files, text } from './setup.ts';

describe('the JSON download of a version', () => {
  it('has schemaVersion 1, every observation typed, and the sources it cites', () => {
    for (const ind of data.indicators) {
      for (const v of releasedVersions(ind)) {
        const json = JSON.parse(text(files.get(dataFilePath(ind.id, v.id, 'json'))!.bytes)) as VersionJson;
        expect(json.schemaVersion).toBe(1);
        // Each version's JSON carries the metadata that version was released with.
        expect(json.indicator).toMatchObject({ id: ind.id, title: v.meta.title, unit: v.meta.unit, kind: v.meta.kind, decimals: v.meta.decimals, temporal: v.meta.temporal ?? 'stock' });
        expect(json.version).toEqual({ id: v.id, released: v.id, notes: v.notes });
        expect(json.observations).toHaveLength(v.observations.length);
        json.observations.forEach((o, i) => {
          const m = v.observations[i]!;
          expect(o).toMatchObject({ area: m.area, period: m.period.id, measure: m.measure, value: m.value, flag: m.flag, source: m.source });
          expect(typeof o.value).toBe('number');
          expect(o.comparator).toBe(m.comparator === '' ? null : m.comparator);
          expect(o.upper).toBe(m.upper ?? null);
          expect(o.formula).toBe(m.formula ?? null);
          expect(o.areaName.vi && o.areaName.en).toBeTruthy();
        });
        const cited = [...new Set(v.observations.map((o) => o.source))].sort();
        expect(json.sources.map((s) => s.id).sort()).toEqual(cited);
        expect(json.licence).toEqual({ id: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
        expect(json.citation.url).toBe(`${SITE}${dataFilePath(ind.id, v.id, 'csv')}`);
      }
    }
  });
});
