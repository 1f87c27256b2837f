import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { areaByCode, releasedVersions, type Dataset } from '../../../src/lib/data/model.ts';
import { AREA_COLUMNS, observationsCsv, PUBLISHED_COLUMNS, SOURCE_COLUMNS, toCsv } from '../../../src/lib/outputs/csv.ts';
import { canonicalNumber } from '../../../src/lib/outputs/number.ts';
import { dataFilePath } from '../../../src/lib/routes.ts';
import { DATA_DIR, data, files, problems, text } from './setup.ts';

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
const versions = data.indicators.flatMap((ind) => releasedVersions(ind).map((v) => ({ ind, v })));

describe('canonicalNumber', () => {
  it('writes the shortest digits with "." and no exponent', () => {
    expect(canonicalNumber(203027)).toBe('203027');
    expect(canonicalNumber(72.23)).toBe('72.23');
    expect(canonicalNumber(0.095)).toBe('0.095');
    expect(canonicalNumber(0.1 + 0.2)).toBe('0.30000000000000004'); // a computed value keeps its digits: nothing is rounded away
    expect(canonicalNumber(-0)).toBe('0');
    expect(canonicalNumber(1e21)).toBe('1000000000000000000000');
    expect(canonicalNumber(-1.5e-7)).toBe('-0.00000015');
    expect(canonicalNumber(1.25e22)).toBe('12500000000000000000000');
    expect(() => canonicalNumber(Number.NaN)).toThrow();
  });
});

describe('the canonical observations CSV', () => {
  it('reads the real data without problems', () => {
    expect(problems.size).toBe(0);
    expect(versions.length).toBeGreaterThan(20);
  });

  it('is UTF-8 without BOM, LF only, with the published header and a final line break', () => {
    for (const { ind, v } of versions) {
      const csv = text(files.get(dataFilePath(ind.id, v.id, 'csv'))!.bytes);
      expect(csv.charCodeAt(0)).not.toBe(0xfeff);
      expect(csv).not.toContain('\r');
      expect(csv.endsWith('\n') && !csv.endsWith('\n\n')).toBe(true);
      expect(csv.slice(0, csv.indexOf('\n'))).toBe(PUBLISHED_COLUMNS.join(','));
    }
  });

  it('round-trips every observation of data/ through papaparse, cell for cell as data/ writes it', () => {
    let checked = 0;
    for (const { ind, v } of versions) {
      const raw = parse(readFileSync(join(DATA_DIR, 'indicators', ind.id, v.id, 'observations.csv'), 'utf8')).data;
      const published = parse(text(files.get(dataFilePath(ind.id, v.id, 'csv'))!.bytes));
      expect(published.errors).toEqual([]);
      expect(published.meta.fields).toEqual([...PUBLISHED_COLUMNS]);
      expect(published.data).toHaveLength(v.observations.length);
      expect(raw).toHaveLength(v.observations.length);
      published.data.forEach((row, i) => {
        const o = v.observations[i]!;
        const r = raw[i]!;
        const where = `${ind.id} ${v.id} line ${o.line}`;
        // Exactly the text of data/: same digits, no float noise, no reformatting.
        for (const [pub, src] of [['area', 'area'], ['period', 'period'], ['measure', 'measure'], ['value', 'value'], ['comparator', 'comparator'], ['upper', 'upper'], ['flag', 'flag'], ['source_id', 'source'], ['formula', 'formula'], ['note_vi', 'note_vi'], ['note_en', 'note_en']] as const) {
          expect(row[pub], `${where} ${pub}`).toBe(r[src]);
        }
        // The same values as the model, and the joined columns.
        expect(Number(row.value), where).toBe(o.value);
        expect(row.upper === '' ? undefined : Number(row.upper), where).toBe(o.upper);
        expect(row.indicator).toBe(ind.id);
        expect(row.area_name_vi).toBe(areaByCode(data, o.area)!.nameVi);
        expect(row.area_name_en).toBe(areaByCode(data, o.area)!.nameEn);
        expect([row.period_start, row.period_end]).toEqual([o.period.start, o.period.end]);
        expect(row.unit).toBe(o.measure === 'pct_of_plan' || o.measure === 'pct_change' ? 'percent' : v.meta.unit.id);
        expect(row.source_url).toBe(data.sources.get(o.source)!.url);
        checked++;
      });
    }
    expect(checked).toBe(versions.reduce((n, { v }) => n + v.observations.length, 0));
  });

  it('quotes cells holding a comma, a quote or a line break (RFC 4180)', () => {
    const csv = toCsv(['a', 'b'], [{ a: 'x, y', b: 'say "hi"\nbye' }]);
    expect(csv).toBe('a,b\n"x, y","say ""hi""\nbye"\n');
    expect(parse(csv).data).toEqual([{ a: 'x, y', b: 'say "hi"\nbye' }]);
  });
});

