import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/lib/data/load.ts';
import { latestReleased, releasedVersions, type Dataset } from '../../../src/lib/data/model.ts';
import { buildCatalog, catalogFiles, catalogJson } from '../../../src/lib/outputs/catalog.ts';
import { observationRows, PUBLISHED_COLUMNS } from '../../../src/lib/outputs/csv.ts';
import { PUBLISHED_SCHEMA, PUBLISHED_SCHEMA_CURRENT, publishedDatapackage } from '../../../src/lib/outputs/datapackage.ts';
import { writeSiteFiles } from '../../../src/lib/outputs/build.ts';
import { indicatorFiles, publishedFiles } from '../../../src/lib/outputs/files.ts';
import { DATA_FORMATS, LANGS, SHA256SUMS_FORMATS, catalogPath, dataFileName, dataFilePath, districtPath, feedPath, homePath, indicatorPath } from '../../../src/lib/routes.ts';
import { DATA_DIR, SITE, data, files, text } from './setup.ts';

const hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const catalog = buildCatalog(data, files, SITE);

describe('published files', () => {
  it('carry the sha256 and the size of their own bytes', () => {
    for (const f of files.values()) expect([f.sha256, f.size], f.path).toEqual([hex(f.bytes), f.bytes.byteLength]);
  });

  it('give each released version six files, and SHA256SUMS the digests of the four it was first published with', () => {
    for (const ind of data.indicators) {
      for (const v of releasedVersions(ind)) {
        const own = indicatorFiles(files, ind.id, v.id);
        expect(own.map((f) => f.format)).toEqual([...DATA_FORMATS]);
        const sums = text(own.find((f) => f.format === 'sha256sums')!.bytes);
        const expected = SHA256SUMS_FORMATS.map((format) => `${hex(own.find((f) => f.format === format)!.bytes)}  ${dataFileName(ind.id, format)}`);
        expect(sums).toBe(`${expected.join('\n')}\n`);
        // sha256sum -c format: 64 hex digits, two spaces, a bare file name.
        for (const line of sums.trimEnd().split('\n')) expect(line).toMatch(/^[0-9a-f]{64} {2}[^/\s]+$/);
      }
    }
  });

  it('serve the newest released version under latest, byte for byte', () => {
    for (const ind of data.indicators) {
      const newest = latestReleased(ind);
      if (!newest) {
        expect([...files.keys()].filter((p) => p.startsWith(`/data/${ind.id}/`)), `${ind.id} has no release`).toEqual([]);
        continue;
      }
      for (const format of DATA_FORMATS) {
        const latest = files.get(dataFilePath(ind.id, 'latest', format))!;
        const versioned = files.get(dataFilePath(ind.id, newest.id, format))!;
        expect(Buffer.from(latest.bytes).equals(Buffer.from(versioned.bytes)), `${ind.id} ${format}`).toBe(true);
        expect(latest).toMatchObject({ version: 'latest', resolvedVersion: newest.id });
      }
      // The files name their version, never the alias.
      expect(text(files.get(dataFilePath(ind.id, 'latest', 'json'))!.bytes)).not.toContain('/latest/');
    }
  });

  it('publish only released versions', async () => {
    const withDraft: Dataset = {
      ...data,
      indicators: data.indicators.map((ind) => ({
        ...ind,
        versions: [...ind.versions, { ...ind.versions.at(-1)!, id: '2099-01-01', released: false }],
      })),
    };
    const out = await publishedFiles(withDraft, { site: SITE, dataDir: DATA_DIR });
    expect([...out.keys()].filter((p) => p.includes('2099-01-01'))).toEqual([]);
    expect(out.size).toBe(files.size);
    expect(buildCatalog(withDraft, out, SITE).indicators.flatMap((i) => i.versions.map((v) => v.id))).not.toContain('2099-01-01');
  });

  it('are produced once per dataset and options, and the same on every build', async () => {
    const first = publishedFiles(data, { site: SITE, dataDir: DATA_DIR });
    expect(publishedFiles(data, { site: SITE, dataDir: DATA_DIR })).toBe(first);
    expect(await first).toBe(files);
    const again = await publishedFiles(loadData(DATA_DIR).data, { site: SITE, dataDir: DATA_DIR });
    expect(again).not.toBe(files);
    expect([...again.values()].map((f) => `${f.path} ${f.sha256}`)).toEqual([...files.values()].map((f) => `${f.path} ${f.sha256}`));
  });

  it('of a released version, and the zips of earlier releases, do not change when a newer version is released', async () => {
    const newestRelease = [...new Set(data.indicators.flatMap((i) => releasedVersions(i).map((v) => v.id)))].sort().at(-1)!;
    const withoutNewest: Dataset = { ...data, indicators: data.indicators.map((ind) => ({ ...ind, versions: ind.versions.filter((v) => v.id !== newestRelease) })) };
    const before = await publishedFiles(withoutNewest, { site: SITE, dataDir: DATA_DIR });
    let compared = 0;
    let zips = 0;
    for (const f of before.values()) {
      if (f.kind === 'registry' || (f.kind === 'indicator' && f.version === 'latest') || (f.kind === 'release' && f.release === 'latest')) continue;
      expect(files.get(f.path)?.sha256, f.path).toBe(f.sha256);
      compared++;
      if (f.kind === 'release') zips++;
    }
    expect(compared).toBeGreaterThan(0);
    expect(zips).toBeGreaterThan(0);
  });

  it('are written by the build, byte for byte, with the catalog and the feeds, and no page route claims their paths', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ansinh-site-files-'));
    try {
      const written = await writeSiteFiles(SITE, out);
      expect(written.files).toBe(files.size + 3);
      for (const f of files.values()) {
        const disk = readFileSync(join(out, f.path));
        expect(disk.byteLength, f.path).toBe(f.size);
        expect(createHash('sha256').update(disk).digest('hex'), f.path).toBe(f.sha256);
      }
      const catalog = JSON.parse(readFileSync(join(out, catalogPath), 'utf8'));
      expect(catalog.indicators.length).toBe(data.indicators.length);
      for (const lang of LANGS) expect(readFileSync(join(out, feedPath(lang)), 'utf8')).toMatch(/^<\?xml[^>]*>\s*<feed /);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    // Under src/pages/data only the chart images remain routes: a page at one of these
    // paths would be overwritten by the file, or overwrite it.
    const pages = join(import.meta.dirname, '../../../src/pages');
    const routes = readdirSync(join(pages, 'data'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(pages, join(e.parentPath, e.name)));
    expect(routes).toEqual(['data/[indicator]/[version]/chart-[lang].[ext].ts']);
    expect(existsSync(join(pages, 'feed.xml.ts')) || existsSync(join(pages, 'en/feed.xml.ts'))).toBe(false);
  });
});

describe('the datapackage.json of a version', () => {
  it('describes the published CSV beside it, its licence and the sources it cites', () => {
    for (const ind of data.indicators) {
      for (const v of releasedVersions(ind)) {
        const dp = JSON.parse(text(files.get(dataFilePath(ind.id, v.id, 'datapackage'))!.bytes));
        expect(dp).toMatchObject({ profile: 'tabular-data-package', version: v.id, created: `${v.id}T00:00:00Z` });
        expect(dp.licenses[0]).toMatchObject({ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' });
        const [res] = dp.resources;
        expect(res.path).toBe(dataFileName(ind.id, 'csv'));
        expect(res.schema.fields.map((f: { name: string }) => f.name)).toEqual([...PUBLISHED_COLUMNS]);
        for (const f of res.schema.fields) {
          expect(f.description, f.name).toBeTruthy();
          expect(f['ansinh:description'].vi && f['ansinh:description'].en, f.name).toBeTruthy();
        }
        const cited = new Set(v.observations.map((o) => data.sources.get(o.source)!.url));
        expect(new Set(dp.sources.map((s: { path: string }) => s.path))).toEqual(cited);
        for (const s of dp.sources) expect(s.title).toBeTruthy();
        expect(JSON.stringify(dp)).not.toMatch(/sha256/i);
      }
    }
  });

  it('declares patterns and enums that every row meets, drafts included (YYYY-XX, ~, pct_change, reference)', () => {
    let current = 0;
    for (const ind of data.indicators) {
      for (const v of ind.versions) {
        const schema = (publishedDatapackage(data, ind, v, SITE).resources as { schema: typeof PUBLISHED_SCHEMA }[])[0]!.schema;
        if (schema === PUBLISHED_SCHEMA_CURRENT) current++;
        else expect(v.observations.some((o) => o.period.kind === 'in-year' || o.comparator === '~'), `${ind.id} ${v.id}`).toBe(false);
        for (const row of observationRows(data, ind, v)) {
          for (const f of schema.fields) {
            const value = row[f.name];
            const c: { pattern?: string; enum?: readonly string[] } = 'constraints' in f ? f.constraints : {};
            if (c.pattern && value !== '') expect(value, `${ind.id} ${v.id} ${f.name}`).toMatch(new RegExp(`^(?:${c.pattern})$`));
            if (c.enum) expect(c.enum, `${ind.id} ${v.id} ${f.name}`).toContain(value);
          }
        }
      }
    }
    expect(current).toBeGreaterThan(0);
    // Released versions published before these forms existed keep their descriptor.
    for (const v of releasedVersions(data.indicators.find((i) => i.id === 'jobs_created')!).filter((x) => x.id < '2026-11-29')) {
      expect(publishedDatapackage(data, data.indicators.find((i) => i.id === 'jobs_created')!, v, SITE).resources).toMatchObject([{ schema: PUBLISHED_SCHEMA }]);
    }
  });

  it('has a primary key that is unique in every published CSV', () => {
    for (const ind of data.indicators) {
      for (const v of releasedVersions(ind)) {
        const keys = v.observations.map((o) => `${o.area}|${o.period.id}|${o.measure}|${o.source}`);
        expect(new Set(keys).size).toBe(keys.length);
      }
    }
  });
});

describe('catalog.json', () => {
  it('lists every published file with the sha256 and size of the bytes served', () => {
    const listed = catalogFiles(catalog);
    expect(listed.map((f) => f.url).sort()).toEqual([...files.keys()].sort());
    for (const f of listed) {
      const served = files.get(f.url)!;
      expect(f.sha256, f.url).toBe(hex(served.bytes));
      expect(f.bytes, f.url).toBe(served.bytes.byteLength);
    }
  });

  it('has the shape of PRODUCT §4', () => {
    expect(catalog.schemaVersion).toBe(1);
    expect(catalog.widgets).toEqual({ script: null, integrity: null, elements: [], version: null, versions: [], aliases: [] });
    expect(catalog.indicators.map((i) => i.id)).toEqual(data.indicators.filter((i) => latestReleased(i)).map((i) => i.id));
    const jobs = catalog.indicators.find((i) => i.id === 'jobs_created')!;
    expect(jobs).toMatchObject({
      title: { vi: 'Lao động được giải quyết việc làm', en: 'Jobs created' },
      unit: { id: 'persons' },
      topic: 'labour',
      pages: { vi: indicatorPath('vi', 'jobs_created'), en: indicatorPath('en', 'jobs_created') },
      latest: { version: '2026-11-29' },
    });
    expect(jobs.versions.map((v) => [v.id, v.date, v.released])).toEqual([['2023-01-14', '2023-01-14', true], ['2026-11-26', '2026-11-26', true], ['2026-11-29', '2026-11-29', true]]);
    expect(jobs.versions[0]!.files.map((f) => f.format)).toEqual([...DATA_FORMATS]);
    expect(catalog.areas).toHaveLength(31);
    const city = catalog.areas.find((a) => a.code === '01')!;
    expect(city).toMatchObject({ level: 'city', validTo: null, pages: { vi: homePath('vi'), en: homePath('en') } });
    const baVi = catalog.areas.find((a) => a.slug === 'ba-vi')!;
    expect(baVi).toMatchObject({ level: 'district', type: 'huyen', validFrom: '2014-01-01', validTo: '2025-06-30', pages: { vi: districtPath('vi', 'ba-vi'), en: districtPath('en', 'ba-vi') } });
    expect(catalog.files.map((f) => f.name).sort()).toEqual(['areas', 'boundaries', 'boundaries-source', 'communes', 'communes-notice', 'district-paths', 'licence', 'sources', 'successors']);
  });

  it('lists the release zips, the XLSX of every version and the next expected update (additions to schemaVersion 1)', () => {
    expect(catalog.releases.map((r) => [r.id, r.date, r.url])).toEqual([
      ['2023-01-14', '2023-01-14', '/data/releases/2023-01-14/ansinh-2023-01-14.zip'],
      ['2026-11-26', '2026-11-26', '/data/releases/2026-11-26/ansinh-2026-11-26.zip'],
      ['2026-11-29', '2026-11-29', '/data/releases/2026-11-29/ansinh-2026-11-29.zip'],
    ]);
    expect(catalog.latestRelease).toMatchObject({ id: 'latest', date: '2026-11-29', url: '/data/releases/latest/ansinh-latest.zip', mediaType: 'application/zip' });
    expect(catalog.latestRelease!.sha256).toBe(catalog.releases.at(-1)!.sha256);
    expect(catalog.releases[0]!.indicators).toContainEqual({ id: 'jobs_created', version: '2023-01-14' });
    const jobs = catalog.indicators.find((i) => i.id === 'jobs_created')!;
    expect(jobs.versions[1]!.files.find((f) => f.format === 'xlsx')).toMatchObject({
      url: '/data/jobs_created/2026-11-26/jobs_created.xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const vet = catalog.indicators.find((i) => i.id === 'vet_enrolment')!;
    expect(vet.nextUpdate).toMatchObject({ cycle: 'annual-january', period: '2023', expected: '2024-01' });
    expect(catalog.indicators.find((i) => i.id === 'area_natural')!.nextUpdate).toBeNull();
    expect(JSON.parse(catalogJson(catalog)).releases).toHaveLength(3);
  });
});
