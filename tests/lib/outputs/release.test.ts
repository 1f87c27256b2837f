/**
 * The release zips: unzipped here and checked as a researcher would — SHA256SUMS verifies,
 * datapackage.json lists every data file that is in the zip, the files are the published
 * bytes, the licences travel with them, and the same release gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { releasedVersions, type Dataset } from '../../../src/lib/data/model.ts';
import { releaseFiles, type ReleaseFile } from '../../../src/lib/outputs/files.ts';
import { inMemorySource, JSON_V2_SINCE, RELEASE_PATHS, releaseBundle, releaseDates, releaseFolder, releaseMembers } from '../../../src/lib/outputs/release.ts';
import { unzip } from '../../../src/lib/outputs/zip.ts';
import { dataFileName, dataFilePath, releaseZipPath } from '../../../src/lib/routes.ts';
import { DATA_DIR, SITE, data, files, text } from './setup.ts';

const hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const zips = releaseFiles(files);
const dated = zips.filter((z) => z.release !== 'latest');

/** The entries of a release zip, by path inside its folder. */
function contents(zip: ReleaseFile): Map<string, Uint8Array> {
  const entries = unzip(zip.bytes);
  const prefix = `${releaseFolder(zip.resolvedRelease)}/`;
  const out = new Map<string, Uint8Array>();
  for (const [name, bytes] of Object.entries(entries)) {
    expect(name.startsWith(prefix), `${zip.path}: ${name} outside ${prefix}`).toBe(true);
    out.set(name.slice(prefix.length), bytes);
  }
  return out;
}