describe('the Excel-friendly CSV', () => {
  it('is the canonical CSV with a UTF-8 BOM and CRLF record separators', () => {
    for (const { ind, v } of versions) {
      const canonical = files.get(dataFilePath(ind.id, v.id, 'csv'))!.bytes;
      const excel = files.get(dataFilePath(ind.id, v.id, 'excel-csv'))!.bytes;
      expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const excelText = text(excel).slice(1);
      const canonicalText = text(canonical);
      expect(parse(excelText).data).toEqual(parse(canonicalText).data);
      // No cell of the real data holds a line break, so every LF became a CRLF.
      expect(v.observations.some((o) => /[\r\n]/.test(`${o.note?.vi}${o.note?.en}${o.formula}`))).toBe(false);
      expect(excelText).toBe(canonicalText.replaceAll('\n', '\r\n'));
    }
  });

  it('keeps a line break inside a quoted cell as it is (synthetic note, made up for this test)', () => {
    const ind = data.indicators.find((i) => releasedVersions(i).length > 0)!;
    const v = releasedVersions(ind)[0]!;
    const o = { ...v.observations[0]!, note: { vi: 'dòng 1\ndòng 2', en: 'line 1\nline 2' } };
    const synthetic: Dataset = { ...data };
    const version = { ...v, observations: [o] };
    const canonical = observationsCsv(synthetic, ind, version);
    const excel = observationsCsv(synthetic, ind, version, 'excel');
    expect(excel.startsWith('\uFEFF')).toBe(true);
    expect(excel).toContain('"dòng 1\ndòng 2"');
    expect(parse(excel.slice(1)).data).toEqual(parse(canonical).data);
    expect(parse(excel.slice(1)).data[0]!.note_en).toBe('line 1\nline 2');
  });
});

describe('the registries', () => {
  it('publish the areas with their codes as text and their validity', () => {
    const rows = parse(text(files.get('/data/areas.csv')!.bytes));
    expect(rows.meta.fields).toEqual([...AREA_COLUMNS]);
    expect(rows.data.map((r) => r.code).sort()).toEqual(data.areas.map((a) => a.code).sort());
    const baDinh = rows.data.find((r) => r.code === '001')!;
    expect(baDinh).toMatchObject({ name_vi: 'Ba Đình', valid_from: '2014-01-01', valid_to: '2025-06-30', level: 'district' });
    expect(rows.data.find((r) => r.code === '01')!.valid_to).toBe('');
  });

  it('publish every source once, the communes and the successors', () => {
    const sources = parse(text(files.get('/data/sources.csv')!.bytes));
    expect(sources.meta.fields).toEqual([...SOURCE_COLUMNS]);
    expect(sources.data.map((r) => r.id).sort()).toEqual([...data.sources.keys()].sort());
    for (const r of sources.data) expect(r).toEqual({ ...data.sources.get(r.id!)! });
    expect(parse(text(files.get('/data/communes-2025.csv')!.bytes)).data).toHaveLength(126);
    expect(parse(text(files.get('/data/district-successors.csv')!.bytes)).data).toHaveLength(data.successors.length);
  });

  it('publish the boundaries and the notices byte for byte', () => {
    for (const [path, rel] of [['/data/geo/districts-pre2025.geojson', 'geo/districts-pre2025.geojson'], ['/data/geo/SOURCE.md', 'geo/SOURCE.md'], ['/data/LICENSE.md', 'LICENSE.md'], ['/data/NOTICE-dvhcvn.md', 'areas/NOTICE-dvhcvn.md']] as const) {
      expect(Buffer.from(files.get(path)!.bytes).equals(readFileSync(join(DATA_DIR, rel))), path).toBe(true);
    }
  });
});