describe('release zips', () => {
  it('exist for every date a version was released, newest also under latest, same bytes', () => {
    const dates = releaseDates(data);
    expect(dates).toEqual([...new Set(data.indicators.flatMap((i) => releasedVersions(i).map((v) => v.id)))].sort());
    expect(dated.map((z) => z.path)).toEqual(dates.map((d) => releaseZipPath(d)));
    const latest = files.get(releaseZipPath('latest'))!;
    expect(latest.sha256).toBe(files.get(releaseZipPath(dates.at(-1)!))!.sha256);
    expect(releaseZipPath('2026-11-26')).toBe('/data/releases/2026-11-26/ansinh-2026-11-26.zip');
  });

  it('hold each indicator\'s newest version released on or before the date', () => {
    for (const zip of dated) {
      const expected = data.indicators.flatMap((i) => {
        const v = releasedVersions(i).filter((x) => x.id <= zip.release).at(-1);
        return v ? [{ indicator: i.id, version: v.id }] : [];
      });
      expect(zip.members, zip.path).toEqual(expected);
      expect(zip.members.length).toBeGreaterThan(0);
    }
    // A version released after the date is never in it.
    const first = dated[0]!;
    expect(first.members.every((m) => m.version <= first.release)).toBe(true);
  });

  it.each(dated.map((z) => [z.release, z] as const))('%s: SHA256SUMS lists every other file with its digest', (_, zip) => {
    const inside = contents(zip);
    const sums = text(inside.get(RELEASE_PATHS.sums)!);
    const lines = sums.trimEnd().split('\n');
    const listed = new Map(lines.map((l) => {
      const m = /^([0-9a-f]{64}) {2}(\S+)$/.exec(l);
      expect(m, l).not.toBeNull();
      return [m![2]!, m![1]!];
    }));
    expect([...listed.keys()].sort()).toEqual([...inside.keys()].filter((p) => p !== RELEASE_PATHS.sums).sort());
    for (const [path, digest] of listed) expect(hex(inside.get(path)!), path).toBe(digest);
  });

  it.each(dated.map((z) => [z.release, z] as const))('%s: datapackage.json is a data package listing every data file', (_, zip) => {
    const inside = contents(zip);
    const dp = JSON.parse(text(inside.get(RELEASE_PATHS.datapackage)!));
    expect(dp).toMatchObject({ profile: 'data-package', name: `ansinh-${zip.release}`, version: zip.release, created: `${zip.release}T00:00:00Z` });
    expect(dp.name).toMatch(/^[-a-z0-9._/]+$/);
    expect(dp.licenses[0]).toMatchObject({ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(Array.isArray(dp.resources) && dp.resources.length > 0).toBe(true);
    const names = dp.resources.map((r: { name: string }) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of dp.resources) {
      expect(r.name, r.path).toMatch(/^[-a-z0-9._/]+$/);
      expect(typeof r.path).toBe('string');
      expect(r.path).not.toMatch(/^\/|\.\.|\\/);
      const bytes = inside.get(r.path);
      expect(bytes, `${r.path} is in the zip`).toBeDefined();
      expect(r.bytes, r.path).toBe(bytes!.byteLength);
      expect(r.hash, r.path).toBe(`sha256:${hex(bytes!)}`);
      if (r.profile === 'tabular-data-resource') {
        const parsed = Papa.parse<string[]>(text(bytes!), { skipEmptyLines: true });
        expect(parsed.errors, r.path).toEqual([]);
        expect(parsed.data[0], r.path).toEqual(r.schema.fields.map((f: { name: string }) => f.name));
        for (const f of r.schema.fields.filter((x: { constraints?: { pattern?: string } }) => x.constraints?.pattern)) {
          const col = parsed.data[0]!.indexOf(f.name);
          const re = new RegExp(`^(?:${f.constraints.pattern})$`);
          for (const row of parsed.data.slice(1)) if (row[col] !== '') expect(row[col], `${r.path} ${f.name}`).toMatch(re);
        }
      }
    }
    // Every data file in the zip is a resource; the rest is documentation.
    const docs = [RELEASE_PATHS.readme, RELEASE_PATHS.datapackage, RELEASE_PATHS.sums, RELEASE_PATHS.licence, RELEASE_PATHS.boundariesSource, RELEASE_PATHS.communesNotice];
    expect([...inside.keys()].filter((p) => !docs.includes(p as never)).sort()).toEqual(dp.resources.map((r: { path: string }) => r.path).sort());
  });

  it.each(dated.map((z) => [z.release, z] as const))('%s: holds the published bytes of each version, the licences and the cited sources', (_, zip) => {
    const inside = contents(zip);
    for (const m of zip.members) {
      // The complete schema 2 JSON joins the zips from the first release whose schema 1 JSON leaves rows out.
      const formats = zip.release >= JSON_V2_SINCE ? ['csv', 'json', 'json-v2', 'datapackage'] as const : ['csv', 'json', 'datapackage'] as const;
      expect(inside.has(`indicators/${m.indicator}/${m.version}/${m.indicator}.v2.json`)).toBe(zip.release >= JSON_V2_SINCE);
      for (const format of formats) {
        const name = dataFileName(m.indicator, format);
        const published = files.get(dataFilePath(m.indicator, m.version, format))!.bytes;
        expect(Buffer.from(inside.get(`indicators/${m.indicator}/${m.version}/${name}`)!).equals(Buffer.from(published)), `${m.indicator} ${m.version} ${format}`).toBe(true);
      }
    }
    for (const [inZip, inData] of [[RELEASE_PATHS.licence, 'LICENSE.md'], [RELEASE_PATHS.boundariesSource, 'geo/SOURCE.md'], [RELEASE_PATHS.communesNotice, 'areas/NOTICE-dvhcvn.md'], [RELEASE_PATHS.boundaries, 'geo/districts-pre2025.geojson']] as const) {
      expect(Buffer.from(inside.get(inZip)!).equals(readFileSync(join(DATA_DIR, inData))), inZip).toBe(true);
    }
    const cited = new Set(releaseMembers(data, zip.release).flatMap((m) => m.version.observations.map((o) => o.source)));
    const sources = Papa.parse<Record<string, string>>(text(inside.get(RELEASE_PATHS.sources)!), { header: true, skipEmptyLines: true }).data;
    expect(new Set(sources.map((s) => s.id))).toEqual(cited);
    expect(text(inside.get(RELEASE_PATHS.areas)!)).toBe(text(files.get('/data/areas.csv')!.bytes));
  });

  it.each(dated.map((z) => [z.release, z] as const))('%s: README says what each file is, the units, the flags, how to check and cite', (_, zip) => {
    const readme = text(contents(zip).get(RELEASE_PATHS.readme)!);
    for (const m of releaseMembers(data, zip.release)) {
      expect(readme).toContain(`\`${m.indicator.id}\``);
      expect(readme).toContain(m.version.meta.unit.en);
    }
    for (const flag of ['reported', 'reported-translation', 'derived', 'founding-article']) expect(readme).toContain(`\`${flag}\``);
    for (const path of Object.values(RELEASE_PATHS)) expect(readme).toContain(path);
    expect(readme).toContain('sha256sum -c SHA256SUMS');
    expect(readme).toContain(`${SITE}${releaseZipPath(zip.release)} (truy cập ngày …)`);
    expect(readme).toContain(`${SITE}${releaseZipPath(zip.release)} (retrieved …)`);
  });

  it('are the same bytes every time, entries sorted and in one folder', () => {
    for (const zip of dated) {
      const input = { data, date: zip.release, site: SITE, versionFile: (id: string, v: string, f: Parameters<typeof dataFilePath>[2]) => inMemorySource(files.get(dataFilePath(id, v, f))!.bytes), copies: new Map() };
      const again = releaseBundle(input);
      expect(hex(releaseBundle(input).bytes)).toBe(hex(again.bytes));
      const names = Object.keys(unzip(zip.bytes));
      expect(names).toEqual([...names].sort());
    }
  });

  it('leave a date with no release out, and refuse "releases" as an indicator id', async () => {
    expect(() => releaseBundle({ data, date: '2000-01-01', site: SITE, versionFile: () => inMemorySource(new Uint8Array()), copies: new Map() })).toThrow(/no version released/);
    const { publishedFiles } = await import('../../../src/lib/outputs/files.ts');
    const clash: Dataset = { ...data, indicators: [...data.indicators, { ...data.indicators[0]!, id: 'releases' }] };
    await expect(publishedFiles(clash, { site: SITE, dataDir: DATA_DIR })).rejects.toThrow(/"releases" cannot be an indicator id/);
  });

  /**
   * A dated release zip is served as immutable (cached for a year), so its bytes must not
   * change once released. These digests are those of the zips as first published (with
   * the placeholder site). If a change to the data folder (a registry correction, an edited
   * licence) or to the code (README, datapackage.json, fflate) changes them, that change
   * reaches files under immutable URLs: make it deliberately, then update the digest here.
   * 2026-11-29 was re-pinned before it was ever published, when its zip gained the schema 2
   * JSON and its schema 1 JSON began leaving out what widget 1.0.0 cannot read.
   */
  it('keep the bytes they were released with', () => {
    const pinned: Record<string, string> = {
      '2023-01-14': '9475c4b5dfd75acf99225df644a294131bbf392fa9ce880facd34cd96e302b8d',
      '2026-11-26': '5e44a0bc29e80051ab238f9126d530ad465c8439a9f65609bebedcd3fe96205c',
      '2026-11-29': 'b5e9105293997ba83589bd1f596404f90e854d5ff602ae2f461d7be3b67b2884',
    };
    const checked = dated.filter((z) => z.release in pinned);
    expect(checked.map((z) => z.release)).toEqual(Object.keys(pinned));
    for (const zip of checked) expect(zip.sha256, `${zip.path} changed: see the comment above this test`).toBe(pinned[zip.release]);
  });

  it('keep those bytes through the output cache: when stored, and when read back by the next build', async () => {
    const { publishedFiles } = await import('../../../src/lib/outputs/files.ts');
    const dir = mkdtempSync(join(tmpdir(), 'ansinh-release-cache-'));
    const before = process.env.ANSINH_OUTPUT_CACHE;
    process.env.ANSINH_OUTPUT_CACHE = dir;
    try {
      // A copy of the dataset is another build to publishedFiles' memo: produced anew.
      for (const build of ['first', 'second']) {
        const again = await publishedFiles({ ...data }, { site: SITE, dataDir: DATA_DIR });
        for (const zip of dated) expect(again.get(zip.path)!.sha256, `${build} build: ${zip.path}`).toBe(zip.sha256);
        for (const f of files.values()) if (f.kind === 'indicator' && f.format === 'xlsx') expect(again.get(f.path)!.sha256, `${build} build: ${f.path}`).toBe(f.sha256);
      }
      expect(readdirSync(dir).filter((f) => f.endsWith('.zip'))).toHaveLength(dated.length);
    } finally {
      if (before === undefined) delete process.env.ANSINH_OUTPUT_CACHE;
      else process.env.ANSINH_OUTPUT_CACHE = before;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
